// The CLI's commands: start, migrate, config check. Each returns an exit code.
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { createPool } from '../db/pool.ts';
import { openDatabase } from '../process/database.ts';
import { ROLES, type Role } from '../process/runtime.ts';
import { createLogger, type Logger } from '../telemetry/logger.ts';
import { EXIT, type Io } from './output.ts';

export interface Command {
  usage: string;
  summary: string;
  run(
    args: { positionals: string[]; flags: Record<string, string | boolean | undefined> },
    io: Io,
  ): Promise<number>;
}

async function configOrExit(io: Io): Promise<{ config: Config; logger: Logger } | number> {
  try {
    const config = await loadConfig();
    return {
      config,
      logger: createLogger({ level: config.env.LOG_LEVEL, format: config.env.LOG_FORMAT }),
    };
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return EXIT.config;
    }
    throw error;
  }
}

export const commands: Record<string, Command> = {
  start: {
    usage: 'start [--role all|gateway|worker|scheduler]',
    summary: 'run the gateway, workers and scheduler (all roles by default)',
    async run({ flags }, io) {
      const role = (flags.role ?? 'all') as Role;
      if (!ROLES.includes(role)) {
        io.err(`--role="${String(flags.role)}": expected one of ${ROLES.join(', ')}`);
        return EXIT.usage;
      }
      const loaded = await configOrExit(io);
      if (typeof loaded === 'number') return loaded;
      const { start } = await import('../process/start.ts');
      const { tracing } = await import('../telemetry/register.ts');
      try {
        await start(loaded.config, loaded.logger, role, {
          lastSteps: [{ name: 'tracing', run: () => tracing.shutdown() }],
        });
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        io.err(error.message);
        await tracing.shutdown();
        return EXIT.config;
      }
      // Keep running; the shutdown handler decides the exit code.
      return new Promise<number>(() => undefined);
    },
  },
  migrate: {
    usage: 'migrate',
    summary: 'apply pending database migrations and exit',
    async run(_args, io) {
      const loaded = await configOrExit(io);
      if (typeof loaded === 'number') return loaded;
      const database = await openDatabase(loaded.config.env, loaded.logger);
      const pool = createPool(database.url, { max: 2 });
      try {
        const { applied } = await migrate(pool);
        io.out(applied.length > 0 ? `applied: ${applied.join(', ')}` : 'database is up to date');
        return EXIT.ok;
      } finally {
        await pool.end();
        await database.stop();
      }
    },
  },
  'config check': {
    usage: 'config check',
    summary: 'validate the configuration and print a summary (secrets masked)',
    async run(_args, io) {
      const loaded = await configOrExit(io);
      if (typeof loaded === 'number') return loaded;
      const { config } = loaded;
      io.out(`config file: ${config.configFile ?? '(none: defaults)'}`);
      io.out(
        `database: ${config.env.DATABASE_URL ? 'DATABASE_URL (external)' : `embedded under ${config.env.LIENTHONG_DATA_DIR}/postgres`}`,
      );
      io.out(`connectors: ${Object.keys(config.connectors).join(', ') || 'none'}`);
      io.out(
        `routes: ${config.routes.length}, members: ${config.members.length}, sandbox: ${config.sandbox.enabled ? 'on' : 'off'}`,
      );
      io.out('configuration is valid');
      return EXIT.ok;
    },
  },
};
