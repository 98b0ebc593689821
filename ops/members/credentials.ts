// Checking credentials: API keys, OAuth2 client credentials → access tokens, and access tokens.
import type { Pool } from '../db/pool.ts';
import {
  type ClientLookupRow,
  clientById,
  type KeyLookupRow,
  keyByPrefix,
  type MemberRow,
  memberById,
} from '../db/queries/members.ts';
import { apiKeyPrefix, digestsEqual, hashApiKey, UNMATCHABLE_DIGEST } from './keys.ts';
import { hasRight, narrowScope, parseScope } from './rights.ts';
import { decoySecretHash, verifySecret } from './secrets.ts';
import { checkToken, signToken } from './tokens.ts';
import type { AuthenticatedMember, MemberService } from './types.ts';

type Credentials = Pick<MemberService, 'authenticateKey' | 'issueToken' | 'verifyToken'>;

export interface CredentialDeps {
  pool: Pool;
  tokenSecret: string | undefined;
  now: () => Date;
  tokenTtlSeconds: number;
}

function authenticated(row: MemberRow, rights: string[] = row.rights): AuthenticatedMember {
  return { id: row.id, name: row.name, rights, certFingerprint: row.cert_fingerprint };
}

export function createCredentialChecks(deps: CredentialDeps): Credentials {
  const { pool, tokenSecret, now } = deps;
  return {
    async authenticateKey(rawKey) {
      const prefix = apiKeyPrefix(rawKey);
      const row = prefix
        ? (await pool.query<KeyLookupRow>(keyByPrefix(prefix))).rows[0]
        : undefined;
      // Hash and compare even when nothing was found, so the answer takes the same work.
      const matches = digestsEqual(hashApiKey(rawKey), row?.key_hash ?? UNMATCHABLE_DIGEST);
      if (!row || !matches) return { ok: false, code: 'key.unknown' };
      if (row.revoked_at !== null || row.status !== 'active')
        return { ok: false, code: 'key.revoked' };
      if (row.expires_at !== null && row.expires_at.getTime() <= now().getTime())
        return { ok: false, code: 'key.expired' };
      return { ok: true, member: authenticated(row) };
    },

    async issueToken(clientId, clientSecret, scope) {
      if (!tokenSecret) throw new Error('issueToken needs tokenSecret (LIENTHONG_SECRET)');
      const row = (await pool.query<ClientLookupRow>(clientById(clientId))).rows[0];
      const matches = await verifySecret(
        clientSecret,
        row?.secret_hash ?? (await decoySecretHash()),
      );
      if (!row || !matches || row.client_revoked_at !== null || row.status !== 'active')
        return { ok: false, error: 'invalid_client' };
      let granted = row.rights;
      if (scope !== undefined && scope.trim() !== '') {
        const narrowed = narrowScope(parseScope(scope), row.rights);
        if (narrowed.refused.length > 0) return { ok: false, error: 'invalid_scope' };
        granted = narrowed.granted;
      }
      const { token } = await signToken({
        memberId: row.id,
        scope: granted.join(' '),
        secret: tokenSecret,
        now: now(),
        ttlSeconds: deps.tokenTtlSeconds,
      });
      return {
        ok: true,
        accessToken: token,
        tokenType: 'Bearer',
        expiresIn: deps.tokenTtlSeconds,
        scope: granted.join(' '),
      };
    },

    async verifyToken(jwt) {
      if (!tokenSecret) return { ok: false, code: 'token.invalid' };
      const checked = await checkToken(jwt, tokenSecret, now());
      if (!checked.ok) return checked;
      // Tokens live minutes, but a revoked member or a withdrawn right must stop working now.
      const row = (await pool.query<MemberRow>(memberById(checked.claims.sub))).rows[0];
      if (!row) return { ok: false, code: 'token.invalid' };
      if (row.status !== 'active') return { ok: false, code: 'token.revoked' };
      const rights = parseScope(checked.claims.scope).filter((right) =>
        hasRight(row.rights, right),
      );
      return { ok: true, member: authenticated(row, rights), tokenId: checked.claims.jti };
    },
  };
}
