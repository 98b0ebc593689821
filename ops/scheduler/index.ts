// The scheduler role: catalogue sync, reconciliation and retention on pg-boss schedules (one run
// cluster-wide per tick), and connector health probes on an interval.

import type { Connector } from '../../connectors/kit/index.ts';
import type { Procedure } from '../../contracts/canonical/procedure.ts';
import { type CatalogueSource, syncCatalogue } from '../catalogue/sync.ts';
import type { Config } from '../config.ts';
import type { Pool } from '../db/pool.ts';
import { pruneChecks } from '../db/queries/scheduler.ts';
import type { Acceptor } from '../delivery/accept.ts';
import { createIntake } from '../delivery/intake.ts';
import type { PgBoss } from '../queue/boss.ts';
import type { Logger } from '../telemetry/logger.ts';
import { probeConnectors } from './probes.ts';
import { type LookupSource, reconcile } from './reconcile.ts';
import { collectResults, type ResultSource } from './results.ts';
import { runRetention } from './retention.ts';

export const SCHEDULE_QUEUES = {
  catalogueSync: 'lienthong.catalogue-sync',
  reconcile: 'lienthong.reconcile',
  retention: 'lienthong.retention',
  collectResults: 'lienthong.collect-results',
} as const;

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

function connectorOfType(config: Config, connectors: ReadonlyMap<string, Connector>, type: string) {
  const id = Object.entries(config.connectors).find(
    ([, entry]) => entry.type === type && entry.enabled,
  )?.[0];
  return id ? { id, connector: connectors.get(id) } : undefined;
}

/** Creates the schedule queues; any process may then enqueue a run (the API's "sync now"). */
export async function ensureScheduleQueues(boss: PgBoss): Promise<void> {
  for (const name of Object.values(SCHEDULE_QUEUES)) {
    // exclusive: one queued-or-active run at a time, so slow runs never pile up.
    if (!(await boss.getQueue(name)))
      await boss.createQueue(name, { policy: 'exclusive', retryLimit: 2, expireInSeconds: 3600 });
  }
}

export async function startScheduler(options: {
  config: Config;
  pool: Pool;
  boss: PgBoss;
  acceptor: Acceptor;
  connectors: ReadonlyMap<string, Connector>;
  logger: Logger;
}): Promise<{ stop(): Promise<void> }> {
  const { config, pool, boss, logger } = options;
  await ensureScheduleQueues(boss);
  const portal = connectorOfType(config, options.connectors, 'national-portal');
  const oneStop = connectorOfType(config, options.connectors, 'one-stop');
  const schedule = config.schedule;
  await boss.schedule(SCHEDULE_QUEUES.catalogueSync, schedule.catalogueSync, null, {
    tz: TIME_ZONE,
  });
  await boss.schedule(SCHEDULE_QUEUES.reconcile, schedule.reconcile, null, { tz: TIME_ZONE });
  await boss.schedule(SCHEDULE_QUEUES.retention, schedule.retention, null, { tz: TIME_ZONE });
  await boss.schedule(SCHEDULE_QUEUES.collectResults, schedule.collectResults, null, {
    tz: TIME_ZONE,
  });
  const education = connectorOfType(config, options.connectors, 'education');
  const intake = createIntake({ pool, acceptor: options.acceptor, routes: config.routes });

  const workers = [
    await boss.work(SCHEDULE_QUEUES.catalogueSync, async () => {
      if (!portal?.connector) return { skipped: 'no national-portal connector' };
      const pushOps = oneStop?.connector?.operations as
        | { pushProcedures?: (p: { procedures: Procedure[] }) => Promise<{ sent: number }> }
        | undefined;
      const push = pushOps?.pushProcedures
        ? async (procedures: Procedure[]) =>
            procedures.length > 0 ? (await pushOps.pushProcedures!({ procedures })).sent : 0
        : undefined;
      const report = await syncCatalogue({
        pool,
        source: portal.connector.operations as CatalogueSource,
        push,
        logger,
      });
      logger.info(report, 'catalogue synced');
      return report;
    }),
    await boss.work(SCHEDULE_QUEUES.reconcile, async () => {
      if (!portal?.connector) return { skipped: 'no national-portal connector' };
      return reconcile({
        pool,
        acceptor: options.acceptor,
        target: portal.id,
        source: portal.connector.operations as LookupSource,
        logger,
        hours: schedule.reconcileHours,
      });
    }),
    await boss.work(SCHEDULE_QUEUES.collectResults, async () => {
      if (!education?.connector) return { skipped: 'no education connector' };
      return collectResults({
        pool,
        intake,
        target: education.id,
        source: education.connector.operations as ResultSource,
        logger,
        hours: schedule.reconcileHours * 7,
      });
    }),
    await boss.work(SCHEDULE_QUEUES.retention, async () => {
      const result = await runRetention(pool, config.retention);
      await pool.query(pruneChecks(config.retention.metadataDays));
      return result;
    }),
  ];

  let probing = false;
  const probe = async () => {
    if (probing) return;
    probing = true;
    try {
      await probeConnectors(pool, options.connectors);
    } catch (error) {
      logger.warn({ err: error }, 'health probes failed');
    } finally {
      probing = false;
    }
  };
  const timer = setInterval(() => void probe(), schedule.probeSeconds * 1000);
  void probe();
  return {
    async stop() {
      clearInterval(timer);
      for (const id of workers)
        await boss.offWork(SCHEDULE_QUEUES.catalogueSync, { id }).catch(() => undefined);
    },
  };
}
