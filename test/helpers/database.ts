// Gives each test file a database of its own on the shared test server, so files run in parallel.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../../ops/db/migrate.ts';
import { createPool, type Pool } from '../../ops/db/pool.ts';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database; `drop()` removes it (forcing out leftover connections). */
export async function createTestDatabase(prefix = 'lt'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  return {
    name,
    url: withDatabase(inject('databaseUrl'), name),
    drop: () =>
      admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

/** A migrated database with a pool; the usual starting point of an integration test. */
export async function createMigratedDatabase(
  prefix = 'lt',
): Promise<TestDatabase & { pool: Pool }> {
  const db = await createTestDatabase(prefix);
  const pool = createPool(db.url, { max: 5 });
  await migrate(pool);
  return {
    ...db,
    pool,
    drop: async () => {
      await pool.end();
      await db.drop();
    },
  };
}
