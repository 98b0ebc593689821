// SQL for the procedure catalogue: upserts with change detection, integration flags, sync runs.
import type { Query } from './accept.ts';

export interface ProcedureRow {
  code: string;
  name: string;
  sector_code: string | null;
  sector_name: string | null;
  portal_integrated: boolean;
  canonical: unknown;
  content_hash: string;
}

/** Upserts procedures; returns each code with whether it was added or changed. */
export function upsertProcedures(rows: ProcedureRow[]): Query {
  return {
    text: `
      with input as (
        select * from jsonb_to_recordset($1::jsonb) as x(
          code text, name text, sector_code text, sector_name text, portal_integrated boolean,
          canonical jsonb, content_hash text)
      ), before as (
        select p.code, p.content_hash from lienthong.procedure p join input using (code)
      ), upserted as (
        insert into lienthong.procedure (code, name, sector_code, sector_name, portal_integrated, canonical, content_hash)
        select code, name, sector_code, sector_name, portal_integrated, canonical, content_hash from input
        on conflict (code) do update set
          name = excluded.name, sector_code = excluded.sector_code, sector_name = excluded.sector_name,
          portal_integrated = excluded.portal_integrated, canonical = excluded.canonical,
          content_hash = excluded.content_hash, synced_at = now(),
          changed_at = case when lienthong.procedure.content_hash = excluded.content_hash
                            then lienthong.procedure.changed_at else now() end
        returning code
      )
      select u.code,
             case when b.code is null then 'added' when b.content_hash <> i.content_hash then 'changed' else 'same' end as change
      from upserted u join input i using (code) left join before b using (code)`,
    values: [JSON.stringify(rows)],
  };
}

/** Marks procedures the portal no longer lists as not integrated; returns how many changed. */
export function markMissingNotIntegrated(presentCodes: string[]): Query {
  return {
    text: `update lienthong.procedure set portal_integrated = false, changed_at = now()
           where portal_integrated and not (code = any($1::text[])) returning code`,
    values: [presentCodes],
  };
}

export function integrationFlags(codes: string[]): Query {
  return {
    text: `select p.code, p.portal_integrated, p.sector_code from lienthong.procedure p where p.code = any($1::text[])
           union all
           select a.local_code, p.portal_integrated, p.sector_code from lienthong.procedure_alias a
           join lienthong.procedure p on p.code = a.national_code where a.local_code = any($1::text[])`,
    values: [codes],
  };
}

export function startSyncRun(): Query {
  return {
    text: 'insert into lienthong.catalogue_sync_run default values returning id',
    values: [],
  };
}

export function finishSyncRun(
  id: number,
  result: {
    outcome: 'ok' | 'failed';
    total?: number;
    integrated?: number;
    added?: number;
    changed?: number;
    removed?: number;
    pushed?: number;
    error?: string;
  },
): Query {
  return {
    text: `update lienthong.catalogue_sync_run set finished_at = now(), outcome = $2, total = $3, integrated = $4,
             added = $5, changed = $6, removed = $7, pushed = $8, error = $9 where id = $1`,
    values: [
      id,
      result.outcome,
      result.total ?? null,
      result.integrated ?? null,
      result.added ?? null,
      result.changed ?? null,
      result.removed ?? null,
      result.pushed ?? null,
      result.error ?? null,
    ],
  };
}

export function catalogueCoverage(): Query {
  return {
    text: `select count(*)::int as total, count(*) filter (where portal_integrated)::int as integrated,
                  max(synced_at) as last_synced,
                  (select row_to_json(r) from (select * from lienthong.catalogue_sync_run order by id desc limit 1) r) as last_run
           from lienthong.procedure`,
    values: [],
  };
}

export function dossierProcedureCode(code: string): Query {
  return { text: 'select procedure_code from lienthong.dossier where code = $1', values: [code] };
}

/** The targets a dossier itself was routed to. */
export function dossierTargets(code: string): Query {
  return {
    text: `select distinct d.target from lienthong.delivery d join lienthong.exchange e on e.id = d.exchange_id
           where d.dossier_code = $1 and e.kind = 'dossier'`,
    values: [code],
  };
}
