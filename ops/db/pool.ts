// The PostgreSQL connection pool every component shares within a process.
import pg from 'pg';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

export function createPool(
  url: string,
  options: { max?: number; applicationName?: string } = {},
): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 20,
    application_name: options.applicationName ?? 'lienthong',
    connectionTimeoutMillis: 10_000,
  });
  // An idle client's error (e.g. the server restarted) must not crash the process; the pool
  // drops that client and the next query reconnects.
  pool.on('error', () => undefined);
  // pg-pool listens for errors only while a client is idle: a connection the server terminates
  // while it is checked out would emit an unhandled 'error' and exit the process. The query in
  // flight still rejects, and release() discards the broken client (it is no longer queryable).
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  return pool;
}

/** Runs fn inside one transaction on one client: COMMIT on success, ROLLBACK on any throw. */
export async function withTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
