// Settles a batch in ONE transaction: exchange-log rows, attempts and the jobs' next state.
import type { Pool } from '../db/pool.ts';
import {
  type AttemptRow,
  type DeliveryOutcomeRow,
  exhaustRetries,
  keepRetrying,
  recordBatch,
  rescheduleRetries,
} from '../db/queries/delivery.ts';
import type { PgBoss } from '../queue/boss.ts';
import type { CallResult, DeliveryJob } from './attempt.ts';
import type { DeliveryPolicy } from './policy.ts';
import { retryDelay } from './resilience/backoff.ts';
import { queueName } from './types.ts';

export type Decision =
  | { job: DeliveryJob; next: 'complete'; result: CallResult & { kind: 'delivered' } }
  | { job: DeliveryJob; next: 'retry'; delayMs: number; result: CallResult }
  | { job: DeliveryJob; next: 'dead'; reason: string; result: CallResult & { kind: 'failed' } };

export function decide(
  jobs: DeliveryJob[],
  results: CallResult[],
  policy: DeliveryPolicy,
  now: () => number,
  random: () => number,
): Decision[] {
  return jobs.map((job, i) => {
    const result = results[i]!;
    if (result.kind === 'delivered') return { job, next: 'complete', result };
    if (result.kind === 'deferred') return { job, next: 'retry', delayMs: result.delayMs, result };
    const decision = retryDelay({
      errorClass: result.failure.errorClass,
      attempt: job.retryCount + 1,
      retryAfterMs: result.failure.retryAfterMs,
      policy: {
        baseMs: policy.baseDelayMs,
        maxMs: policy.maxDelayMs,
        maxAttempts: policy.maxAttempts,
        maxAgeMs: policy.maxAgeHours * 3_600_000,
      },
      firstAttemptAt: new Date(job.createdOn).getTime(),
      now,
      random,
    });
    if (decision.action === 'retry')
      return { job, next: 'retry', delayMs: decision.delayMs, result };
    const reason = decision.reason === 'permanent' ? result.failure.reason : decision.reason;
    return { job, next: 'dead', reason, result };
  });
}

function outcomeRow(d: Decision): DeliveryOutcomeRow {
  const r = d.result;
  const failure = r.kind === 'failed' ? r.failure : undefined;
  return {
    id: d.job.data.deliveryId,
    state: d.next === 'complete' ? 'delivered' : d.next === 'dead' ? 'dead' : 'pending',
    attempted: r.kind === 'deferred' ? 0 : 1,
    reason:
      d.next === 'dead' ? d.reason : (failure?.reason ?? (r.kind === 'deferred' ? r.reason : null)),
    last_error: failure
      ? { class: failure.errorClass, reason: failure.reason, message: failure.message ?? null }
      : null,
    last_request: r.kind === 'delivered' ? (r.receipt.request ?? null) : (failure?.request ?? null),
    last_response:
      r.kind === 'delivered' ? (r.receipt.response ?? null) : (failure?.response ?? null),
  };
}

function attemptRow(d: Decision): AttemptRow | undefined {
  const r = d.result;
  if (r.kind === 'deferred') return undefined;
  return {
    delivery_id: d.job.data.deliveryId,
    attempt: d.job.retryCount + 1,
    started_at: new Date(r.startedAt).toISOString(),
    duration_ms: Math.round(r.durationMs),
    outcome: d.next === 'complete' ? 'delivered' : d.next === 'dead' ? 'dead' : 'retry',
    error_class: r.kind === 'failed' ? r.failure.errorClass : null,
    reason: r.kind === 'failed' ? r.failure.reason : null,
    detail: r.kind === 'failed' ? (r.failure.message ?? null) : null,
  };
}

/**
 * Deferrals never reached the target; a throttled call reached it but was told to come back later.
 * Neither spends an attempt, or a busy target would turn its own rate limit into dead letters
 * (the delivery's maximum age still bounds how long it may wait).
 */
function spendsNoAttempt(d: Decision): boolean {
  return (
    d.result.kind === 'deferred' ||
    (d.result.kind === 'failed' && d.result.failure.errorClass === 'throttled')
  );
}

export async function settle(
  pool: Pool,
  boss: PgBoss,
  target: string,
  decisions: Decision[],
): Promise<void> {
  const queue = queueName(target);
  const completed = decisions.filter((d) => d.next === 'complete').map((d) => d.job);
  const dead = decisions.filter((d) => d.next === 'dead').map((d) => d.job);
  const retries = decisions.filter((d): d is Decision & { next: 'retry' } => d.next === 'retry');
  const deferred = retries.filter(spendsNoAttempt).map((d) => d.job.id);
  const attempts = decisions.map(attemptRow).filter((a): a is AttemptRow => a !== undefined);
  const client = await pool.connect();
  const db = { executeSql: (text: string, values?: unknown[]) => client.query(text, values) };
  try {
    await client.query('BEGIN');
    await client.query(recordBatch(decisions.map(outcomeRow), attempts));
    if (dead.length > 0)
      await client.query(
        exhaustRetries(
          queue,
          dead.map((j) => j.id),
        ),
      );
    if (deferred.length > 0) await client.query(keepRetrying(queue, deferred));
    const attempt = (j: DeliveryJob) => ({ id: j.id, retryCount: j.retryCount });
    if (completed.length > 0) await boss.complete(queue, completed.map(attempt), null, { db });
    const failing = [...dead, ...retries.map((d) => d.job)];
    if (failing.length > 0) await boss.fail(queue, failing.map(attempt), null, { db });
    if (retries.length > 0) {
      await client.query(
        rescheduleRetries(
          queue,
          retries.map((d) => ({
            id: d.job.id,
            delay_ms: Math.round(d.delayMs),
            uncount: spendsNoAttempt(d),
          })),
        ),
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
