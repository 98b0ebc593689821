// SQL for the accept transaction: exchanges, their deliveries and the dossier projection, in bulk.
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

/** Inserts the batch; rows that collide on an idempotency or natural key are skipped, not failed. */
export function insertExchanges(rows: ExchangeRow[]): Query {
  return {
    text: `
      insert into lienthong.exchange
        (id, source, kind, dossier_code, idempotency_key, request_hash, natural_key, payload, trace_id)
      select id, source, kind, dossier_code, idempotency_key, request_hash, natural_key, payload, trace_id
      from jsonb_to_recordset($1::jsonb) as x(
        id uuid, source text, kind text, dossier_code text, idempotency_key text,
        request_hash text, natural_key text, payload jsonb, trace_id text)
      on conflict do nothing
      returning id`,
    values: [JSON.stringify(rows)],
  };
}

/** Finds the exchanges that earlier requests created for the given keys (duplicates). */
export function findExistingExchanges(
  keys: Array<{ source: string; idempotency_key: string | null; natural_key: string }>,
): Query {
  return {
    text: `
      select e.id, e.source, e.idempotency_key, e.natural_key, e.request_hash, e.kind,
             coalesce(jsonb_agg(jsonb_build_object('target', d.target, 'id', d.id)) filter (where d.id is not null), '[]') as deliveries
      from jsonb_to_recordset($1::jsonb) as k(source text, idempotency_key text, natural_key text)
      join lienthong.exchange e on e.source = k.source
        and ((k.idempotency_key is not null and e.idempotency_key = k.idempotency_key)
             or (e.natural_key = k.natural_key and e.parent_id is null))
      left join lienthong.delivery d on d.exchange_id = e.id
      group by e.id`,
    values: [JSON.stringify(keys)],
  };
}

export interface DeliveryRow {
  id: string;
  exchange_id: string;
  target: string;
  dossier_code: string | null;
}

export function insertDeliveries(rows: DeliveryRow[]): Query {
  return {
    text: `
      insert into lienthong.delivery (id, exchange_id, target, dossier_code)
      select id, exchange_id, target, dossier_code
      from jsonb_to_recordset($1::jsonb) as x(id uuid, exchange_id uuid, target text, dossier_code text)`,
    values: [JSON.stringify(rows)],
  };
}

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
  canonical: unknown;
  last_exchange_id: string;
}

/** Upserts the latest full dossier (one row per code: the caller keeps the last of a batch). */
export function upsertDossiers(rows: DossierProjectionRow[]): Query {
  return {
    text: `
      insert into lienthong.dossier
        (code, procedure_code, status, channel, received_at, due_at, finished_at, admin_level, admin_unit,
         returned_at, has_digitized_components, result_digitized, sector_code, canonical, last_exchange_id)
      select code, procedure_code, status, channel, received_at, due_at, finished_at, admin_level, admin_unit,
         returned_at, has_digitized_components, result_digitized, sector_code, canonical, last_exchange_id
      from jsonb_to_recordset($1::jsonb) as x(
        code text, procedure_code text, status text, channel text, received_at timestamptz, due_at timestamptz,
        finished_at timestamptz, admin_level text, admin_unit text, returned_at timestamptz,
        has_digitized_components boolean, result_digitized boolean, sector_code text, canonical jsonb, last_exchange_id uuid)
      on conflict (code) do update set
        procedure_code = excluded.procedure_code, status = excluded.status, channel = excluded.channel,
        received_at = excluded.received_at, due_at = excluded.due_at, finished_at = excluded.finished_at,
        admin_level = excluded.admin_level, admin_unit = excluded.admin_unit, returned_at = excluded.returned_at,
        has_digitized_components = excluded.has_digitized_components, result_digitized = excluded.result_digitized,
        sector_code = excluded.sector_code, canonical = excluded.canonical,
        last_exchange_id = excluded.last_exchange_id, updated_at = now()`,
    values: [JSON.stringify(rows)],
  };
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

export function updateDossierStatuses(rows: StatusChangeRow[]): Query {
  return {
    text: `
      update lienthong.dossier d set status = x.status,
        finished_at = coalesce(x.finished_at, d.finished_at), returned_at = coalesce(x.returned_at, d.returned_at),
        result_digitized = coalesce(x.result_digitized, d.result_digitized),
        last_exchange_id = x.last_exchange_id, updated_at = now()
      from jsonb_to_recordset($1::jsonb) as x(code text, status text, finished_at timestamptz, returned_at timestamptz,
        result_digitized boolean, last_exchange_id uuid)
      where d.code = x.code`,
    values: [JSON.stringify(rows)],
  };
}
