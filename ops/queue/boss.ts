// pg-boss on the same PostgreSQL: the durable job queue behind delivery and scheduling.
import { PgBoss } from 'pg-boss';
import type { Logger } from '../telemetry/logger.ts';

export type { PgBoss } from 'pg-boss';

/** pg-boss's schema; also named by the statements we build from its plans (job-insert.ts). */
export const QUEUE_SCHEMA = 'pgboss';

export async function startBoss(
  url: string,
  logger: Logger,
  options: { supervise?: boolean } = {},
): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    application_name: 'lienthong-queue',
    useListenNotify: true,
    // Only processes with the worker or scheduler role run maintenance and cron.
    supervise: options.supervise ?? true,
    schedule: options.supervise ?? true,
    // Expired batches of a crashed worker are found by supervision: every 15 s, not every 60 s,
    // so its deliveries resume within seconds of the expiry.
    superviseIntervalSeconds: 15,
  });
  // Only the message and code: pg errors carry the whole client (host, user, database).
  boss.on('error', (error) =>
    logger.error(
      { err: { message: error.message, code: (error as { code?: string }).code } },
      'queue error',
    ),
  );
  boss.on('warning', (warning) => logger.warn({ warning }, 'queue warning'));
  await boss.start();
  return boss;
}
