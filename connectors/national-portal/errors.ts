// The national portal's error table: its error_code answers (in HTTP 200 bodies) and HTTP statuses, classified.
import {
  type ClassRule,
  ConnectorError,
  defineClassifier,
  type HttpResponse,
  parseRetryAfter,
} from '../kit/index.ts';
import { portalManifest } from './manifest.ts';

const connectorId = portalManifest.id;

/**
 * The error_code values the simulator answers with. Only 0 (success) and 3/-3 + "đã tồn tại"
 * are documented ([V] OCPS, TH; DOMAIN §3.1–3.2); the other numbers are this project's choice
 * [I], which is why classification also reads the message (see {@link portalErrorKey}).
 */
export const PORTAL_CODES = {
  ok: 0,
  invalidCredentials: 1,
  sessionExpired: 2,
  exists: -3,
  invalidData: 4,
  unknownDossier: 5,
  foreignDossierCode: 6,
  invalidTransition: 7,
  unitNotAllowed: 8,
  unknownService: 9,
  serverError: 99,
} as const;

const rule = (errorClass: ClassRule['class'], reason: string): ClassRule => ({
  class: errorClass,
  reason,
});

/** Keys are error_code values, or 'exists' / 'session_expired' recognised from the message. */
const CODE_RULES = {
  exists: rule('permanent', 'portal.already_exists'),
  session_expired: rule('auth', 'portal.session_expired'),
  [PORTAL_CODES.invalidCredentials]: rule('auth', 'portal.invalid_credentials'),
  [PORTAL_CODES.sessionExpired]: rule('auth', 'portal.session_expired'),
  '3': rule('permanent', 'portal.rejected'),
  '-3': rule('permanent', 'portal.rejected'),
  [PORTAL_CODES.invalidData]: rule('permanent', 'portal.invalid_data'),
  [PORTAL_CODES.unknownDossier]: rule('permanent', 'portal.unknown_dossier'),
  [PORTAL_CODES.foreignDossierCode]: rule('permanent', 'portal.foreign_dossier_code'),
  [PORTAL_CODES.invalidTransition]: rule('permanent', 'portal.invalid_transition'),
  [PORTAL_CODES.unitNotAllowed]: rule('permanent', 'portal.unit_not_allowed'),
  [PORTAL_CODES.unknownService]: rule('permanent', 'portal.unknown_service'),
  [PORTAL_CODES.serverError]: rule('transient', 'portal.server_error'),
} satisfies Record<string, ClassRule>;

/** HTTP statuses beyond the kit defaults: the API gateway's throttling answer. */
const HTTP_RULES = {
  '429': { class: 'throttled', reason: 'portal.rate_limited', retryAfterMs: 1_000 },
} satisfies Record<string, ClassRule>;

export const portalClassifier = defineClassifier({ http: HTTP_RULES, codes: CODE_RULES });

/**
 * For answers of the auth endpoint: an unknown code there means the login was refused (the real
 * portal's code for wrong credentials is not public), so it is 'auth', never retried in a loop.
 */
export const portalAuthClassifier = defineClassifier({
  http: HTTP_RULES,
  codes: CODE_RULES,
  fallback: { code: rule('auth', 'portal.auth_rejected') },
});

const EXISTS = /đã tồn tại/i;
const SESSION_EXPIRED = /(phiên|session).*(hết hạn|không hợp lệ|không tồn tại|expired|invalid)/i;

/** The classification key of an error answer: its code, refined by what the message says. */
export function portalErrorKey(code: string | number, message: string | undefined): string {
  const text = (message ?? '').normalize('NFC');
  const normalized = String(Number(code));
  if ((normalized === '3' || normalized === '-3') && EXISTS.test(text)) return 'exists';
  if (SESSION_EXPIRED.test(text)) return 'session_expired';
  return normalized === 'NaN' ? String(code) : normalized;
}

/**
 * A non-zero error_code answer as a ConnectorError. The portal's message is not copied into the
 * error's message (it may quote the request); it stays in `response` for the exchange log.
 */
export function portalError(
  body: { error_code: string | number; message?: string | undefined },
  res: HttpResponse,
  details: { request?: unknown; auth?: boolean } = {},
): ConnectorError {
  const classifier = details.auth ? portalAuthClassifier : portalClassifier;
  const c = classifier.classify({ code: portalErrorKey(body.error_code, body.message) });
  const retryAfterMs = parseRetryAfter(res.headers.get('retry-after')) ?? c.retryAfterMs;
  return new ConnectorError({
    connectorId,
    errorClass: c.class,
    reason: c.reason,
    message: `${connectorId}: ${c.reason} (error_code ${String(body.error_code)})`,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    request: details.request,
    response: body,
  });
}

/** A failure that is not the portal's answer (mapping, a broken response, an unsupported kind). */
export function permanentError(
  reason: string,
  message?: string,
  payloads: { request?: unknown; response?: unknown } = {},
): ConnectorError {
  return new ConnectorError({
    connectorId,
    errorClass: 'permanent',
    reason,
    message: message === undefined ? `${connectorId}: ${reason}` : `${connectorId}: ${message}`,
    ...payloads,
  });
}

/** Field issues as the message of a permanent 'mapping.invalid' (paths and rules, never values). */
export function mappingError(
  errors: readonly { path: string; rule: string }[],
  request?: unknown,
): ConnectorError {
  const shown = errors.slice(0, 20).map((e) => `${e.path || '(root)'} ${e.rule}`);
  const more = errors.length > shown.length ? `; +${errors.length - shown.length} more` : '';
  return permanentError('mapping.invalid', `mapping.invalid: ${shown.join('; ')}${more}`, {
    request,
  });
}
