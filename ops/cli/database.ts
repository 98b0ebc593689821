// Opens the configured database for a CLI command (DATABASE_URL or the embedded one), migrated,
// or returns the exit code after saying why it could not.
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { createPool, type Pool } from '../db/pool.ts';
import { openDatabase } from '../process/database.ts';
import { createLogger } from '../telemetry/logger.ts';
import { EXIT, type Io } from './output.ts';

export interface CliDatabase {
  config: Config;
  pool: Pool;
  close(): Promise<void>;
}

export async function openCliDatabase(io: Io): Promise<CliDatabase | number> {
  let config: Config;
  try {
    config = await loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(error.message);
    return EXIT.config;
  }
  const logger = createLogger({ level: config.env.LOG_LEVEL, format: config.env.LOG_FORMAT });
  const database = await openDatabase(config.env, logger);
  const pool = createPool(database.url, { max: 2 });
  const close = async () => {
    await pool.end();
    await database.stop();
  };
  try {
    await migrate(pool);
  } catch (error) {
    await close();
    throw error;
  }
  return { config, pool, close };
}
