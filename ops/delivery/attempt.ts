// Runs one batch's calls to a target: gates (pause, circuit, rate), batching, deadlines, timing.
import type { JobWithMetadata } from 'pg-boss';
import { type AttemptSubject, tracedAttempt } from '../telemetry/delivery-span.ts';
import type { MetricsRecorder } from '../telemetry/metrics.ts';
import type { DeliveryPolicy } from './policy.ts';
import {
  type ClassifiedFailure,
  type Delivery,
  type DeliveryPort,
  type DeliveryReceipt,
  toFailure,
} from './port.ts';
import type { CircuitBreaker } from './resilience/circuit-breaker.ts';
import type { TokenBucket } from './resilience/token-bucket.ts';
import type { DeliveryJobData } from './types.ts';

export type CallResult =
  | { kind: 'delivered'; receipt: DeliveryReceipt; startedAt: number; durationMs: number }
  | { kind: 'failed'; failure: ClassifiedFailure; startedAt: number; durationMs: number }
  /** Not attempted (paused, circuit open, no rate tokens): back to the queue, attempt not counted. */
  | { kind: 'deferred'; delayMs: number; reason: string };

export interface AttemptDeps {
  port: DeliveryPort;
  policy: DeliveryPolicy;
  breaker: CircuitBreaker;
  bucket: TokenBucket | undefined;
  now: () => number;
  random: () => number;
  /** [telemetry] Attempt latency by outcome class; optional (no metrics when absent). */
  metrics?: MetricsRecorder | undefined;
}

export type DeliveryJob = JobWithMetadata<DeliveryJobData>;

function toDelivery(job: DeliveryJob): Delivery {
  return {
    key: `${job.data.exchangeId}:${job.data.target}`,
    kind: job.data.kind,
    dossierCode: job.data.dossierCode,
    payload: job.data.payload,
    attempt: job.retryCount + 1,
    ...(job.data.replayMode === 'as_stored' && job.data.storedRequest !== undefined
      ? { resend: job.data.storedRequest }
      : {}),
  };
}

/** [telemetry] What the `deliver <target>` span may say about each job: ids, never data. */
function subjects(jobs: DeliveryJob[]): AttemptSubject[] {
  return jobs.map((job) => ({
    target: job.data.target,
    kind: job.data.kind,
    attempt: job.retryCount + 1,
    exchangeId: job.data.exchangeId,
    traceContext: job.data.traceContext,
  }));
}

/** Failures raised before any call went out: they say nothing about the target's health. */
const LOCAL_REASONS = /^(mapping\.|host_not_allowed$|url_invalid$)/;

/**
 * Transport-level failures say the target is unhealthy; a rejected record says it is up; a
 * failure before the network says nothing (a probe that could not even be sent is given back).
 */
function reportToBreaker(breaker: CircuitBreaker, failure: ClassifiedFailure): void {
  if (LOCAL_REASONS.test(failure.reason)) breaker.onAbandon();
  else
    breaker.onFailure(
      failure.errorClass === 'transient' || failure.errorClass === 'auth' ? 'transport' : 'other',
    );
}

async function gate(deps: AttemptDeps, cost: number): Promise<CallResult | undefined> {
  if (!deps.breaker.canRequest()) {
    const next = deps.breaker.snapshot().nextProbeAt ?? deps.now() + deps.policy.breaker.openMs;
    return {
      kind: 'deferred',
      // Spread over an open period: the whole backlog must not come due at the same instant
      // the circuit closes (it would meet the target's rate limit all at once).
      delayMs:
        Math.max(0, next - deps.now()) +
        Math.floor(deps.random() * Math.max(1000, deps.policy.breaker.openMs)),
      reason: 'circuit_open',
    };
  }
  if (deps.bucket && !deps.bucket.tryTake(cost)) {
    const wait = deps.bucket.msUntil(cost);
    if (wait > 1000) return { kind: 'deferred', delayMs: wait, reason: 'rate_limited' };
    await new Promise((r) => setTimeout(r, wait));
    if (!deps.bucket.tryTake(cost))
      return { kind: 'deferred', delayMs: deps.bucket.msUntil(cost), reason: 'rate_limited' };
  }
  return undefined;
}

