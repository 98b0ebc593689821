// SQL for settling delivery batches: the exchange log rows and the pg-boss job adjustments that
// pg-boss has no API for (our own retry delay, uncounted deferral, immediate dead letter).
import type { Query } from './accept.ts';

export interface DeliveryOutcomeRow {
  id: string;
  state: 'pending' | 'delivered' | 'dead';
  /** 1 when this batch made an attempt, 0 when it only deferred the delivery. */
  attempted: 0 | 1;
  reason: string | null;
  last_error: unknown;
  last_request: unknown;
  last_response: unknown;
}

export function recordOutcomes(rows: DeliveryOutcomeRow[]): Query {
  return {
    text: `
      update lienthong.delivery d set
        state = x.state,
        attempts = d.attempts + x.attempted,
        reason = x.reason,
        last_error = coalesce(x.last_error, case when x.state = 'delivered' then null else d.last_error end),
        last_request = coalesce(x.last_request, d.last_request),
        last_response = coalesce(x.last_response, d.last_response),
        delivered_at = case when x.state = 'delivered' then now() else d.delivered_at end,
        updated_at = now()
      from jsonb_to_recordset($1::jsonb) as x(
        id uuid, state text, attempted int, reason text, last_error jsonb, last_request jsonb, last_response jsonb)
      where d.id = x.id`,
    values: [JSON.stringify(rows)],
  };
}

export interface AttemptRow {
  delivery_id: string;
  attempt: number;
  started_at: string;
  duration_ms: number;
  outcome: 'delivered' | 'retry' | 'dead';
  error_class: string | null;
  reason: string | null;
  detail: string | null;
}

export function insertAttempts(rows: AttemptRow[]): Query {
  return {
    text: `
      insert into lienthong.delivery_attempt
        (delivery_id, attempt, started_at, duration_ms, outcome, error_class, reason, detail)
      select delivery_id, attempt, started_at, duration_ms, outcome, error_class, reason, detail
      from jsonb_to_recordset($1::jsonb) as x(
        delivery_id uuid, attempt int, started_at timestamptz, duration_ms int, outcome text,
        error_class text, reason text, detail text)`,
    values: [JSON.stringify(rows)],
  };
}

/** Makes the next pg-boss fail() of these active jobs terminal: a dead letter, no more retries. */
export function exhaustRetries(queue: string, ids: string[]): Query {
  return {
    text: `update pgboss.job set retry_limit = retry_count where name = $1 and id = any($2::uuid[]) and state = 'active'`,
    values: [queue, ids],
  };
}

/**
 * After pg-boss fail() put jobs in retry: set our own start time (full-jitter backoff, Retry-After,
 * circuit probe time) and, for deferrals that made no attempt, give the attempt back.
 */
export function rescheduleRetries(
  queue: string,
  rows: Array<{ id: string; delay_ms: number; uncount: boolean }>,
): Query {
  return {
    text: `
      update pgboss.job j set
        start_after = now() + x.delay_ms * interval '1 millisecond',
        retry_count = case when x.uncount then greatest(j.retry_count - 1, 0) else j.retry_count end
      from jsonb_to_recordset($2::jsonb) as x(id uuid, delay_ms bigint, uncount boolean)
      where j.name = $1 and j.id = x.id and j.state = 'retry'`,
    values: [queue, JSON.stringify(rows)],
  };
}

/** Operator replay of a dead letter: back to retry with a fresh attempt budget. */
export function reviveDeadJobs(
  queue: string,
  ids: string[],
  attempts: number,
  data?: Record<string, unknown>,
): Query {
  return {
    text: `
      update pgboss.job set state = 'retry', completed_on = null, start_after = now(),
        retry_limit = retry_count + $3, data = case when $4::jsonb is null then data else data || $4::jsonb end
      where name = $1 and id = any($2::uuid[]) and state = 'failed'
      returning id`,
    values: [queue, ids, attempts, data ? JSON.stringify(data) : null],
  };
}

export function targetStates(): Query {
  return { text: 'select target, paused, reason from lienthong.target_state', values: [] };
}

/** A deferral must never make fail() terminal: keep at least one retry in hand. */
export function keepRetrying(queue: string, ids: string[]): Query {
  return {
    text: `update pgboss.job set retry_limit = greatest(retry_limit, retry_count + 1)
      where name = $1 and id = any($2::uuid[]) and state = 'active'`,
    values: [queue, ids],
  };
}

/** recordOutcomes and insertAttempts in one round trip (the per-batch path of every worker). */
export function recordBatch(outcomes: DeliveryOutcomeRow[], attempts: AttemptRow[]): Query {
  const update = recordOutcomes(outcomes);
  const insert = insertAttempts(attempts);
  return {
    text: `with recorded as (${update.text.trim()} returning d.id),
      attempted as (${insert.text.trim().replace('$1::jsonb', '$2::jsonb')} returning id)
      select (select count(*) from recorded)::int as recorded, (select count(*) from attempted)::int as attempted`,
    values: [update.values[0], insert.values[0]],
  };
}

export function exchangePayloads(ids: string[]): Query {
  return {
    text: 'select id, payload from lienthong.exchange where id = any($1::uuid[])',
    values: [ids],
  };
}
