// Member authentication for the gateway: authenticate, requireRight and the OAuth2 token route.
import type { MiddlewareHandler } from 'hono';
import { type AuthenticateDeps, authenticate } from './authenticate.ts';
import { type RequireRightDeps, requireRight } from './require-right.ts';

export { type AuthenticateDeps, type AuthFailureReason, authenticate } from './authenticate.ts';
export { certificateAllows, type PeerCertificate, peerCertificate } from './certificate.ts';
export type { RequestMember } from './context.ts';
export { type PresentedCredentials, readCredentials } from './credentials.ts';
export { type RequireRightDeps, requireRight } from './require-right.ts';
export { oauthTokenRoute, type TokenRouteDeps } from './token-route.ts';

/** Both middlewares over the same dependencies: `auth.requireRight('dossier.submit')`. */
export function createAuth(deps: AuthenticateDeps & RequireRightDeps): {
  authenticate: MiddlewareHandler;
  requireRight: (right: string) => MiddlewareHandler;
} {
  return {
    authenticate: authenticate(deps),
    requireRight: (right) => requireRight(right, deps),
  };
}
