// Starts delivery for every configured target: queues, workers, holds; stops them in order.
import type { Pool } from '../db/pool.ts';
import type { PgBoss } from '../queue/boss.ts';
import { listenForJobs } from '../queue/job-notifications.ts';
import type { Logger } from '../telemetry/logger.ts';
import { createHolds } from './holds.ts';
import type { DeliveryPolicy } from './policy.ts';
import type { DeliveryPort } from './port.ts';
import { ensureTargetQueue } from './queues.ts';
import type { MaintenanceWindow } from './resilience/maintenance.ts';
import { queueName } from './types.ts';
import { startTargetWorker, type TargetWorker, type TargetWorkerOptions } from './worker.ts';

export interface TargetSpec {
  id: string;
  port: DeliveryPort;
  policy: DeliveryPolicy;
  maintenance?: MaintenanceWindow[];
}

export interface DeliveryEngine {
  workers: Map<string, TargetWorker>;
  refreshHolds(): Promise<void>;
  /** Resolves once the lanes are woken by pg-boss's NOTIFY (until then they only poll). */
  listening: Promise<void>;
  stop(): Promise<void>;
}

/** Creates the targets' queues (also needed by gateway-only processes before they accept). */
export async function ensureQueues(
  boss: PgBoss,
  targets: Array<Pick<TargetSpec, 'id' | 'policy'>>,
): Promise<void> {
  for (const target of targets) await ensureTargetQueue(boss, target.id, target.policy);
}

export async function startDelivery(options: {
  pool: Pool;
  boss: PgBoss;
  logger: Logger;
  targets: TargetSpec[];
  onSettled?: TargetWorkerOptions['onSettled'];
  random?: () => number;
  /** [telemetry] Passed to every target worker; optional. */
  metrics?: TargetWorkerOptions['metrics'];
}): Promise<DeliveryEngine> {
  await ensureQueues(options.boss, options.targets);
  const holds = createHolds({
    pool: options.pool,
    logger: options.logger,
    maintenance: Object.fromEntries(options.targets.map((t) => [t.id, t.maintenance ?? []])),
  });
  await holds.refresh();
  const workers = new Map<string, TargetWorker>();
  for (const target of options.targets) {
    workers.set(
      target.id,
      startTargetWorker({
        pool: options.pool,
        boss: options.boss,
        logger: options.logger,
        target: target.id,
        port: target.port,
        policy: target.policy,
        hold: holds.check,
        ...(options.onSettled ? { onSettled: options.onSettled } : {}),
        ...(options.random ? { random: options.random } : {}),
        ...(options.metrics ? { metrics: options.metrics } : {}), // [telemetry]
      }),
    );
  }
  const byQueue = new Map([...workers.values()].map((w) => [queueName(w.target), w]));
  const notifications = listenForJobs({
    pool: options.pool,
    logger: options.logger,
    onQueue: (queue) => byQueue.get(queue)?.wake(),
  });
  return {
    workers,
    refreshHolds: holds.refresh,
    listening: notifications.listening,
    async stop() {
      await notifications.stop();
      holds.stop();
      await Promise.all([...workers.values()].map((w) => w.stop()));
    },
  };
}
