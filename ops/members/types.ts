// Types of the member service: members, results with stable error codes, and its dependencies.
import type { Pool } from '../db/pool.ts';

/** A member as authentication sees it. */
export interface AuthenticatedMember {
  id: string;
  name: string;
  rights: string[];
  /** sha256 (hex) of the client certificate the member must present over TLS, if bound. */
  certFingerprint: string | null;
}

export interface MemberSummary extends AuthenticatedMember {
  status: 'active' | 'revoked';
  createdAt: Date;
  revokedAt: Date | null;
  keys: Array<{ prefix: string; createdAt: Date; expiresAt: Date | null; revokedAt: Date | null }>;
  clients: Array<{ clientId: string; createdAt: Date; revokedAt: Date | null }>;
}

/** A member declared in config-as-code (lienthong.config.ts `members`). */
export interface MemberDeclaration {
  id: string;
  name: string;
  rights: string[];
}

export type MemberErrorCode =
  | 'member.invalid'
  | 'member.exists'
  | 'member.not_found'
  | 'member.revoked';

export type Outcome<T extends object> =
  | ({ ok: true } & T)
  | { ok: false; code: MemberErrorCode; detail?: string };

export type KeyAuthResult =
  | { ok: true; member: AuthenticatedMember }
  | { ok: false; code: 'key.unknown' | 'key.revoked' | 'key.expired' };

export type TokenAuthResult =
  | { ok: true; member: AuthenticatedMember; tokenId: string }
  | { ok: false; code: 'token.invalid' | 'token.expired' | 'token.revoked' };

/** RFC 6749 §5.1 fields on success; §5.2 error codes on failure. */
export type TokenIssueResult =
  | { ok: true; accessToken: string; tokenType: 'Bearer'; expiresIn: number; scope: string }
  | { ok: false; error: 'invalid_client' | 'invalid_scope' };

export interface MemberServiceDeps {
  pool: Pool;
  /** LIENTHONG_SECRET, the HMAC key of access tokens. Without it tokens are neither issued nor accepted. */
  tokenSecret?: string | undefined;
  /** The clock; tests move it to cross expiries. */
  now?: () => Date;
  /** Access token lifetime; 300 s by default. */
  tokenTtlSeconds?: number;
}

export interface MemberService {
  /** Creates an active member with one API key; the key is in the result and nowhere else. */
  createMember(input: {
    id: string;
    name: string;
    rights: string[];
    certFingerprint?: string | undefined;
  }): Promise<Outcome<{ apiKey: string; keyPrefix: string }>>;
  /** Issues a new key; the member's older keys keep working for `overlapHours` (24 by default). */
  rotateKey(
    memberId: string,
    options?: { overlapHours?: number | undefined },
  ): Promise<Outcome<{ apiKey: string; keyPrefix: string; previousKeysExpireAt: Date }>>;
  /** Revokes the member with all its keys and clients, at once. Idempotent. */
  revoke(memberId: string): Promise<Outcome<{ keysRevoked: number; clientsRevoked: number }>>;
  list(): Promise<MemberSummary[]>;
  /** Creates OAuth2 client credentials; the secret is in the result and nowhere else. */
  createClient(memberId: string): Promise<Outcome<{ clientId: string; clientSecret: string }>>;
  /** Binds the member to a client certificate (sha256 fingerprint), or unbinds it with null. */
  bindCertificate(memberId: string, fingerprint: string | null): Promise<Outcome<object>>;
  /** Upserts id, name and rights of declared members (never keys or status). */
  syncMembersFromConfig(
    members: readonly MemberDeclaration[],
  ): Promise<Outcome<{ created: string[]; updated: string[]; undeclared: string[] }>>;
  authenticateKey(rawKey: string): Promise<KeyAuthResult>;
  issueToken(clientId: string, clientSecret: string, scope?: string): Promise<TokenIssueResult>;
  verifyToken(jwt: string): Promise<TokenAuthResult>;
}
