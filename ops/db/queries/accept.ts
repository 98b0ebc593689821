// SQL for accept: a batch's exchanges, their deliveries, the dossier projection and the delivery
// jobs in ONE statement (writable CTEs) — one round trip, one transaction, prepared once.
export interface Query {
  text: string;
  values: unknown[];
}

export interface ExchangeRow {
  id: string;
  source: string;
  kind: string;
  dossier_code: string | null;
  idempotency_key: string | null;
  request_hash: string;
  natural_key: string;
  payload: unknown;
  trace_id: string | null;
}

export interface DeliveryRow {
  id: string;
  exchange_id: string;
  target: string;
  dossier_code: string | null;
}

/** The facts of a full dossier; its canonical record is the payload of its exchange. */
export interface DossierProjectionRow {
  code: string;
  procedure_code: string | null;
  status: string | null;
  channel: string | null;
  received_at: string | null;
  due_at: string | null;
  finished_at: string | null;
  admin_level: string | null;
  admin_unit: string | null;
  returned_at: string | null;
  has_digitized_components: boolean | null;
  result_digitized: boolean | null;
  sector_code: string | null;
  last_exchange_id: string;
}

/** A status change (progress or result) for a known dossier. */
export interface StatusChangeRow {
  code: string;
  status: string;
  finished_at: string | null;
  returned_at: string | null;
  result_digitized: boolean | null;
  last_exchange_id: string;
}

/** pg-boss's job insert of one queue (RETURNING id, `$1` = its jobs) and its NOTIFY, if any. */
export interface JobStatement {
  insertSql: string;
  placeholder: string;
  /** `SELECT pg_notify(…)` for a notify-enabled queue, else null. */
  notifySql: string | null;
}

/**
 * The batch statement. Parameters: $1 exchanges, $2 deliveries, $3 dossiers, $4 status changes
 * (JSON arrays of the row types above), then $5… the jobs of each queue in `jobs`' order. Only
 * what belongs to an exchange inserted now is written: one skipped as a duplicate gets no
 * delivery, job or projection update. The caller puts at most one message per dossier in a batch
 * (a statement cannot update a row it inserted). One row back: the ids inserted.
 */
export function acceptStatement(jobs: JobStatement[]): string {
  const ctes = [
    `ex as (
      insert into lienthong.exchange
        (id, source, kind, dossier_code, idempotency_key, request_hash, natural_key, payload, trace_id)
      select id, source, kind, dossier_code, idempotency_key, request_hash, natural_key, payload, trace_id
      from jsonb_to_recordset($1::jsonb) as x(
        id uuid, source text, kind text, dossier_code text, idempotency_key text,
        request_hash text, natural_key text, payload jsonb, trace_id text)
      on conflict do nothing
      returning id)`,
    `del as (
      insert into lienthong.delivery (id, exchange_id, target, dossier_code)
      select x.id, x.exchange_id, x.target, x.dossier_code
      from json_to_recordset($2::json) as x(id uuid, exchange_id uuid, target text, dossier_code text)
      where x.exchange_id in (select id from ex)
      returning id)`,
    `dos as (
      insert into lienthong.dossier
        (code, procedure_code, status, channel, received_at, due_at, finished_at, admin_level, admin_unit,
         returned_at, has_digitized_components, result_digitized, sector_code, record_exchange_id,
         last_exchange_id)
      select x.code, x.procedure_code, x.status, x.channel, x.received_at, x.due_at, x.finished_at, x.admin_level,
         x.admin_unit, x.returned_at, x.has_digitized_components, x.result_digitized, x.sector_code,
         x.last_exchange_id, x.last_exchange_id
      from json_to_recordset($3::json) as x(
        code text, procedure_code text, status text, channel text, received_at timestamptz, due_at timestamptz,
        finished_at timestamptz, admin_level text, admin_unit text, returned_at timestamptz,
        has_digitized_components boolean, result_digitized boolean, sector_code text, last_exchange_id uuid)
      where x.last_exchange_id in (select id from ex)
      on conflict (code) do update set
        procedure_code = excluded.procedure_code, status = excluded.status, channel = excluded.channel,
        received_at = excluded.received_at, due_at = excluded.due_at, finished_at = excluded.finished_at,
        admin_level = excluded.admin_level, admin_unit = excluded.admin_unit, returned_at = excluded.returned_at,
        has_digitized_components = excluded.has_digitized_components, result_digitized = excluded.result_digitized,
        sector_code = excluded.sector_code, record_exchange_id = excluded.record_exchange_id,
        last_exchange_id = excluded.last_exchange_id, updated_at = now())`,
    `st as (
      update lienthong.dossier d set status = x.status,
        finished_at = coalesce(x.finished_at, d.finished_at), returned_at = coalesce(x.returned_at, d.returned_at),
        result_digitized = coalesce(x.result_digitized, d.result_digitized),
        last_exchange_id = x.last_exchange_id, updated_at = now()
      from json_to_recordset($4::json) as x(code text, status text, finished_at timestamptz,
        returned_at timestamptz, result_digitized boolean, last_exchange_id uuid)
      where d.code = x.code and x.last_exchange_id in (select id from ex))`,
  ];
  const notified: string[] = [];
  for (const [i, job] of jobs.entries()) {
    // pg-boss reads its jobs from `$1::text::json`: in its place, those whose delivery was inserted.
    const fresh = `(select coalesce(json_agg(j.value), '[]')::text
        from json_array_elements($${5 + i}::json) as j
        where (j.value->>'id')::uuid in (select id from del))`;
    ctes.push(`job${i} as (${job.insertSql.replace(job.placeholder, () => fresh)})`);
    if (job.notifySql) {
      // As pg-boss's own insert: wake the queue's workers when a job was inserted.
      ctes.push(`notify${i} as (${job.notifySql} from job${i} limit 1)`);
      notified.push(`(select count(*) from notify${i})`);
    }
  }
  const notifiedColumn = notified.length > 0 ? notified.join(' + ') : '0';
  return `with ${ctes.join(',\n')}
    select coalesce((select json_agg(id) from ex), '[]') as inserted, ${notifiedColumn} as notified`;
}

/** Finds the exchanges that earlier requests created for the given keys (duplicates). */
export function findExistingExchanges(
  keys: Array<{ source: string; idempotency_key: string | null; natural_key: string }>,
): Query {
  return {
    text: `
      select e.id, e.source, e.idempotency_key, e.natural_key, e.request_hash, e.kind,
             coalesce(jsonb_agg(jsonb_build_object('target', d.target, 'id', d.id) order by d.id)
               filter (where d.id is not null), '[]') as deliveries
      from jsonb_to_recordset($1::jsonb) as k(source text, idempotency_key text, natural_key text)
      join lienthong.exchange e on e.source = k.source
        and ((k.idempotency_key is not null and e.idempotency_key = k.idempotency_key)
             or (e.natural_key = k.natural_key and e.parent_id is null))
      left join lienthong.delivery d on d.exchange_id = e.id
      group by e.id`,
    values: [JSON.stringify(keys)],
  };
}
