// The member service: one object for managing members and checking their credentials.
import { createMemberAdmin } from './admin.ts';
import { createCredentialChecks } from './credentials.ts';
import { DEFAULT_TOKEN_TTL_SECONDS, MIN_SECRET_LENGTH } from './tokens.ts';
import type { MemberService, MemberServiceDeps } from './types.ts';

/** Builds the service. The token secret is checked here, once, not on each request. */
export function createMemberService(deps: MemberServiceDeps): MemberService {
  if (deps.tokenSecret !== undefined && deps.tokenSecret.length < MIN_SECRET_LENGTH)
    throw new RangeError(`tokenSecret must be at least ${MIN_SECRET_LENGTH} characters`);
  const tokenTtlSeconds = deps.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(tokenTtlSeconds) || tokenTtlSeconds <= 0)
    throw new RangeError('tokenTtlSeconds must be a positive integer');
  const now = deps.now ?? (() => new Date());
  return {
    ...createMemberAdmin(deps.pool, now),
    ...createCredentialChecks({
      pool: deps.pool,
      tokenSecret: deps.tokenSecret,
      now,
      tokenTtlSeconds,
    }),
  };
}
