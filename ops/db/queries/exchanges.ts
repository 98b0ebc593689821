// SQL for reading the exchange log: an exchange with its deliveries, a dossier's journey, search.
import type { Query } from './accept.ts';

/** Deliveries with their effective state: a pending delivery behind a dead one is 'parked'. */
const DELIVERY_VIEW = `
  select d.id, d.exchange_id, d.target, d.dossier_code, d.attempts, d.reason, d.updated_at, d.delivered_at, d.created_at,
    case
      when d.state = 'dead' then 'failed'
      when d.state = 'pending' and exists (
        select 1 from lienthong.delivery h
        where h.target = d.target and h.dossier_code = d.dossier_code and h.state = 'dead' and (h.created_at, h.id) < (d.created_at, d.id)
      ) then 'parked'
      else d.state
    end as status,
    (select h.id from lienthong.delivery h
      where d.state = 'pending' and h.target = d.target and h.dossier_code = d.dossier_code
        and h.state = 'dead' and (h.created_at, h.id) < (d.created_at, d.id) order by h.created_at, h.id limit 1) as parked_behind
  from lienthong.delivery d`;

export function exchangeById(id: string): Query {
  return {
    text: `select e.id, e.received_at, e.source, e.kind, e.dossier_code, e.trace_id, e.parent_id,
             coalesce((select jsonb_agg(jsonb_build_object('id', v.id, 'target', v.target, 'status', v.status,
                 'attempts', v.attempts, 'reason', v.reason, 'parkedBehind', v.parked_behind,
                 'updatedAt', v.updated_at, 'deliveredAt', v.delivered_at) order by v.target)
               from (${DELIVERY_VIEW} where d.exchange_id = e.id) v), '[]') as deliveries
           from lienthong.exchange e where e.id = $1`,
    values: [id],
  };
}

export function exchangesByDossier(code: string, limit = 200): Query {
  return {
    text: `select e.id, e.received_at, e.source, e.kind, e.trace_id,
             coalesce((select jsonb_agg(jsonb_build_object('id', v.id, 'target', v.target, 'status', v.status,
                 'attempts', v.attempts, 'reason', v.reason, 'parkedBehind', v.parked_behind) order by v.target)
               from (${DELIVERY_VIEW} where d.exchange_id = e.id) v), '[]') as deliveries
           from lienthong.exchange e where e.dossier_code = $1 order by e.received_at, e.id limit $2`,
    values: [code, limit],
  };
}

export interface ExchangeSearch {
  dossierCode?: string | undefined;
  source?: string | undefined;
  target?: string | undefined;
  status?: 'pending' | 'delivered' | 'failed' | 'parked' | 'skipped' | undefined;
  traceId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
}

export function searchExchanges(filter: ExchangeSearch): Query {
  const where: string[] = [];
  const values: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    values.push(value);
    where.push(clause.replaceAll('?', `$${values.length}`));
  };
  if (filter.dossierCode) add('e.dossier_code = ?', filter.dossierCode);
  if (filter.source) add('e.source = ?', filter.source);
  if (filter.traceId) add('e.trace_id = ?', filter.traceId);
  if (filter.from) add('e.received_at >= ?', filter.from);
  if (filter.to) add('e.received_at < ?', filter.to);
  if (filter.target || filter.status) {
    const parts: string[] = [];
    if (filter.target) {
      values.push(filter.target);
      parts.push(`v.target = $${values.length}`);
    }
    if (filter.status) {
      values.push(filter.status);
      parts.push(`v.status = $${values.length}`);
    }
    where.push(
      `exists (select 1 from (${DELIVERY_VIEW} where d.exchange_id = e.id) v where ${parts.join(' and ')})`,
    );
  }
  values.push(Math.min(filter.limit ?? 50, 500));
  return {
    text: `select e.id, e.received_at, e.source, e.kind, e.dossier_code, e.trace_id,
             coalesce((select jsonb_agg(jsonb_build_object('target', v.target, 'status', v.status, 'attempts', v.attempts))
               from (${DELIVERY_VIEW} where d.exchange_id = e.id) v), '[]') as deliveries
           from lienthong.exchange e ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
           order by e.received_at desc limit $${values.length}`,
    values,
  };
}

/** An exchange's timeline: accepted, each attempt, operator actions (from the audit log). */
export function exchangeTimeline(id: string): Query {
  return {
    text: `select * from (
             select e.received_at as at, 'accepted' as event, null::text as target, null::int as attempt,
                    null::int as duration_ms, null::text as outcome, null::text as reason, null::text as detail, e.source as actor
             from lienthong.exchange e where e.id = $1
             union all
             select a.started_at, 'attempt', d.target, a.attempt, a.duration_ms, a.outcome, a.reason, a.detail, null
             from lienthong.delivery_attempt a join lienthong.delivery d on d.id = a.delivery_id where d.exchange_id = $1
             union all
             select l.at, l.action, l.detail->>'target', null, null, l.outcome, l.detail->>'reason', l.detail->>'mode', l.actor_id
             from lienthong.audit_log l where l.detail->>'exchangeId' = $1::text
           ) t order by at, attempt nulls first`,
    values: [id],
  };
}
