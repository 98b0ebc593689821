// Retention clears old bodies and attempts, and leaves recent ones alone.
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
});
