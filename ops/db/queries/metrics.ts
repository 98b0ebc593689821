// SQL behind the scrape-time delivery gauges: backlog, dead letters, freshness and SLO per target.
import type { Query } from './accept.ts';

export interface DeliveryHealthRow {
  target: string;
  /** Deliveries in state 'pending' (queued, retrying, deferred or parked). */
  depth: number;
  /** Age of the oldest pending delivery; 0 when none is pending. */
  oldest_pending_seconds: number;
  /** Dossiers (or dossier-less exchanges) with a delivery pending longer than the SLO. */
  past_slo: number;
  dead: number;
  /** Since the most recent successful delivery; null when the target never had one. */
  last_success_seconds: number | null;
}

/**
 * One row per target: the configured ones plus every target that has deliveries. Targets are
 * found by a loose index scan (one probe per distinct target), and each figure is an index range
 * on delivery_target_state, so the cost follows the backlog, not the table's history.
 */
export function deliveryHealth(targets: string[], sloSeconds: number): Query {
  return {
    text: `
      with recursive seen as (
        (select target from lienthong.delivery order by target limit 1)
        union all
        select (select d.target from lienthong.delivery d where d.target > s.target
                order by d.target limit 1)
        from seen s where s.target is not null
      ), targets as (
        select target from seen where target is not null
        union
        select unnest($1::text[])
      )
      select t.target,
        p.depth, p.oldest_pending_seconds, p.past_slo,
        (select count(*)::int from lienthong.delivery d
          where d.target = t.target and d.state = 'dead') as dead,
        extract(epoch from now() - (select max(d.updated_at) from lienthong.delivery d
          where d.target = t.target and d.state = 'delivered'))::float8 as last_success_seconds
      from targets t
      cross join lateral (
        select count(*)::int as depth,
          coalesce(extract(epoch from now() - min(d.created_at)), 0)::float8 as oldest_pending_seconds,
          (count(distinct coalesce(d.dossier_code, d.exchange_id::text))
            filter (where d.created_at < now() - $2 * interval '1 second'))::int as past_slo
        from lienthong.delivery d
        where d.target = t.target and d.state = 'pending'
      ) p
      order by t.target`,
    values: [targets, sloSeconds],
  };
}
