// Migration 0009: the dossier projection's copy of the canonical record becomes a reference to the
// exchange that holds it, with no record lost, including one whose payload retention had cleared.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { migrate, readMigrations } from './migrate.ts';
import { createPool, type Pool } from './pool.ts';

let db: TestDatabase | undefined;
let pool: Pool | undefined;
afterEach(async () => {
  await pool?.end();
  await db?.drop();
  pool = undefined;
  db = undefined;
});

const V1 = '00000000-0000-7000-8000-000000000001';
const V2 = '00000000-0000-7000-8000-000000000002';
const EVENT = '00000000-0000-7000-8000-000000000003';
const CLEARED = '00000000-0000-7000-8000-000000000004';

async function before0009(): Promise<Pool> {
  db = await createTestDatabase('mig9');
  pool = createPool(db.url, { max: 2 });
  await migrate(
    pool,
    readMigrations().filter((m) => m.version < 9),
  );
  return pool;
}

async function exchange(p: Pool, id: string, code: string, kind: string, payload: unknown) {
  await p.query(
    `insert into lienthong.exchange (id, source, kind, dossier_code, request_hash, natural_key, payload)
     values ($1::uuid, 'one-stop', $2, $3, 'h', $1::text, $4)`,
    [id, kind, code, payload === null ? null : JSON.stringify(payload)],
  );
}

async function dossier(p: Pool, code: string, canonical: unknown, last: string) {
  await p.query(
    `insert into lienthong.dossier (code, status, canonical, last_exchange_id) values ($1, '4', $2, $3)`,
    [code, JSON.stringify(canonical), last],
  );
}

describe('migration 0009 (dossier record reference)', () => {
  it('should point each projection at the exchange holding its record, restoring a cleared one', async () => {
    const p = await before0009();
    // two versions and an event; the projection holds the second version.
    await exchange(p, V1, 'A-1', 'dossier', { code: 'A-1', version: 1 });
    await exchange(p, V2, 'A-1', 'dossier', { code: 'A-1', version: 2 });
    await exchange(p, EVENT, 'A-1', 'progress', { dossierCode: 'A-1' });
    await dossier(p, 'A-1', { code: 'A-1', version: 2 }, EVENT);
    // B-1: retention cleared the exchange's payload; only the projection still had the record.
    await exchange(p, CLEARED, 'B-1', 'dossier', null);
    await dossier(p, 'B-1', { code: 'B-1', version: 1 }, CLEARED);

    expect((await migrate(p)).applied).toContain('0009_dossier_record_reference');
    const { rows } = await p.query(
      `select d.code, d.record_exchange_id as record, d.last_exchange_id as last, r.payload
       from lienthong.dossier d join lienthong.exchange r on r.id = d.record_exchange_id order by d.code`,
    );
    expect(rows).toEqual([
      { code: 'A-1', record: V2, last: EVENT, payload: { code: 'A-1', version: 2 } },
      { code: 'B-1', record: CLEARED, last: CLEARED, payload: { code: 'B-1', version: 1 } },
    ]);
    const columns = await p.query(
      `select 1 from information_schema.columns
       where table_schema = 'lienthong' and table_name = 'dossier' and column_name = 'canonical'`,
    );
    expect(columns.rowCount).toBe(0);
  });

  it('should fail, changing nothing, when a projection has no exchange to hold its record', async () => {
    const p = await before0009();
    await exchange(p, V1, 'C-1', 'dossier', { code: 'C-1', version: 1 });
    await dossier(p, 'C-1', { code: 'C-1', version: 2 }, V1);
    await expect(migrate(p)).rejects.toThrow(/no exchange to keep its canonical record/);
    const { rows } = await p.query(`select canonical from lienthong.dossier where code = 'C-1'`);
    expect(rows).toEqual([{ canonical: { code: 'C-1', version: 2 } }]);
  });
});
