-- Operator console accounts (viewer < operator < admin) and their sessions. Passwords are stored as
-- salted scrypt hashes; session tokens as sha256 of 256 random bits, never in clear.
create table lienthong.operator (
  id uuid primary key,
  username text not null,
  password_hash text not null,
  role text not null check (role in ('viewer', 'operator', 'admin')),
  created_at timestamptz not null default now(),
  disabled_at timestamptz,
  constraint operator_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$')
);
create unique index operator_username on lienthong.operator (username);

create table lienthong.operator_session (
  -- sha256 (hex) of the cookie's token: a database read does not yield a usable session.
  token_hash text primary key,
  operator_id uuid not null references lienthong.operator (id) on delete cascade,
  -- Echoed in a hidden field of every form; a POST without it is refused.
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index operator_session_operator on lienthong.operator_session (operator_id);
create index operator_session_expires on lienthong.operator_session (expires_at);
