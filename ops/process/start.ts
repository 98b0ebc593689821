// `lienthong start`: opens the database, migrates, starts the queue and the requested roles.
import { createApp } from '../../gateway/app.ts';
import { listen } from '../../gateway/server.ts';
import type { Config } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { createPool } from '../db/pool.ts';
import { startBoss } from '../queue/boss.ts';
import type { Logger } from '../telemetry/logger.ts';
import { openDatabase } from './database.ts';
import { readinessProbe } from './readiness.ts';
import { type Role, type Runtime, runsRole } from './runtime.ts';
import { installShutdown, type StopStep } from './shutdown.ts';

export interface Started {
  runtime: Runtime;
  port: number | undefined;
  stop(): Promise<void>;
}

export async function start(
  config: Config,
  logger: Logger,
  role: Role,
  lastSteps: StopStep[] = [],
): Promise<Started> {
  const database = await openDatabase(config.env, logger);
  const pool = createPool(database.url);
  const { applied } = await migrate(pool);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  const boss = await startBoss(database.url, logger, { supervise: role !== 'gateway' });
  let queueRunning = true;
  boss.on('stopped', () => {
    queueRunning = false;
  });
  const runtime: Runtime = {
    config,
    logger,
    databaseUrl: database.url,
    pool,
    boss,
    queueRunning: () => queueRunning,
  };

  const steps: StopStep[] = [];
  let port: number | undefined;
  if (runsRole(role, 'gateway')) {
    const app = createApp({
      logger,
      readiness: readinessProbe({ pool, queueRunning: runtime.queueRunning }),
    });
    const server = await listen(app, { port: config.env.PORT, hostname: config.env.HOST });
    port = server.port;
    steps.push({ name: 'http server', run: () => server.close() });
    logger.info({ port, role }, 'gateway listening');
  }
  steps.push(
    {
      name: 'queue',
      run: () =>
        boss.stop({
          graceful: true,
          timeout: Math.max(1000, config.env.SHUTDOWN_TIMEOUT_MS - 2000),
        }),
    },
    { name: 'database pool', run: () => pool.end() },
    { name: 'database', run: () => database.stop() },
    ...lastSteps,
  );
  const stop = installShutdown(() => steps, { logger, deadlineMs: config.env.SHUTDOWN_TIMEOUT_MS });
  logger.info({ role, database: database.embedded ? 'embedded' : 'external' }, 'lienthong started');
  return { runtime, port, stop };
}
