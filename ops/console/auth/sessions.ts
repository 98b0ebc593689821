// Console sessions: a 256-bit cookie token stored as its sha256, a CSRF token each, a fixed expiry.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Pool } from '../../db/pool.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  insertSession,
  operatorForLogin,
  sessionByTokenHash,
} from '../../db/queries/console.ts';
import { decoySecretHash, verifySecret } from '../../members/secrets.ts';
import type { OperatorRole } from './operators.ts';

export const DEFAULT_SESSION_TTL_MS = 8 * 3_600_000;

export interface SessionOperator {
  id: string;
  username: string;
  role: OperatorRole;
}

export interface ConsoleSession {
  operator: SessionOperator;
  csrfToken: string;
  expiresAt: Date;
}

export interface SessionStore {
  /** Checks the password and opens a session; the token goes in the cookie and nowhere else. */
  login(
    username: string,
    password: string,
  ): Promise<{ ok: true; token: string; session: ConsoleSession } | { ok: false }>;
  lookup(token: string): Promise<ConsoleSession | undefined>;
  logout(token: string): Promise<void>;
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Constant-time comparison of two tokens of any length. */
export function sameToken(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right) && a.length === b.length;
}

/** A token as the cookie carries it: 43 base64url characters; anything else is not looked up. */
const TOKEN_PATTERN = /^[\w-]{43}$/;

export function createSessionStore(options: { pool: Pool; ttlMs?: number }): SessionStore {
  const { pool } = options;
  const ttlMs = options.ttlMs ?? DEFAULT_SESSION_TTL_MS;
  return {
    async login(username, password) {
      const { rows } = await pool.query<{
        id: string;
        username: string;
        password_hash: string;
        role: OperatorRole;
      }>(operatorForLogin(username));
      const account = rows[0];
      // An unknown user costs the same scrypt as a known one: timing does not tell which exist.
      const valid = await verifySecret(
        password,
        account?.password_hash ?? (await decoySecretHash()),
      );
      if (!account || !valid) return { ok: false };
      await pool.query(deleteExpiredSessions());
      const token = randomToken();
      const csrfToken = randomToken();
      await pool.query(
        insertSession({
          token_hash: hashToken(token),
          operator_id: account.id,
          csrf_token: csrfToken,
          ttl_ms: ttlMs,
        }),
      );
      return {
        ok: true,
        token,
        session: {
          operator: { id: account.id, username: account.username, role: account.role },
          csrfToken,
          expiresAt: new Date(Date.now() + ttlMs),
        },
      };
    },

    async lookup(token) {
      if (!TOKEN_PATTERN.test(token)) return undefined;
      const { rows } = await pool.query<{
        operator_id: string;
        username: string;
        role: OperatorRole;
        csrf_token: string;
        expires_at: Date;
      }>(sessionByTokenHash(hashToken(token)));
      const row = rows[0];
      if (!row) return undefined;
      return {
        operator: { id: row.operator_id, username: row.username, role: row.role },
        csrfToken: row.csrf_token,
        expiresAt: row.expires_at,
      };
    },

    async logout(token) {
      await pool.query(deleteSession(hashToken(token)));
    },
  };
}
