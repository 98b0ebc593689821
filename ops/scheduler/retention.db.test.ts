// Retention clears old bodies and attempts, and leaves recent ones and each dossier's current record alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import type { Pool } from '../db/pool.ts';
import { runRetention } from './retention.ts';

let db: TestDatabase & { pool: Pool };
beforeAll(async () => {
  db = await createMigratedDatabase('retention');
});
afterAll(() => db.drop());

async function exchange(id: string, ageDays: number) {
  await db.pool.query(
    `insert into lienthong.exchange (id, received_at, source, kind, request_hash, natural_key, payload)
     values ($1::uuid, now() - $2 * interval '1 day', 'one-stop', 'dossier', 'h', $1::text, '{"owner":{"fullName":"Nguyễn Văn An"}}')`,
    [id, ageDays],
  );
  await db.pool.query(
    `insert into lienthong.delivery (id, exchange_id, target, last_request) values ($1, $1, 'portal', '{"ChuHoSo":"Nguyễn Văn An"}')`,
    [id],
  );
  await db.pool.query(
    `insert into lienthong.delivery_attempt (delivery_id, attempt, started_at, duration_ms, outcome) values ($1, 1, now() - $2 * interval '1 day', 5, 'delivered')`,
    [id, ageDays],
  );
}

describe('runRetention', () => {
  it('should clear bodies past payloadDays and attempts past metadataDays only', async () => {
    await exchange('00000000-0000-4000-8000-000000000001', 40);
    await exchange('00000000-0000-4000-8000-000000000002', 400);
    await exchange('00000000-0000-4000-8000-000000000003', 1);
    const result = await runRetention(db.pool, { payloadDays: 30, metadataDays: 365 });
    expect(result).toEqual({ payloadsCleared: 2, attemptsDeleted: 1 });
    const { rows } = await db.pool.query(
      `select e.id, e.payload is null as cleared, d.last_request is null as request_cleared,
              (select count(*)::int from lienthong.delivery_attempt a where a.delivery_id = d.id) as attempts
       from lienthong.exchange e join lienthong.delivery d on d.exchange_id = e.id order by e.id`,
    );
    expect(rows.map((r) => [r.cleared, r.request_cleared, r.attempts])).toEqual([
      [true, true, 1],
      [true, true, 0],
      [false, false, 1],
    ]);
  });

  it("should keep the payload of a dossier's current record and clear its older versions", async () => {
    const old = '00000000-0000-4000-8000-0000000000a1';
    const current = '00000000-0000-4000-8000-0000000000a2';
    const progress = '00000000-0000-4000-8000-0000000000a3';
    for (const [id, kind, age] of [
      [old, 'dossier', 90],
      [current, 'dossier', 80],
      [progress, 'progress', 70],
    ] as const)
      await db.pool.query(
        `insert into lienthong.exchange (id, received_at, source, kind, dossier_code, request_hash, natural_key, payload)
         values ($1::uuid, now() - $3 * interval '1 day', 'one-stop', $2, 'R-1', 'h', $1::text, '{"code":"R-1"}')`,
        [id, kind, age],
      );
    await db.pool.query(
      `insert into lienthong.dossier (code, status, record_exchange_id, last_exchange_id)
       values ('R-1', '4', $1, $2)`,
      [current, progress],
    );
    await runRetention(db.pool, { payloadDays: 30, metadataDays: 365 });
    const { rows } = await db.pool.query(
      `select id, payload is null as cleared from lienthong.exchange where dossier_code = 'R-1' order by id`,
    );
    expect(rows).toEqual([
      { id: old, cleared: true },
      { id: current, cleared: false },
      { id: progress, cleared: true },
    ]);
  });
});
