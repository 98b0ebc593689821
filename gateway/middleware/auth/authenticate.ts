// authenticate(deps): Hono middleware admitting members by API key or access token, else 401.
import type { Context, MiddlewareHandler } from 'hono';
import type { MemberService } from '../../../ops/members/types.ts';
import { problem } from '../../problem.ts';
import { certificateAllows } from './certificate.ts';
import './context.ts';
import { readCredentials } from './credentials.ts';

/** Why a request was refused; for logs and metrics only, never for the caller. */
export type AuthFailureReason =
  | 'credentials.unusable'
  | 'key.unknown'
  | 'key.revoked'
  | 'key.expired'
  | 'token.invalid'
  | 'token.expired'
  | 'token.revoked'
  | 'certificate.mismatch';

export interface AuthenticateDeps {
  members: Pick<MemberService, 'authenticateKey' | 'verifyToken'>;
  realm?: string;
  /** Told about each refusal with its real reason (the caller only ever sees one answer). */
  onFailure?: (event: { reason: AuthFailureReason; path: string; memberId?: string }) => void;
}

export function authenticate(deps: AuthenticateDeps): MiddlewareHandler {
  const realm = deps.realm ?? 'lienthong';
  const challenge = `Bearer realm="${realm}"`;
  // One body and one header for every bad credential, so failures reveal nothing (no oracle).
  const refuse = (c: Context, reason: AuthFailureReason, memberId?: string) => {
    deps.onFailure?.({ reason, path: c.req.path, ...(memberId ? { memberId } : {}) });
    return problem(
      c,
      'auth.invalid_credentials',
      {},
      { 'www-authenticate': `${challenge}, error="invalid_token"` },
    );
  };

  return async (c, next) => {
    const presented = readCredentials(c.req.header('x-api-key'), c.req.header('authorization'));
    if (presented.kind === 'missing')
      return problem(c, 'auth.missing_credentials', {}, { 'www-authenticate': challenge });
    if (presented.kind === 'unusable') return refuse(c, 'credentials.unusable');
    const result =
      presented.kind === 'api_key'
        ? await deps.members.authenticateKey(presented.value)
        : await deps.members.verifyToken(presented.value);
    if (!result.ok) return refuse(c, result.code);
    if (!certificateAllows(c.env, result.member.certFingerprint))
      return refuse(c, 'certificate.mismatch', result.member.id);
    c.set('member', { id: result.member.id, rights: result.member.rights });
    await next();
  };
}
