-- Connector health probes: each check() result, for the console's history and the overview tiles.
create table lienthong.connector_check (
  id bigint generated always as identity primary key,
  target text not null,
  checked_at timestamptz not null default now(),
  ok boolean not null,
  latency_ms integer not null,
  error_class text,
  reason text
);
create index connector_check_target on lienthong.connector_check (target, checked_at desc);
