// A target's delivery worker: fetch a batch, attempt it, settle it in one transaction, repeat.
import type { Pool } from '../db/pool.ts';
import { exchangePayloads } from '../db/queries/delivery.ts';
import type { PgBoss } from '../queue/boss.ts';
import type { Logger } from '../telemetry/logger.ts';
import type { MetricsRecorder } from '../telemetry/metrics.ts';
import { type AttemptDeps, attemptBatch, type CallResult, type DeliveryJob } from './attempt.ts';
import type { DeliveryPolicy } from './policy.ts';
import type { DeliveryPort } from './port.ts';
import { CircuitBreaker } from './resilience/circuit-breaker.ts';
import { TokenBucket } from './resilience/token-bucket.ts';
import { decide, settle } from './settle.ts';
import { type DeliveryJobData, queueName } from './types.ts';

/** Why a target must not be called right now (operator pause, maintenance window), if it must not. */
export type HoldCheck = (target: string) => { reason: string; delayMs: number } | undefined;

export interface TargetWorkerOptions {
  pool: Pool;
  boss: PgBoss;
  logger: Logger;
  target: string;
  port: DeliveryPort;
  policy: DeliveryPolicy;
  hold?: HoldCheck;
  now?: () => number;
  random?: () => number;
  /** [telemetry] Settled outcomes, attempt latency and circuit state; optional. */
  metrics?: MetricsRecorder;
  /** Called after each settled batch (metrics, tests). */
  onSettled?: (summary: {
    delivered: number;
    retried: number;
    dead: number;
    deferred: number;
  }) => void;
}

export interface TargetWorker {
  target: string;
  breaker: CircuitBreaker;
  /** New jobs were committed (pg-boss's NOTIFY): idle lanes fetch now, not at their next poll. */
  wake(): void;
  stop(): Promise<void>;
}

/** One query per batch: the canonical payloads live in the exchange log, not in every job. */
async function loadPayloads(pool: Pool, jobs: DeliveryJob[]): Promise<void> {
  const { rows } = await pool.query<{ id: string; payload: unknown }>(
    exchangePayloads([...new Set(jobs.map((j) => j.data.exchangeId))]),
  );
  const byId = new Map(rows.map((r) => [r.id, r.payload]));
  for (const job of jobs) job.data.payload = byId.get(job.data.exchangeId) ?? null;
}

export function startTargetWorker(options: TargetWorkerOptions): TargetWorker {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const { policy, target, logger } = options;
  const breaker = new CircuitBreaker({
    ...policy.breaker,
    now,
    onStateChange: (from, to, reason) => {
      logger.warn({ target, from, to, reason }, 'circuit state changed');
      options.metrics?.circuitState(target, to); // [telemetry]
    },
  });
  options.metrics?.circuitState(target, breaker.state()); // [telemetry]
  const bucket = policy.rateLimit
    ? new TokenBucket({
        ratePerSecond: policy.rateLimit.perSecond,
        burst: policy.rateLimit.burst,
        now,
      })
    : undefined;
  const deps: AttemptDeps = {
    port: options.port,
    policy,
    breaker,
    bucket,
    now,
    random,
    metrics: options.metrics, // [telemetry]
  };
  const queue = queueName(target);
  let stopping = false;
  // Every sleeping lane's wake-up, so stop() ends all their sleeps at once; the idle ones apart,
  // so a NOTIFY ends only the sleeps of lanes that found nothing (not the pause after an error).
  const wakers = new Set<() => void>();
  const idleWakers = new Set<() => void>();
  let notified = false;

  const sleep = (ms: number, idle = false) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        wakers.delete(wake);
        idleWakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      wakers.add(wake);
      if (idle) idleWakers.add(wake);
    });

  async function runBatch(jobs: DeliveryJob[]): Promise<void> {
    const held = options.hold?.(target);
    if (!held) await loadPayloads(options.pool, jobs);
    const results: CallResult[] = held
      ? jobs.map(() => ({ kind: 'deferred', delayMs: held.delayMs, reason: held.reason }))
      : await attemptBatch(deps, jobs);
    const decisions = decide(jobs, results, policy, now, random);
    await settle(options.pool, options.boss, target, decisions);
    const summary = {
      delivered: decisions.filter((d) => d.next === 'complete').length,
      retried: decisions.filter((d) => d.next === 'retry' && d.result.kind !== 'deferred').length,
      dead: decisions.filter((d) => d.next === 'dead').length,
      deferred: decisions.filter((d) => d.result.kind === 'deferred').length,
    };
    options.metrics?.deliveriesSettled(target, summary); // [telemetry]
    options.onSettled?.(summary);
  }

  async function lane(): Promise<void> {
    while (!stopping) {
      try {
        const jobs = (await options.boss.fetch<DeliveryJobData>(queue, {
          batchSize: policy.batchSize,
          includeMetadata: true,
        })) as DeliveryJob[];
        if (jobs.length === 0) {
          // A NOTIFY that came while this fetch was in flight may be for jobs it missed.
          if (notified) notified = false;
          else await sleep(policy.idlePollMs, true);
          continue;
        }
        await runBatch(jobs);
      } catch (error) {
        // The batch's jobs stay active and expire back into the queue: nothing is lost.
        if (!stopping) logger.error({ err: error, target }, 'delivery batch failed');
        await sleep(1000);
      }
    }
  }

  const lanes = Array.from({ length: policy.concurrency }, () => lane());
  return {
    target,
    breaker,
    wake() {
      if (idleWakers.size === 0) notified = true;
      for (const wake of [...idleWakers]) wake();
    },
    async stop() {
      stopping = true;
      for (const wake of [...wakers]) wake();
      await Promise.all(lanes);
    },
  };
}
