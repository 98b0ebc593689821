// SQL for member systems: members, their API keys and OAuth2 clients (hashes only), and listings.
import type { Query } from './accept.ts';

export interface MemberRow {
  id: string;
  name: string;
  rights: string[];
  status: 'active' | 'revoked';
  cert_fingerprint: string | null;
}

/** Inserts a member unless the id exists; returns its id only when it was inserted. */
export function insertMember(member: {
  id: string;
  name: string;
  rights: string[];
  certFingerprint: string | null;
  now: Date;
}): Query {
  return {
    text: `
      insert into lienthong.member (id, name, rights, cert_fingerprint, created_at)
      values ($1, $2, $3::text[], $4, $5)
      on conflict (id) do nothing
      returning id`,
    values: [member.id, member.name, member.rights, member.certFingerprint, member.now],
  };
}

export function memberById(id: string): Query {
  return {
    text: 'select id, name, rights, status, cert_fingerprint from lienthong.member where id = $1',
    values: [id],
  };
}

export function insertMemberKey(key: {
  id: string;
  memberId: string;
  prefix: string;
  hash: string;
  now: Date;
}): Query {
  return {
    text: `
      insert into lienthong.member_key (id, member_id, key_prefix, key_hash, created_at)
      values ($1, $2, $3, $4, $5)`,
    values: [key.id, key.memberId, key.prefix, key.hash, key.now],
  };
}

export interface KeyLookupRow extends MemberRow {
  key_hash: string;
  expires_at: Date | null;
  revoked_at: Date | null;
}

export function keyByPrefix(prefix: string): Query {
  return {
    text: `
      select k.key_hash, k.expires_at, k.revoked_at,
             m.id, m.name, m.rights, m.status, m.cert_fingerprint
      from lienthong.member_key k join lienthong.member m on m.id = k.member_id
      where k.key_prefix = $1`,
    values: [prefix],
  };
}

/** Makes the member's live keys expire at `expiresAt` (never later than they already would). */
export function expireMemberKeys(memberId: string, expiresAt: Date): Query {
  return {
    text: `
      update lienthong.member_key set expires_at = $2
      where member_id = $1 and revoked_at is null and (expires_at is null or expires_at > $2)`,
    values: [memberId, expiresAt],
  };
}

/** Revokes the member, its keys and its clients in one statement; counts what it changed. */
export function revokeMember(memberId: string, now: Date): Query {
  return {
    text: `
      with m as (
        update lienthong.member set status = 'revoked', revoked_at = coalesce(revoked_at, $2)
        where id = $1 returning id),
      k as (
        update lienthong.member_key set revoked_at = $2
        where member_id in (select id from m) and revoked_at is null returning 1),
      c as (
        update lienthong.member_client set revoked_at = $2
        where member_id in (select id from m) and revoked_at is null returning 1)
      select (select count(*) from m)::int as members, (select count(*) from k)::int as keys,
             (select count(*) from c)::int as clients`,
    values: [memberId, now],
  };
}

export function setCertFingerprint(memberId: string, fingerprint: string | null): Query {
  return {
    text: 'update lienthong.member set cert_fingerprint = $2 where id = $1 returning id',
    values: [memberId, fingerprint],
  };
}

export function insertMemberClient(client: {
  clientId: string;
  memberId: string;
  secretHash: string;
  now: Date;
}): Query {
  return {
    text: `
      insert into lienthong.member_client (client_id, member_id, secret_hash, created_at)
      values ($1, $2, $3, $4)`,
    values: [client.clientId, client.memberId, client.secretHash, client.now],
  };
}

export interface ClientLookupRow extends MemberRow {
  secret_hash: string;
  client_revoked_at: Date | null;
}

export function clientById(clientId: string): Query {
  return {
    text: `
      select c.secret_hash, c.revoked_at as client_revoked_at,
             m.id, m.name, m.rights, m.status, m.cert_fingerprint
      from lienthong.member_client c join lienthong.member m on m.id = c.member_id
      where c.client_id = $1`,
    values: [clientId],
  };
}

/** Upserts id, name and rights from config-as-code; status, keys and clients are left alone. */
export function upsertMembers(
  members: ReadonlyArray<{ id: string; name: string; rights: readonly string[] }>,
  now: Date,
): Query {
  return {
    text: `
      insert into lienthong.member (id, name, rights, created_at)
      select x.id, x.name, array(select jsonb_array_elements_text(x.rights)), $2
      from jsonb_to_recordset($1::jsonb) as x(id text, name text, rights jsonb)
      on conflict (id) do update set name = excluded.name, rights = excluded.rights
        where (lienthong.member.name, lienthong.member.rights) is distinct from (excluded.name, excluded.rights)
      returning id, (xmax = 0) as inserted`,
    values: [JSON.stringify(members), now],
  };
}

/** Members in the database that the given list does not declare. */
export function membersNotIn(ids: readonly string[]): Query {
  return {
    text: 'select id from lienthong.member where not (id = any($1::text[])) order by id',
    values: [ids],
  };
}

export interface MemberListRow extends MemberRow {
  created_at: Date;
  revoked_at: Date | null;
  keys: Array<{
    prefix: string;
    created_at: string;
    expires_at: string | null;
    revoked_at: string | null;
  }>;
  clients: Array<{ client_id: string; created_at: string; revoked_at: string | null }>;
}

export function listMembers(): Query {
  return {
    text: `
      select m.id, m.name, m.rights, m.status, m.cert_fingerprint, m.created_at, m.revoked_at,
        coalesce((select jsonb_agg(jsonb_build_object('prefix', k.key_prefix, 'created_at', k.created_at,
                    'expires_at', k.expires_at, 'revoked_at', k.revoked_at) order by k.created_at)
                  from lienthong.member_key k where k.member_id = m.id), '[]') as keys,
        coalesce((select jsonb_agg(jsonb_build_object('client_id', c.client_id, 'created_at', c.created_at,
                    'revoked_at', c.revoked_at) order by c.created_at)
                  from lienthong.member_client c where c.member_id = m.id), '[]') as clients
      from lienthong.member m
      order by m.id`,
    values: [],
  };
}
