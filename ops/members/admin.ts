// Managing members: create, rotate keys with overlap, revoke, list, OAuth2 clients, config sync.
import { randomUUID } from 'node:crypto';
import { MemberSchema } from '../config/file.ts';
import { type Pool, type PoolClient, withTransaction } from '../db/pool.ts';
import {
  expireMemberKeys,
  insertMember,
  insertMemberClient,
  insertMemberKey,
  listMembers,
  type MemberListRow,
  type MemberRow,
  memberById,
  membersNotIn,
  revokeMember,
  setCertFingerprint,
  upsertMembers,
} from '../db/queries/members.ts';
import { generateApiKey, generateClientCredentials, normalizeFingerprint } from './keys.ts';
import { isValidRight } from './rights.ts';
import { hashSecret } from './secrets.ts';
import type { MemberDeclaration, MemberService, Outcome } from './types.ts';

export const DEFAULT_OVERLAP_HOURS = 24;
const MAX_OVERLAP_HOURS = 24 * 90;
const HOUR_MS = 3_600_000;

type Admin = Pick<
  MemberService,
  | 'createMember'
  | 'rotateKey'
  | 'revoke'
  | 'list'
  | 'createClient'
  | 'bindCertificate'
  | 'syncMembersFromConfig'
>;

const invalid = (detail: string) => ({ ok: false, code: 'member.invalid', detail }) as const;

/** The config schema's rules for id, name and rights, plus: rights must fit in a scope string. */
function checkDeclaration(input: MemberDeclaration): string | undefined {
  const parsed = MemberSchema.safeParse(input);
  if (!parsed.success)
    return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  const bad = input.rights.filter((right) => !isValidRight(right));
  if (bad.length > 0)
    return `rights: not a right name: ${bad.join(', ')} (e.g. dossier.submit or *)`;
  return undefined;
}

/** A new key's random prefix may, very rarely, collide with a stored one: draw again. */
async function retryingPrefixCollision<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const pgError = error as { code?: string; constraint?: string };
      const collided = pgError.code === '23505' && pgError.constraint === 'member_key_prefix';
      if (!collided || attempt >= 3) throw error;
    }
  }
}

async function addKey(client: PoolClient, memberId: string, now: Date) {
  const key = generateApiKey();
  await client.query(
    insertMemberKey({ id: randomUUID(), memberId, prefix: key.prefix, hash: key.hash, now }),
  );
  return { apiKey: key.key, keyPrefix: key.prefix };
}

async function activeMember(
  db: Pick<Pool, 'query'>,
  id: string,
): Promise<Outcome<{ member: MemberRow }>> {
  const { rows } = await db.query<MemberRow>(memberById(id));
  const member = rows[0];
  if (!member) return { ok: false, code: 'member.not_found' };
  if (member.status !== 'active') return { ok: false, code: 'member.revoked' };
  return { ok: true, member };
}

const asDate = (value: string | null) => (value === null ? null : new Date(value));

function summary(row: MemberListRow) {
  return {
    id: row.id,
    name: row.name,
    rights: row.rights,
    certFingerprint: row.cert_fingerprint,
    status: row.status,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    keys: row.keys.map((k) => ({
      prefix: k.prefix,
      createdAt: new Date(k.created_at),
      expiresAt: asDate(k.expires_at),
      revokedAt: asDate(k.revoked_at),
    })),
    clients: row.clients.map((c) => ({
      clientId: c.client_id,
      createdAt: new Date(c.created_at),
      revokedAt: asDate(c.revoked_at),
    })),
  };
}

export function createMemberAdmin(pool: Pool, now: () => Date): Admin {
  return {
    async createMember(input) {
      const problem = checkDeclaration(input);
      if (problem) return invalid(problem);
      let certFingerprint: string | null = null;
      if (input.certFingerprint !== undefined) {
        const normalized = normalizeFingerprint(input.certFingerprint);
        if (!normalized) return invalid('certFingerprint: expected a sha256 fingerprint (64 hex)');
        certFingerprint = normalized;
      }
      return retryingPrefixCollision(() =>
        withTransaction(pool, async (client) => {
          const at = now();
          const { rowCount } = await client.query(
            insertMember({ ...input, rights: [...input.rights], certFingerprint, now: at }),
          );
          if (rowCount === 0) return { ok: false, code: 'member.exists' } as const;
          return { ok: true, ...(await addKey(client, input.id, at)) } as const;
        }),
      );
    },

    async rotateKey(memberId, options = {}) {
      const overlapHours = options.overlapHours ?? DEFAULT_OVERLAP_HOURS;
      if (!Number.isFinite(overlapHours) || overlapHours < 0 || overlapHours > MAX_OVERLAP_HOURS)
        return invalid(`overlapHours: expected 0 to ${MAX_OVERLAP_HOURS}`);
      return retryingPrefixCollision(() =>
        withTransaction(pool, async (client) => {
          const found = await activeMember(client, memberId);
          if (!found.ok) return found;
          const at = now();
          const previousKeysExpireAt = new Date(at.getTime() + overlapHours * HOUR_MS);
          await client.query(expireMemberKeys(memberId, previousKeysExpireAt));
          return {
            ok: true,
            previousKeysExpireAt,
            ...(await addKey(client, memberId, at)),
          } as const;
        }),
      );
    },

    async revoke(memberId) {
      const { rows } = await pool.query<{ members: number; keys: number; clients: number }>(
        revokeMember(memberId, now()),
      );
      const counts = rows[0];
      if (!counts || counts.members === 0) return { ok: false, code: 'member.not_found' };
      return { ok: true, keysRevoked: counts.keys, clientsRevoked: counts.clients };
    },

    async list() {
      const { rows } = await pool.query<MemberListRow>(listMembers());
      return rows.map(summary);
    },

    async createClient(memberId) {
      const found = await activeMember(pool, memberId);
      if (!found.ok) return found;
      const { clientId, clientSecret } = generateClientCredentials();
      const secretHash = await hashSecret(clientSecret);
      await pool.query(insertMemberClient({ clientId, memberId, secretHash, now: now() }));
      return { ok: true, clientId, clientSecret };
    },

    async bindCertificate(memberId, fingerprint) {
      const normalized = fingerprint === null ? null : normalizeFingerprint(fingerprint);
      if (normalized === undefined)
        return invalid('fingerprint: expected a sha256 fingerprint (64 hex)');
      const { rowCount } = await pool.query(setCertFingerprint(memberId, normalized));
      return rowCount === 0 ? { ok: false, code: 'member.not_found' } : { ok: true };
    },

    async syncMembersFromConfig(members) {
      const problems = members.flatMap((m, index) => {
        const problem = checkDeclaration(m);
        return problem ? [`members.${index} (${m.id}): ${problem}`] : [];
      });
      const ids = members.map((m) => m.id);
      const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
      if (duplicates.length > 0)
        problems.push(`declared twice: ${[...new Set(duplicates)].join(', ')}`);
      if (problems.length > 0) return invalid(problems.join('; '));
      return withTransaction(pool, async (client) => {
        const declared = members.map(({ id, name, rights }) => ({ id, name, rights }));
        const { rows } = await client.query<{ id: string; inserted: boolean }>(
          upsertMembers(declared, now()),
        );
        const others = await client.query<{ id: string }>(membersNotIn(ids));
        return {
          ok: true,
          created: rows.filter((r) => r.inserted).map((r) => r.id),
          updated: rows.filter((r) => !r.inserted).map((r) => r.id),
          undeclared: others.rows.map((r) => r.id),
        } as const;
      });
    },
  };
}
