// Migrations: applied once, recorded, serialized across concurrent callers, edits detected.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { type Migration, migrate, pendingMigrations, readMigrations } from './migrate.ts';
import { createPool } from './pool.ts';

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.drop();
  db = undefined;
});

function fake(version: number, sql: string): Migration {
  return { version, name: `m${version}`, sql, checksum: `sum-${version}-${sql.length}` };
}

describe('migrate', () => {
  it('should apply every shipped migration once and report nothing pending', async () => {
    db = await createTestDatabase('mig');
    const pool = createPool(db.url, { max: 2 });
    expect(await pendingMigrations(pool)).toEqual(readMigrations().map((m) => m.version));
    const first = await migrate(pool);
    expect(first.applied.length).toBe(readMigrations().length);
    expect((await migrate(pool)).applied).toEqual([]);
    expect(await pendingMigrations(pool)).toEqual([]);
    await pool.end();
  });

  it('should serialize concurrent callers so each migration runs exactly once', async () => {
    db = await createTestDatabase('mig');
    const pools = [
      createPool(db.url, { max: 1 }),
      createPool(db.url, { max: 1 }),
      createPool(db.url, { max: 1 }),
    ];
    const migrations = [
      fake(1, 'create table lienthong.t1 (id int)'),
      fake(2, 'create table lienthong.t2 (id int)'),
    ];
    const results = await Promise.all(pools.map((p) => migrate(p, migrations)));
    expect(results.flatMap((r) => r.applied).sort()).toEqual(['0001_m1', '0002_m2']);
    await Promise.all(pools.map((p) => p.end()));
  });

  it('should refuse to run when an applied migration was edited', async () => {
    db = await createTestDatabase('mig');
    const pool = createPool(db.url, { max: 1 });
    await migrate(pool, [fake(1, 'select 1')]);
    await expect(
      migrate(pool, [{ ...fake(1, 'select 1'), checksum: 'changed' }]),
    ).rejects.toMatchObject({
      code: 'migration.checksum_mismatch',
    });
    await pool.end();
  });

  it('should roll back a failing migration and leave it pending', async () => {
    db = await createTestDatabase('mig');
    const pool = createPool(db.url, { max: 1 });
    const bad = [
      fake(1, 'create table lienthong.ok (id int)'),
      fake(2, 'create table lienthong.half (id int); select * from missing_table'),
    ];
    await expect(migrate(pool, bad)).rejects.toThrow(/missing_table/);
    expect(await pendingMigrations(pool, bad)).toEqual([2]);
    const { rows } = await pool.query("select to_regclass('lienthong.half') is null as absent");
    expect(rows[0].absent).toBe(true);
    await pool.end();
  });
});
