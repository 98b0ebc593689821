// pg-boss on the same PostgreSQL: the durable job queue behind delivery and scheduling.
import { PgBoss } from 'pg-boss';
import type { Logger } from '../telemetry/logger.ts';

export type { PgBoss } from 'pg-boss';

export async function startBoss(
  url: string,
  logger: Logger,
  options: { supervise?: boolean } = {},
): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: 'pgboss',
    application_name: 'lienthong-queue',
    useListenNotify: true,
    // Only processes with the worker or scheduler role run maintenance and cron.
    supervise: options.supervise ?? true,
    schedule: options.supervise ?? true,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'queue error'));
  boss.on('warning', (warning) => logger.warn({ warning }, 'queue warning'));
  await boss.start();
  return boss;
}
