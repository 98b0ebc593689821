// Delivery gauges read from lienthong.delivery at scrape time, under a short statement timeout.
import { Gauge, type Registry } from 'prom-client';
import type { Pool } from '../db/pool.ts';
import { type DeliveryHealthRow, deliveryHealth } from '../db/queries/metrics.ts';

export interface DatabaseGaugeOptions {
  /** Targets reported even before they have any delivery. */
  targets: string[];
  /** A dossier whose delivery has waited longer than this is past its SLO. */
  sloSeconds: number;
  /** Bound on one scrape's database work: pool wait plus statement. */
  timeoutMs: number;
}

export interface DatabaseGauges {
  /** Replaces every gauge with a fresh reading; on failure the gauges are emptied and up=0. */
  refresh(pool: Pool): Promise<void>;
}

export function createDatabaseGauges(
  registry: Registry,
  options: DatabaseGaugeOptions,
): DatabaseGauges {
  const perTarget = (name: string, help: string) =>
    new Gauge({ name, help, labelNames: ['target'] as const, registers: [registry] });
  const depth = perTarget(
    'lienthong_delivery_queue_depth',
    'Deliveries pending per target (queued, retrying, deferred or parked), from the exchange log.',
  );
  const oldest = perTarget(
    'lienthong_delivery_oldest_pending_age_seconds',
    'Age of the oldest pending delivery per target; 0 when nothing is pending.',
  );
  const dead = perTarget(
    'lienthong_delivery_dead_letters',
    'Dead-lettered deliveries per target awaiting an operator.',
  );
  const freshness = perTarget(
    'lienthong_delivery_last_success_age_seconds',
    'Seconds since the last successful delivery per target (absent when there was none).',
  );
  const pastSlo = perTarget(
    'lienthong_dossiers_pending_past_slo',
    `Dossiers with a delivery pending longer than the SLO (${options.sloSeconds} s) per target.`,
  );
  const up = new Gauge({
    name: 'lienthong_metrics_database_up',
    help: '1 when the last scrape read the delivery gauges from the database, 0 when it failed.',
    registers: [registry],
  });
  const gauges = [depth, oldest, dead, freshness, pastSlo];

  function apply(rows: DeliveryHealthRow[]): void {
    for (const gauge of gauges) gauge.reset();
    for (const row of rows) {
      const labels = { target: row.target };
      depth.set(labels, row.depth);
      oldest.set(labels, row.oldest_pending_seconds);
      dead.set(labels, row.dead);
      pastSlo.set(labels, row.past_slo);
      if (row.last_success_seconds !== null) freshness.set(labels, row.last_success_seconds);
    }
  }

  return {
    async refresh(pool) {
      try {
        apply(await readHealth(pool, options));
        up.set(1);
      } catch {
        // A slow or absent database must not fail the scrape: the process metrics still matter.
        for (const gauge of gauges) gauge.reset();
        up.set(0);
      }
    },
  };
}

async function readHealth(pool: Pool, options: DatabaseGaugeOptions): Promise<DeliveryHealthRow[]> {
  const client = await withDeadline(pool.connect(), options.timeoutMs, (late) => late.release());
  try {
    await client.query('begin read only');
    await client.query("select set_config('statement_timeout', $1, true)", [
      String(options.timeoutMs),
    ]);
    const { rows } = await client.query<DeliveryHealthRow>(
      deliveryHealth(options.targets, options.sloSeconds),
    );
    await client.query('commit');
    return rows;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Rejects after ms; a value that arrives too late is handed to `discard` (e.g. released). */
function withDeadline<T>(promise: Promise<T>, ms: number, discard: (late: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let expired = false;
    const timer = setTimeout(() => {
      expired = true;
      reject(Object.assign(new Error('metrics.database_timeout'), { code: 'metrics.timeout' }));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        if (expired) discard(value);
        else resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
