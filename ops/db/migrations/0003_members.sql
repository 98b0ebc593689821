-- Member systems (the one-stop system, sector systems) that call the gateway: their rights, API keys
-- and OAuth2 clients. Only hashes of keys and secrets are stored, never the secrets themselves.

create table lienthong.member (
  id text primary key,
  name text not null,
  -- Operations the member may call, e.g. dossier.submit; '*' means all. Config-as-code owns these.
  rights text[] not null default '{}',
  status text not null default 'active' check (status in ('active', 'revoked')),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  -- Optional mTLS binding: lower-case hex sha256 of the client certificate (DER).
  cert_fingerprint text check (cert_fingerprint ~ '^[0-9a-f]{64}$')
);

create table lienthong.member_key (
  id uuid primary key,
  member_id text not null references lienthong.member (id),
  -- The random 8 characters after lt_: finds the key and names it to operators.
  key_prefix text not null,
  -- sha256 of the whole key: keys carry 256 random bits, so a fast hash is enough.
  key_hash text not null,
  created_at timestamptz not null default now(),
  -- Set when the key is rotated: it keeps working until then (the overlap).
  expires_at timestamptz,
  revoked_at timestamptz
);
create unique index member_key_prefix on lienthong.member_key (key_prefix);
create index member_key_member on lienthong.member_key (member_id);

create table lienthong.member_client (
  client_id text primary key,
  member_id text not null references lienthong.member (id),
  -- scrypt of the client secret (people copy secrets around, so a slow hash).
  secret_hash text not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
create index member_client_member on lienthong.member_client (member_id);
