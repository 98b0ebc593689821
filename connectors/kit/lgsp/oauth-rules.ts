// The classification rows every LGSP-fronted connector needs for its token endpoint's RFC 6749 errors.
import type { ClassRule, CodeRules } from '../classifier.ts';

/**
 * Rows for the codes 'oauth.<error>' (RFC 6749 §5.2; prefixed so they never clash with a system's own
 * codes) that requestClientCredentialsToken classifies. A refused client is `auth` (alert, no retry
 * storm); a refused request or grant is permanent. Reasons are '<prefix>.invalid_client' and
 * '<prefix>.token_rejected', so each connector keeps its own reasons.
 */
export function lgspOAuthCodeRules(prefix: string): CodeRules {
  const invalidClient: ClassRule = { class: 'auth', reason: `${prefix}.invalid_client` };
  const tokenRejected: ClassRule = { class: 'permanent', reason: `${prefix}.token_rejected` };
  return {
    'oauth.invalid_client': invalidClient,
    'oauth.unauthorized_client': invalidClient,
    'oauth.invalid_request': tokenRejected,
    'oauth.invalid_grant': tokenRejected,
    'oauth.unsupported_grant_type': tokenRejected,
    'oauth.invalid_scope': tokenRejected,
  };
}
