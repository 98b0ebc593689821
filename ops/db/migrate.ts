// Forward-only numbered SQL migrations, recorded in a table, serialized by an advisory lock.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Arbitrary constant shared by every lienthong process: whoever holds it migrates, others wait. */
const MIGRATION_LOCK = 7_270_401;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  readonly code:
    | 'migration.bad_file_name'
    | 'migration.checksum_mismatch'
    | 'migration.unknown_applied';
  constructor(code: MigrationError['code'], message: string) {
    super(message);
    this.name = 'MigrationError';
    this.code = code;
  }
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => {
      const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
      if (!match)
        throw new MigrationError('migration.bad_file_name', `expected NNNN_name.sql, got ${file}`);
      const sql = readFileSync(`${dir}/${file}`, 'utf8');
      return {
        version: Number(match[1]),
        name: match[2]!,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

const CREATE_TABLE = `
  create schema if not exists lienthong;
  create table if not exists lienthong.schema_migrations (
    version integer primary key,
    name text not null,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`;

async function applied(client: pg.ClientBase): Promise<Map<number, string>> {
  const { rows } = await client.query<{ version: number; checksum: string }>(
    'select version, checksum from lienthong.schema_migrations',
  );
  return new Map(rows.map((r) => [r.version, r.checksum]));
}

function verify(done: Map<number, string>, migrations: Migration[]): void {
  const known = new Map(migrations.map((m) => [m.version, m]));
  for (const [version, checksum] of done) {
    const file = known.get(version);
    if (!file) {
      throw new MigrationError(
        'migration.unknown_applied',
        `database has migration ${version}, which this build does not know: is it older than the database?`,
      );
    }
    if (file.checksum !== checksum) {
      throw new MigrationError(
        'migration.checksum_mismatch',
        `migration ${version}_${file.name} was edited after it was applied; add a new migration instead`,
      );
    }
  }
}

/** Applies pending migrations, each in its own transaction. Safe to call from many processes at once. */
export async function migrate(
  pool: pg.Pool,
  migrations: Migration[] = readMigrations(),
): Promise<{ applied: string[] }> {
  const client = await pool.connect();
  const newlyApplied: string[] = [];
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(CREATE_TABLE);
    const done = await applied(client);
    verify(done, migrations);
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(
          'insert into lienthong.schema_migrations (version, name, checksum) values ($1, $2, $3)',
          [migration.version, migration.name, migration.checksum],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      newlyApplied.push(`${String(migration.version).padStart(4, '0')}_${migration.name}`);
    }
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  return { applied: newlyApplied };
}

/** Versions this build knows that the database has not applied yet (empty = up to date). */
export async function pendingMigrations(
  pool: pg.Pool,
  migrations: Migration[] = readMigrations(),
): Promise<number[]> {
  const { rows } = await pool.query<{ exists: boolean }>(
    "select to_regclass('lienthong.schema_migrations') is not null as exists",
  );
  if (!rows[0]?.exists) return migrations.map((m) => m.version);
  const done = await applied(pool as unknown as pg.ClientBase);
  return migrations.filter((m) => !done.has(m.version)).map((m) => m.version);
}
