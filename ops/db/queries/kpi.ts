// SQL for the reform-plan KPIs (Decision 766) per administrative level and month, from the dossier facts.
import type { Query } from './accept.ts';

/** Statuses that count as received (DOMAIN §4.6: 2, 4–10): not 1 (only registered) nor 3 (refused). */
export const RECEIVED_STATUSES = [
  'received',
  'processing',
  'awaiting_supplement',
  'awaiting_payment',
  'withdrawn',
  'suspended',
  'resolved',
  'returned',
] as const;

/** Processing is over and a result exists (DOMAIN §2 "done": 9, 10): what on-time is judged on. */
export const FINISHED_STATUSES = ['resolved', 'returned'] as const;

export interface KpiFilter {
  /** First month, YYYY-MM, inclusive. */
  fromMonth: string;
  /** Last month, YYYY-MM, inclusive. */
  toMonth: string;
  adminLevel?: string | undefined;
  /** The target whose delivered dossiers count as synced to the portal. */
  portalTarget?: string | undefined;
}

/**
 * Counts per (month, admin level) plus a row per month over all levels (admin_level null,
 * all_levels true). Months are calendar months in Asia/Ho_Chi_Minh by received_at.
 * - on time: finished, and returned (or else finished) no later than due; no due date is on time
 * - result digitized: finished, and result_digitized true or null (no result documents, which
 *   TH's Decision 766 builder counts as digitized)
 */
export function kpiByLevelAndMonth(filter: KpiFilter): Query {
  return {
    text: `
      with d as (
        select x.*, to_char(x.received_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month,
          x.status = any($5::text[]) as finished
        from lienthong.dossier x
        where x.status = any($4::text[])
          and x.received_at >= (to_date($1, 'YYYY-MM')::timestamp at time zone 'Asia/Ho_Chi_Minh')
          and x.received_at < ((to_date($2, 'YYYY-MM') + interval '1 month')::timestamp at time zone 'Asia/Ho_Chi_Minh')
          and ($3::text is null or x.admin_level = $3)
      )
      select d.month, d.admin_level, grouping(d.admin_level) = 1 as all_levels,
        count(*)::int as received,
        count(*) filter (where d.channel = 'online')::int as online,
        count(*) filter (where d.has_digitized_components)::int as digitized_components,
        count(*) filter (where d.finished)::int as finished,
        count(*) filter (where d.finished and (d.due_at is null
          or coalesce(d.returned_at, d.finished_at) <= d.due_at))::int as on_time,
        count(*) filter (where d.finished and d.result_digitized is not false)::int as result_digitized,
        count(*) filter (where exists (
          select 1 from lienthong.delivery v
          where v.dossier_code = d.code and v.target = $6 and v.state = 'delivered'))::int as synced
      from d
      group by grouping sets ((d.month, d.admin_level), (d.month))
      order by d.month desc, all_levels, d.admin_level`,
    values: [
      filter.fromMonth,
      filter.toMonth,
      filter.adminLevel ?? null,
      [...RECEIVED_STATUSES],
      [...FINISHED_STATUSES],
      filter.portalTarget ?? 'national-portal',
    ],
  };
}

/** The admin levels that have dossiers, for the filter. */
export function kpiAdminLevels(): Query {
  return {
    text: 'select distinct admin_level from lienthong.dossier where admin_level is not null order by 1',
    values: [],
  };
}
