// Chooses the database: DATABASE_URL when set, otherwise an embedded PostgreSQL under the data dir.
import { resolve } from 'node:path';
import type { Env } from '../config.ts';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import type { Logger } from '../telemetry/logger.ts';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openDatabase(
  env: Env,
  logger: Logger,
  cwd = process.cwd(),
): Promise<DatabaseHandle> {
  if (env.DATABASE_URL)
    return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const dataDir = resolve(cwd, env.LIENTHONG_DATA_DIR, 'postgres');
  const db = await startEmbeddedPostgres({
    dataDir,
    port: env.EMBEDDED_PG_PORT,
    onLog: (line) => {
      if (/\b(ERROR|FATAL|PANIC)\b/.test(line))
        logger.warn({ postgres: line.trim() }, 'embedded postgres');
    },
  });
  logger.info({ dataDir, port: env.EMBEDDED_PG_PORT }, 'embedded postgres ready');
  return { ...db, embedded: true };
}