async function timed<T>(deps: AttemptDeps, call: (signal: AbortSignal) => Promise<T>) {
  const startedAt = deps.now();
  const signal = AbortSignal.timeout(deps.policy.timeoutMs);
  try {
    const value = await call(signal);
    return { ok: true as const, value, startedAt, durationMs: deps.now() - startedAt };
  } catch (error) {
    return {
      ok: false as const,
      failure: toFailure(error),
      startedAt,
      durationMs: deps.now() - startedAt,
    };
  }
}

async function single(deps: AttemptDeps, job: DeliveryJob): Promise<CallResult> {
  const blocked = await gate(deps, 1);
  if (blocked) return blocked;
  // [telemetry] tracedAttempt: the span and the latency metric around the call.
  const result = await tracedAttempt(subjects([job]), deps.metrics, () =>
    timed(deps, (signal) => deps.port.deliver(toDelivery(job), { signal })),
  );
  if (result.ok) {
    deps.breaker.onSuccess();
    return {
      kind: 'delivered',
      receipt: result.value,
      startedAt: result.startedAt,
      durationMs: result.durationMs,
    };
  }
  reportToBreaker(deps.breaker, result.failure);
  return {
    kind: 'failed',
    failure: result.failure,
    startedAt: result.startedAt,
    durationMs: result.durationMs,
  };
}

async function batched(deps: AttemptDeps, jobs: DeliveryJob[]): Promise<CallResult[]> {
  const blocked = await gate(deps, 1);
  if (blocked) return jobs.map(() => blocked);
  // [telemetry] tracedAttempt: the span and the latency metric around the call.
  const result = await tracedAttempt(subjects(jobs), deps.metrics, () =>
    timed(deps, (signal) => deps.port.deliverBatch!(jobs.map(toDelivery), { signal })),
  );
  if (!result.ok) {
    reportToBreaker(deps.breaker, result.failure);
    return jobs.map(() => ({
      kind: 'failed',
      failure: result.failure,
      startedAt: result.startedAt,
      durationMs: result.durationMs,
    }));
  }
  deps.breaker.onSuccess();
  return jobs.map((_, i) => {
    const item = result.value[i];
    if (!item) {
      const failure: ClassifiedFailure = {
        errorClass: 'transient',
        reason: 'batch.missing_item_outcome',
      };
      return {
        kind: 'failed',
        failure,
        startedAt: result.startedAt,
        durationMs: result.durationMs,
      };
    }
    return item.ok
      ? {
          kind: 'delivered',
          receipt: item.receipt,
          startedAt: result.startedAt,
          durationMs: result.durationMs,
        }
      : {
          kind: 'failed',
          failure: item.failure,
          startedAt: result.startedAt,
          durationMs: result.durationMs,
        };
  });
}

/** Runs every job of a fetched batch; each dossier appears at most once (key_strict_fifo). */
export async function attemptBatch(deps: AttemptDeps, jobs: DeliveryJob[]): Promise<CallResult[]> {
  const results: CallResult[] = new Array(jobs.length);
  const tasks: Array<() => Promise<void>> = [];
  const groups = new Map<string, number[]>();
  jobs.forEach((job, index) => {
    const limit = deps.port.deliverBatch ? deps.port.batchLimits?.[job.data.kind] : undefined;
    if (limit && limit > 1) {
      const list = groups.get(job.data.kind) ?? [];
      list.push(index);
      groups.set(job.data.kind, list);
    } else {
      tasks.push(async () => {
        results[index] = await single(deps, job);
      });
    }
  });
  for (const [kind, indexes] of groups) {
    const limit = deps.port.batchLimits![kind as DeliveryJobData['kind']]!;
    for (let i = 0; i < indexes.length; i += limit) {
      const chunk = indexes.slice(i, i + limit);
      tasks.push(async () => {
        const out = await batched(
          deps,
          chunk.map((k) => jobs[k]!),
        );
        chunk.forEach((k, j) => {
          results[k] = out[j]!;
        });
      });
    }
  }
  await runLimited(tasks, deps.policy.callConcurrency);
  return results;
}

async function runLimited(tasks: Array<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, tasks.length) }, async () => {
    while (next < tasks.length) await tasks[next++]!();
  });
  await Promise.all(lanes);
}
