-- The procedure catalogue: national procedures (from the portal's CSDL TTHC) and local variants,
-- which of them are integrated with the portal, and the history of catalogue sync runs.
create table lienthong.procedure (
  code text primary key,
  name text not null,
  sector_code text,
  sector_name text,
  -- Published and integrated with the national portal (routes may depend on it).
  portal_integrated boolean not null default false,
  canonical jsonb not null,
  -- sha256 of the canonical JSON: a change of content is a change, a re-sync of the same is not.
  content_hash text not null,
  synced_at timestamptz not null default now(),
  changed_at timestamptz not null default now()
);

-- Local procedure codes (e.g. 1.001776.000.00.00.H26) mapped to national codes.
create table lienthong.procedure_alias (
  local_code text primary key,
  national_code text not null
);

create table lienthong.catalogue_sync_run (
  id bigint generated always as identity primary key,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  outcome text not null default 'running' check (outcome in ('running', 'ok', 'failed')),
  total integer,
  integrated integer,
  added integer,
  changed integer,
  removed integer,
  pushed integer,
  error text
);
