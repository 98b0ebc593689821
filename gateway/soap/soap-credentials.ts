// Who calls and with which idempotency key: WS-Security UsernameToken, X-API-Key/Bearer, WS-Addressing MessageID.
import { type PresentedCredentials, readCredentials } from '../middleware/auth/credentials.ts';

export const PASSWORD_TEXT =
  'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText';

export type SoapCredentials =
  | Exclude<PresentedCredentials, { kind: 'api_key' }>
  /** `username` is the member id a UsernameToken claims; absent for the X-API-Key header. */
  | { kind: 'api_key'; value: string; username?: string };

/** A parsed element's text: the `soap` package gives a string, or `{ attributes, $value }` when it has attributes. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '$value' in value) {
    const inner = (value as { $value: unknown }).$value;
    return typeof inner === 'string' ? inner : undefined;
  }
  return undefined;
}

function attributeOf(value: unknown, name: string): string | undefined {
  const attributes = (value as { attributes?: Record<string, unknown> } | null)?.attributes;
  const found = attributes?.[name];
  return typeof found === 'string' ? found : undefined;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/**
 * Reads a UsernameToken (Username = member id, Password = the member's API key as PasswordText)
 * or the HTTP headers. Both at once, a PasswordDigest or a half token are unusable: we cannot
 * check a digest against a hashed key, and ambiguity must not pick one silently.
 */
export function readSoapCredentials(
  soapHeaders: unknown,
  httpHeaders: { apiKey: string | undefined; authorization: string | undefined },
): SoapCredentials {
  const http = readCredentials(httpHeaders.apiKey, httpHeaders.authorization);
  const security = record(record(soapHeaders)?.Security);
  if (!security) return http;
  if (http.kind !== 'missing') return { kind: 'unusable' };
  const token = record(security.UsernameToken);
  if (!token) return { kind: 'missing' };
  const username = textOf(token.Username)?.trim() ?? '';
  const password = textOf(token.Password)?.trim() ?? '';
  const type = attributeOf(token.Password, 'Type') ?? PASSWORD_TEXT;
  if (username === '' || password === '' || type !== PASSWORD_TEXT) return { kind: 'unusable' };
  return { kind: 'api_key', value: password, username };
}

/** The RFC draft's Idempotency-Key alphabet and size, applied to MessageID too. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export type IdempotencyKeyResult =
  | { ok: true; key: string | null }
  | { ok: false; path: string; message: string };

/**
 * The Idempotency-Key header or the WS-Addressing MessageID; when both are given they must agree.
 */
export function readIdempotencyKey(
  soapHeaders: unknown,
  httpHeader: string | undefined,
): IdempotencyKeyResult {
  const raw = record(soapHeaders)?.MessageID;
  const messageId = raw === undefined ? undefined : (textOf(raw)?.trim() ?? '');
  if (messageId !== undefined && !IDEMPOTENCY_KEY.test(messageId))
    return {
      ok: false,
      path: 'Header.MessageID',
      message: 'expected 1–255 visible ASCII characters',
    };
  if (httpHeader !== undefined && !IDEMPOTENCY_KEY.test(httpHeader))
    return {
      ok: false,
      path: 'http:Idempotency-Key',
      message: 'expected 1–255 visible ASCII characters',
    };
  if (messageId !== undefined && httpHeader !== undefined && messageId !== httpHeader)
    return {
      ok: false,
      path: 'Header.MessageID',
      message: 'differs from the Idempotency-Key header; send one or make them equal',
    };
  return { ok: true, key: httpHeader ?? messageId ?? null };
}
