// The single-statement accept on a real PostgreSQL: only fresh exchanges get deliveries, jobs and
// projection rows; pg-boss's NOTIFY still fires; the dossier's canonical record is the payload.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { acceptInput } from '../../test/helpers/delivery.ts';
import type { Pool } from '../db/pool.ts';
import { type PgBoss, startBoss } from '../queue/boss.ts';
import { createJobInsertSql } from '../queue/job-insert.ts';
import { createLogger } from '../telemetry/logger.ts';
import { commitAcceptBatch } from './accept-commit.ts';
import { ensureQueues } from './engine.ts';
import { defaultPolicy } from './policy.ts';

let db: TestDatabase & { pool: Pool };
let boss: PgBoss;

beforeAll(async () => {
  db = await createMigratedDatabase('accept_commit');
  boss = await startBoss(db.url, createLogger({ level: 'silent', format: 'json' }), {
    supervise: false,
  });
  await ensureQueues(boss, [
    { id: 'one', policy: defaultPolicy() },
    { id: 'two', policy: defaultPolicy() },
  ]);
});

afterAll(async () => {
  await boss.stop({ graceful: false });
  await db.drop();
});

const count = async (sql: string, values: unknown[] = []) =>
  (await db.pool.query<{ n: number }>(sql, values)).rows[0]!.n;

describe('commitAcceptBatch', () => {
  it('should write deliveries and jobs for the fresh exchanges only, in one statement', async () => {
    const deps = { pool: db.pool, jobInsertSql: createJobInsertSql(boss) };
    const earlier = acceptInput({ dossierCode: 'A-1', targets: ['one', 'two'] });
    const [first] = await commitAcceptBatch(deps, [earlier]);
    expect(first).toMatchObject({ status: 'accepted' });

    const fresh = acceptInput({ dossierCode: 'A-2', targets: ['one', 'two'] });
    const outcomes = await commitAcceptBatch(deps, [earlier, fresh]);
    expect(outcomes[0]).toMatchObject({ status: 'duplicate', exchangeId: first!.exchangeId });
    expect(outcomes[1]).toMatchObject({ status: 'accepted' });
    // The duplicate resolves to the deliveries written the first time.
    expect(outcomes[0]!.status !== 'idempotency_conflict' && outcomes[0]!.deliveries).toEqual(
      first!.status === 'accepted' ? first!.deliveries : [],
    );

    expect(await count('select count(*)::int as n from lienthong.exchange')).toBe(2);
    expect(await count('select count(*)::int as n from lienthong.delivery')).toBe(4);
    expect(
      await count("select count(*)::int as n from pgboss.job where name like 'deliver.%'"),
    ).toBe(4);
    // Every job is the delivery of the same id, in the queue of its target.
    expect(
      await count(`select count(*)::int as n from pgboss.job j
        join lienthong.delivery d on d.id = j.id and j.name = 'deliver.' || d.target`),
    ).toBe(4);
  });

  it('should store the payload as the dossier canonical record and fill its projection', async () => {
    const deps = { pool: db.pool, jobInsertSql: createJobInsertSql(boss) };
    const body = { code: 'P-1', status: '2', note: 'Phường Ngọc Hà' };
    const input = {
      ...acceptInput({ dossierCode: 'P-1', kind: 'dossier', targets: ['one'], body }),
      dossier: {
        code: 'P-1',
        procedure_code: '1.000001',
        status: '2',
        channel: 'online',
        received_at: '2025-07-01T08:00:00+07:00',
        due_at: null,
        finished_at: null,
        admin_level: 'commune',
        admin_unit: '2025-07:00004',
        returned_at: null,
        has_digitized_components: true,
        result_digitized: null,
        sector_code: null,
      },
    };
    const [outcome] = await commitAcceptBatch(deps, [input]);
    const { rows } = await db.pool.query(
      `select r.payload as canonical, d.status, d.last_exchange_id from lienthong.dossier d
       join lienthong.exchange r on r.id = d.record_exchange_id where d.code = $1`,
      ['P-1'],
    );
    expect(rows).toEqual([{ canonical: body, status: '2', last_exchange_id: outcome!.exchangeId }]);
  });

  it('should store payloads given as UTF-8 bytes beside payloads given as text, alike', async () => {
    const deps = { pool: db.pool, jobInsertSql: createJobInsertSql(boss) };
    const asBytes = { code: 'U-1', note: 'Phường Hoàn Kiếm — “hồ sơ” ✓' };
    const asText = { code: 'U-2', note: 'Xã Sóc Sơn' };
    const [bytes, text] = await commitAcceptBatch(deps, [
      {
        ...acceptInput({ dossierCode: 'U-1', targets: ['one'], body: asBytes }),
        payloadJson: new Uint8Array(Buffer.from(JSON.stringify(asBytes))),
      },
      {
        ...acceptInput({ dossierCode: 'U-2', targets: ['one'], body: asText }),
        payloadJson: JSON.stringify(asText),
      },
    ]);
    const { rows } = await db.pool.query(
      'select id, payload from lienthong.exchange where id = any($1::uuid[]) order by dossier_code',
      [[bytes!.exchangeId, text!.exchangeId]],
    );
    expect(rows).toEqual([
      { id: bytes!.exchangeId, payload: asBytes },
      { id: text!.exchangeId, payload: asText },
    ]);
  });

  it("should wake pg-boss listeners with the queue's NOTIFY, committed with the jobs", async () => {
    const deps = { pool: db.pool, jobInsertSql: createJobInsertSql(boss) };
    const listener = new pg.Client({ connectionString: db.url });
    await listener.connect();
    try {
      const { rows } = await listener.query<{ channel: string }>(
        `select 'pgboss_' || left(encode(sha224('pgboss'::bytea), 'hex'), 24) as channel`,
      );
      await listener.query(`listen ${rows[0]!.channel}`);
      const heard = new Promise<string | undefined>((resolve) =>
        listener.once('notification', (n) => resolve(n.payload)),
      );
      await commitAcceptBatch(deps, [acceptInput({ dossierCode: 'N-1', targets: ['one'] })]);
      expect(await heard).toBe('deliver.one');
    } finally {
      await listener.end();
    }
  });

  it('should write nothing when one row of the statement fails', async () => {
    const deps = { pool: db.pool, jobInsertSql: createJobInsertSql(boss) };
    const tables = ['lienthong.exchange', 'lienthong.delivery', 'lienthong.dossier', 'pgboss.job'];
    const counts = () =>
      Promise.all(tables.map((t) => count(`select count(*)::int as n from ${t}`)));
    const before = await counts();
    const good = acceptInput({ dossierCode: 'B-1', targets: ['one'] });
    // Only the projection row is bad, and only PostgreSQL can tell: its CTE fails the statement.
    const bad = {
      ...acceptInput({ dossierCode: 'B-2', kind: 'dossier', targets: ['one'] }),
      dossier: {
        code: 'B-2',
        procedure_code: null,
        status: null,
        channel: null,
        received_at: 'not a date',
        due_at: null,
        finished_at: null,
        admin_level: null,
        admin_unit: null,
        returned_at: null,
        has_digitized_components: null,
        result_digitized: null,
        sector_code: null,
      },
    };
    await expect(commitAcceptBatch(deps, [good, bad])).rejects.toThrow(/timestamp/);
    expect(await counts()).toEqual(before);
  });
});
