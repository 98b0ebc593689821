-- Audit trail: who did what, when, to which subject (denials, lookups, operator actions).
-- Subjects that are personal data are stored hashed, never in clear.
create table lienthong.audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_kind text not null check (actor_kind in ('member', 'operator', 'system')),
  actor_id text not null,
  action text not null,
  outcome text not null,
  subject text,
  purpose text,
  dossier_code text,
  trace_id text,
  detail jsonb not null default '{}'::jsonb
);
create index audit_log_at on lienthong.audit_log (at);
create index audit_log_actor on lienthong.audit_log (actor_id, at);
