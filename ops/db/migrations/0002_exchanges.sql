-- The exchange log: every accepted message, one delivery per target, each attempt, and the
-- latest canonical state of each dossier. Written in the same transaction as the delivery jobs.

create table lienthong.exchange (
  id uuid primary key,
  received_at timestamptz not null default now(),
  source text not null,
  kind text not null,
  dossier_code text,
  -- Client-supplied Idempotency-Key and the hash of the request it came with.
  idempotency_key text,
  request_hash text not null,
  -- kind + dossier code + content hash: an identical resubmission without a key is a duplicate.
  natural_key text not null,
  payload jsonb,
  trace_id text,
  -- Set when this exchange is an operator replay or resend of another (lineage).
  parent_id uuid references lienthong.exchange (id)
);
create unique index exchange_idempotency on lienthong.exchange (source, idempotency_key)
  where idempotency_key is not null;
create unique index exchange_natural on lienthong.exchange (source, natural_key)
  where parent_id is null;
create index exchange_dossier on lienthong.exchange (dossier_code, received_at);
create index exchange_received on lienthong.exchange (received_at);
create index exchange_trace on lienthong.exchange (trace_id) where trace_id is not null;

create table lienthong.delivery (
  id uuid primary key,
  exchange_id uuid not null references lienthong.exchange (id),
  target text not null,
  dossier_code text,
  state text not null default 'pending'
    check (state in ('pending', 'delivered', 'dead', 'skipped')),
  attempts integer not null default 0,
  -- Classified reason of the last failure, e.g. portal.rejected or attempts_exhausted.
  reason text,
  last_error jsonb,
  last_request jsonb,
  last_response jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  delivered_at timestamptz
);
create index delivery_exchange on lienthong.delivery (exchange_id);
create index delivery_target_state on lienthong.delivery (target, state, updated_at);
create index delivery_dossier on lienthong.delivery (dossier_code, target, created_at);

create table lienthong.delivery_attempt (
  id bigint generated always as identity primary key,
  delivery_id uuid not null references lienthong.delivery (id),
  attempt integer not null,
  started_at timestamptz not null,
  duration_ms integer not null,
  outcome text not null check (outcome in ('delivered', 'retry', 'dead', 'skipped_circuit_open')),
  error_class text,
  reason text,
  detail text
);
create index delivery_attempt_delivery on lienthong.delivery_attempt (delivery_id, attempt);
create index delivery_attempt_started on lienthong.delivery_attempt (started_at);

-- Latest canonical state of each dossier, for status queries, reconciliation and KPIs.
create table lienthong.dossier (
  code text primary key,
  procedure_code text,
  status text,
  channel text,
  received_at timestamptz,
  due_at timestamptz,
  finished_at timestamptz,
  admin_level text,
  admin_unit text,
  canonical jsonb not null,
  updated_at timestamptz not null default now(),
  last_exchange_id uuid not null
);
create index dossier_received on lienthong.dossier (received_at);
create index dossier_updated on lienthong.dossier (updated_at);

-- Operator switches per target: pause/resume, with who and why.
create table lienthong.target_state (
  target text primary key,
  paused boolean not null default false,
  reason text,
  changed_by text,
  changed_at timestamptz not null default now()
);
