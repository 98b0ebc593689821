// SQL for scheduled work: probe results, reconciliation candidates, their pruning.
import type { Query } from './accept.ts';

export function insertChecks(
  rows: Array<{
    target: string;
    ok: boolean;
    latency_ms: number;
    error_class: string | null;
    reason: string | null;
  }>,
): Query {
  return {
    text: `insert into lienthong.connector_check (target, ok, latency_ms, error_class, reason)
           select target, ok, latency_ms, error_class, reason
           from jsonb_to_recordset($1::jsonb) as x(target text, ok boolean, latency_ms int, error_class text, reason text)`,
    values: [JSON.stringify(rows)],
  };
}

export function latestChecks(): Query {
  return {
    text: `select distinct on (target) target, checked_at, ok, latency_ms, error_class, reason
           from lienthong.connector_check order by target, checked_at desc`,
    values: [],
  };
}

export function pruneChecks(olderThanDays: number): Query {
  return {
    text: `delete from lienthong.connector_check where checked_at < now() - $1 * interval '1 day'`,
    values: [olderThanDays],
  };
}

/**
 * Dossiers changed in the last hours whose sync to the target was delivered and nothing is pending:
 * the target should agree with us about them.
 */
export function reconciliationCandidates(target: string, hours: number, limit: number): Query {
  return {
    text: `select d.code, d.status, r.payload as canonical from lienthong.dossier d
           join lienthong.exchange r on r.id = d.record_exchange_id
           where d.updated_at > now() - $2 * interval '1 hour' and r.payload is not null
             and exists (select 1 from lienthong.delivery x join lienthong.exchange e on e.id = x.exchange_id
                         where x.target = $1 and x.dossier_code = d.code and e.kind = 'dossier' and x.state = 'delivered')
             and not exists (select 1 from lienthong.delivery p
                             where p.target = $1 and p.dossier_code = d.code and p.state in ('pending', 'dead'))
           order by d.updated_at desc limit $3`,
    values: [target, hours, limit],
  };
}

/** Dossiers delivered to a sector target and not finished there yet: their results are awaited. */
export function awaitingResults(target: string, hours: number, limit: number): Query {
  return {
    text: `select d.code from lienthong.dossier d
           where d.status not in ('rejected', 'withdrawn', 'resolved', 'returned')
             and d.updated_at > now() - $2 * interval '1 hour'
             and exists (select 1 from lienthong.delivery x join lienthong.exchange e on e.id = x.exchange_id
                         where x.target = $1 and x.dossier_code = d.code and e.kind = 'dossier' and x.state = 'delivered')
             and not exists (select 1 from lienthong.exchange r where r.dossier_code = d.code and r.kind = 'result' and r.source = $1)
           order by d.updated_at limit $3`,
    values: [target, hours, limit],
  };
}
