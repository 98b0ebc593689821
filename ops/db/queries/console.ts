// SQL for the operator console: accounts and sessions, per-target health, hourly history, payloads, catalogue.
import type { Query } from './accept.ts';

export type OperatorRole = 'viewer' | 'operator' | 'admin';

export function insertOperator(row: {
  id: string;
  username: string;
  password_hash: string;
  role: OperatorRole;
}): Query {
  return {
    text: `insert into lienthong.operator (id, username, password_hash, role) values ($1, $2, $3, $4)
           on conflict (username) do nothing returning id`,
    values: [row.id, row.username, row.password_hash, row.role],
  };
}

/** An enabled operator by username, with the hash to verify a login against. */
export function operatorForLogin(username: string): Query {
  return {
    text: `select id, username, password_hash, role from lienthong.operator
           where username = $1 and disabled_at is null`,
    values: [username],
  };
}

export function disableOperator(username: string): Query {
  return {
    text: `with disabled as (
             update lienthong.operator set disabled_at = now() where username = $1 and disabled_at is null
             returning id)
           delete from lienthong.operator_session s using disabled where s.operator_id = disabled.id`,
    values: [username],
  };
}

export function insertSession(row: {
  token_hash: string;
  operator_id: string;
  csrf_token: string;
  ttl_ms: number;
}): Query {
  return {
    text: `insert into lienthong.operator_session (token_hash, operator_id, csrf_token, expires_at)
           values ($1, $2, $3, now() + $4 * interval '1 millisecond')`,
    values: [row.token_hash, row.operator_id, row.csrf_token, row.ttl_ms],
  };
}

/** A live session of an enabled operator. */
export function sessionByTokenHash(tokenHash: string): Query {
  return {
    text: `select o.id as operator_id, o.username, o.role, s.csrf_token, s.expires_at
           from lienthong.operator_session s join lienthong.operator o on o.id = s.operator_id
           where s.token_hash = $1 and s.expires_at > now() and o.disabled_at is null`,
    values: [tokenHash],
  };
}

export function deleteSession(tokenHash: string): Query {
  return {
    text: 'delete from lienthong.operator_session where token_hash = $1',
    values: [tokenHash],
  };
}

export function deleteExpiredSessions(): Query {
  return { text: 'delete from lienthong.operator_session where expires_at <= now()', values: [] };
}

/**
 * One row per target: state switches, the last 15 minutes of attempts (count, failures, p50),
 * queue depth and dead letters. A deferral for an open circuit is recorded on the delivery
 * (reason circuit_open), not as an attempt, so recent ones tell the circuit is open.
 */
export function targetHealth(targets: string[], windowMinutes = 15): Query {
  return {
    text: `
      with t as (select unnest($1::text[]) as target),
      recent as (
        select d.target, a.duration_ms, a.outcome, a.started_at
        from lienthong.delivery_attempt a join lienthong.delivery d on d.id = a.delivery_id
        where a.started_at > now() - $2 * interval '1 minute' and d.target = any($1::text[])
      )
      select t.target,
        coalesce(ts.paused, false) as paused, ts.reason as paused_reason, ts.changed_by, ts.changed_at,
        (select count(*)::int from recent r where r.target = t.target and r.outcome <> 'skipped_circuit_open') as attempts,
        (select count(*)::int from recent r where r.target = t.target and r.outcome in ('retry', 'dead')) as failures,
        (select percentile_cont(0.5) within group (order by r.duration_ms)
           from recent r where r.target = t.target and r.outcome <> 'skipped_circuit_open') as p50_ms,
        (select count(*)::int from lienthong.delivery d where d.target = t.target and d.state = 'pending') as queue_depth,
        (select count(*)::int from lienthong.delivery d where d.target = t.target and d.state = 'dead') as dead_letters,
        exists (select 1 from lienthong.delivery d where d.target = t.target and d.state = 'pending'
                  and d.reason = 'circuit_open' and d.updated_at > now() - interval '2 minutes') as circuit_open,
        (select max(a.started_at) from lienthong.delivery_attempt a join lienthong.delivery d on d.id = a.delivery_id
           where d.target = t.target and a.started_at > now() - interval '1 day') as last_attempt_at
      from t left join lienthong.target_state ts on ts.target = t.target
      order by t.target`,
    values: [targets, windowMinutes],
  };
}

/** Attempts per target and hour over the last `hours` hours (hours without attempts are absent). */
export function hourlyAttempts(targets: string[], hours = 24): Query {
  return {
    text: `
      select d.target, date_trunc('hour', a.started_at) as hour,
        count(*) filter (where a.outcome = 'delivered')::int as delivered,
        count(*) filter (where a.outcome in ('retry', 'dead'))::int as failed,
        count(*) filter (where a.outcome = 'dead')::int as dead,
        percentile_cont(0.5) within group (order by a.duration_ms) as p50_ms,
        percentile_cont(0.95) within group (order by a.duration_ms) as p95_ms
      from lienthong.delivery_attempt a join lienthong.delivery d on d.id = a.delivery_id
      where d.target = any($1::text[])
        and a.started_at >= date_trunc('hour', now()) - ($2 - 1) * interval '1 hour'
        and a.outcome <> 'skipped_circuit_open'
      group by d.target, date_trunc('hour', a.started_at)
      order by hour`,
    values: [targets, hours],
  };
}

/** The latest failed attempts of a target, newest first. */
export function recentFailures(target: string, limit = 20): Query {
  return {
    text: `
      select a.started_at, a.attempt, a.outcome, a.error_class, a.reason, a.duration_ms,
             d.id as delivery_id, d.exchange_id, d.dossier_code
      from lienthong.delivery_attempt a join lienthong.delivery d on d.id = a.delivery_id
      where d.target = $1 and a.outcome in ('retry', 'dead')
      order by a.started_at desc limit $2`,
    values: [target, limit],
  };
}

/** The stored canonical payload of an exchange (null once retention cleared it). */
export function exchangePayload(id: string): Query {
  return {
    text: 'select payload, parent_id, dossier_code from lienthong.exchange where id = $1',
    values: [id],
  };
}

export function catalogueSummary(): Query {
  return {
    text: `select count(*)::int as total,
             count(*) filter (where portal_integrated)::int as integrated,
             max(synced_at) as last_synced_at
           from lienthong.procedure`,
    values: [],
  };
}

export function recentSyncRuns(limit = 10): Query {
  return {
    text: `select id, started_at, finished_at, outcome, total, integrated, added, changed, removed, pushed, error
           from lienthong.catalogue_sync_run order by started_at desc, id desc limit $1`,
    values: [limit],
  };
}

export function recentProcedureChanges(limit = 20): Query {
  return {
    text: `select code, name, sector_code, sector_name, portal_integrated, changed_at
           from lienthong.procedure order by changed_at desc, code limit $1`,
    values: [limit],
  };
}
