// Remembers successful credential checks for a few seconds, so a busy member does not cost a
// database round trip per request. Revocation and expiry take effect within the TTL.
import { hash } from 'node:crypto';
import type { MemberService } from './types.ts';

type Checks = Pick<MemberService, 'authenticateKey' | 'verifyToken'>;

export interface CredentialCacheOptions {
  ttlMs?: number;
  /** Most credentials remembered; the oldest are dropped first. */
  max?: number;
  now?: () => number;
}

export function cachedCredentials(members: Checks, options: CredentialCacheOptions = {}): Checks {
  const ttlMs = options.ttlMs ?? 5000;
  const max = options.max ?? 10_000;
  const now = options.now ?? Date.now;
  // Keyed by a digest: the raw key or token never sits in a long-lived map.
  const seen = new Map<string, { at: number; result: unknown }>();

  function remembered<R extends { ok: boolean }>(
    kind: string,
    credential: string,
    check: () => Promise<R>,
  ): Promise<R> {
    const key = hash('sha256', `${kind}\n${credential}`, 'base64url');
    const hit = seen.get(key);
    if (hit && now() - hit.at < ttlMs) return Promise.resolve(hit.result as R);
    return check().then((result) => {
      // Only successes: a wrong key must always reach the database (and its timing defence).
      if (result.ok) {
        if (seen.size >= max) seen.delete(seen.keys().next().value as string);
        seen.set(key, { at: now(), result });
      }
      return result;
    });
  }

  return {
    authenticateKey: (raw) => remembered('key', raw, () => members.authenticateKey(raw)),
    verifyToken: (jwt) => remembered('token', jwt, () => members.verifyToken(jwt)),
  };
}
