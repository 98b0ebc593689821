// SQL for operator actions on deliveries: dead-letter listing, replay, skip, pause, audit.
import type { Query } from './accept.ts';

export interface DeadLetterFilter {
  target?: string | undefined;
  dossierCode?: string | undefined;
  reason?: string | undefined;
  since?: string | undefined;
  limit?: number | undefined;
}

export function listDeadLetters(filter: DeadLetterFilter): Query {
  const where = ["d.state = 'dead'"];
  const values: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    values.push(value);
    where.push(clause.replace('?', `$${values.length}`));
  };
  if (filter.target) add('d.target = ?', filter.target);
  if (filter.dossierCode) add('d.dossier_code = ?', filter.dossierCode);
  if (filter.reason) add('d.reason = ?', filter.reason);
  if (filter.since) add('d.updated_at >= ?', filter.since);
  values.push(Math.min(filter.limit ?? 100, 1000));
  return {
    text: `
      select d.id, d.exchange_id, d.target, d.dossier_code, d.reason, d.attempts, d.last_error,
             d.updated_at, e.kind, e.source,
             (select count(*)::int from lienthong.delivery p
               where p.target = d.target and p.dossier_code = d.dossier_code
                 and p.state = 'pending' and (p.created_at, p.id) > (d.created_at, d.id)) as parked
      from lienthong.delivery d join lienthong.exchange e on e.id = d.exchange_id
      where ${where.join(' and ')}
      order by d.updated_at desc
      limit $${values.length}`,
    values,
  };
}

export function deliveriesByIds(ids: string[]): Query {
  return {
    text: 'select id, target, state, dossier_code, exchange_id, last_request from lienthong.delivery where id = any($1::uuid[])',
    values: [ids],
  };
}

export function markDeliveries(
  ids: string[],
  state: 'pending' | 'skipped',
  reason: string | null,
): Query {
  return {
    text: 'update lienthong.delivery set state = $2, reason = $3, updated_at = now() where id = any($1::uuid[])',
    values: [ids, state, reason],
  };
}

export function deleteJobs(queue: string, ids: string[]): Query {
  return {
    text: 'delete from pgboss.job where name = $1 and id = any($2::uuid[]) and state = $3',
    values: [queue, ids, 'failed'],
  };
}

export function setTargetPaused(
  target: string,
  paused: boolean,
  reason: string | null,
  by: string,
): Query {
  return {
    text: `
      insert into lienthong.target_state (target, paused, reason, changed_by) values ($1, $2, $3, $4)
      on conflict (target) do update set paused = excluded.paused, reason = excluded.reason,
        changed_by = excluded.changed_by, changed_at = now()`,
    values: [target, paused, reason, by],
  };
}

export interface AuditEntry {
  actor_kind: 'member' | 'operator' | 'system';
  actor_id: string;
  action: string;
  outcome: string;
  subject?: string | null;
  purpose?: string | null;
  dossier_code?: string | null;
  trace_id?: string | null;
  detail?: Record<string, unknown>;
}

export function insertAudit(entries: AuditEntry[]): Query {
  return {
    text: `
      insert into lienthong.audit_log (actor_kind, actor_id, action, outcome, subject, purpose, dossier_code, trace_id, detail)
      select actor_kind, actor_id, action, outcome, subject, purpose, dossier_code, trace_id, coalesce(detail, '{}'::jsonb)
      from jsonb_to_recordset($1::jsonb) as x(actor_kind text, actor_id text, action text, outcome text, subject text,
        purpose text, dossier_code text, trace_id text, detail jsonb)`,
    values: [JSON.stringify(entries)],
  };
}
