// defineClassifier: a per-connector table mapping HTTP statuses, network errors and system codes to error classes.
import { ConnectorError, type ErrorClass, KIT_REASONS } from './errors.ts';
import { parseRetryAfter } from './retry-after.ts';

export interface ClassRule {
  class: ErrorClass;
  /** Stable code, e.g. 'http.unavailable' or 'portal.session_expired'. */
  reason: string;
  /** Used for throttled rules when the response carries no Retry-After. */
  retryAfterMs?: number;
}

export interface Classification {
  class: ErrorClass;
  reason: string;
  retryAfterMs?: number;
}

/** Keys: an exact status ('404') or a family ('4xx', '5xx'). */
export type HttpRules = Readonly<Record<string, ClassRule>>;
/** Keys: 'timeout', 'aborted', or an error code (ECONNREFUSED, UND_ERR_SOCKET …). */
export type NetworkRules = Readonly<Record<string, ClassRule>>;
/** Keys: the target system's own error codes (e.g. a portal error_code). */
export type CodeRules = Readonly<Record<string, ClassRule>>;

export interface ClassifierTables {
  http?: HttpRules;
  network?: NetworkRules;
  codes?: CodeRules;
  /** Rules for inputs no table matches. */
  fallback?: { http?: ClassRule; network?: ClassRule; code?: ClassRule };
  /** Upper bound for Retry-After (default one hour): a misbehaving server cannot park work for days. */
  maxRetryAfterMs?: number;
}

type HeadersLike = { get(name: string): string | null } | Readonly<Record<string, string>>;

export type ClassifyInput =
  | { status: number; headers?: HeadersLike; now?: number }
  | { code: string | number }
  | { error: unknown };

export interface ErrorDetails {
  connectorId: string;
  message?: string;
  request?: unknown;
  response?: unknown;
  cause?: unknown;
}

export interface Classifier {
  classify(input: ClassifyInput): Classification;
  /** Classifies and wraps into a ConnectorError (status and retryAfterMs filled in). */
  toError(input: ClassifyInput, details: ErrorDetails): ConnectorError;
}

const transient = (reason: string): ClassRule => ({ class: 'transient', reason });
const permanent = (reason: string): ClassRule => ({ class: 'permanent', reason });

export const DEFAULT_HTTP_RULES: HttpRules = {
  '401': { class: 'auth', reason: 'http.unauthorized' },
  '403': { class: 'auth', reason: 'http.forbidden' },
  '408': transient('http.request_timeout'),
  '425': transient('http.too_early'),
  '429': { class: 'throttled', reason: 'http.too_many_requests' },
  '500': transient('http.server_error'),
  '501': permanent('http.not_implemented'),
  '502': transient('http.bad_gateway'),
  '503': transient('http.unavailable'),
  '504': transient('http.gateway_timeout'),
  '3xx': permanent('http.unexpected_redirect'),
  '4xx': permanent('http.client_error'),
  '5xx': transient('http.server_error'),
};

export const DEFAULT_NETWORK_RULES: NetworkRules = {
  timeout: transient(KIT_REASONS.timeout),
  aborted: transient(KIT_REASONS.aborted),
  ETIMEDOUT: transient(KIT_REASONS.timeout),
  UND_ERR_CONNECT_TIMEOUT: transient(KIT_REASONS.timeout),
  UND_ERR_HEADERS_TIMEOUT: transient(KIT_REASONS.timeout),
  UND_ERR_BODY_TIMEOUT: transient(KIT_REASONS.timeout),
  UND_ERR_ABORTED: transient(KIT_REASONS.aborted),
  ECONNREFUSED: transient('network.connection_refused'),
  ECONNRESET: transient('network.connection_reset'),
  EPIPE: transient('network.connection_reset'),
  UND_ERR_SOCKET: transient('network.connection_reset'),
  UND_ERR_CLOSED: transient('network.connection_closed'),
  UND_ERR_DESTROYED: transient('network.client_closed'),
  ENOTFOUND: transient('network.dns_not_found'),
  EAI_AGAIN: transient('network.dns_unavailable'),
  EHOSTUNREACH: transient('network.unreachable'),
  ENETUNREACH: transient('network.unreachable'),
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: transient('network.truncated_response'),
  UND_ERR_REQ_CONTENT_LENGTH_MISMATCH: permanent('network.request_length_mismatch'),
};

const DEFAULT_FALLBACK = {
  http: permanent('http.unexpected_status'),
  network: transient('network.error'),
  code: permanent('system.unknown_code'),
};

/** 'timeout' | 'aborted' | an error code found on the error, its cause chain or an AggregateError. */
export function networkErrorKey(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== null && typeof current === 'object'; depth++) {
    const e = current as { name?: unknown; code?: unknown; cause?: unknown; errors?: unknown };
    if (e.name === 'TimeoutError') return 'timeout';
    if (e.name === 'AbortError') return 'aborted';
    if (typeof e.code === 'string' && e.code !== '') return e.code;
    current = e.cause ?? (Array.isArray(e.errors) ? e.errors[0] : undefined);
  }
  return undefined;
}

function headerValue(headers: HeadersLike | undefined, name: string): string | null {
  if (!headers) return null;
  if (typeof headers.get === 'function')
    return (headers as { get(n: string): string | null }).get(name);
  const record = headers as Readonly<Record<string, string>>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  return key === undefined ? null : (record[key] ?? null);
}

export function defineClassifier(tables: ClassifierTables = {}): Classifier {
  const http = { ...DEFAULT_HTTP_RULES, ...tables.http };
  const network = { ...DEFAULT_NETWORK_RULES, ...tables.network };
  const codes = { ...tables.codes };
  const fallback = { ...DEFAULT_FALLBACK, ...tables.fallback };
  const maxRetryAfterMs = tables.maxRetryAfterMs ?? 3_600_000;

  const withRetryAfter = (rule: ClassRule, retryAfterMs: number | undefined): Classification => {
    const ms = retryAfterMs ?? rule.retryAfterMs;
    const result: Classification = { class: rule.class, reason: rule.reason };
    if (ms !== undefined) result.retryAfterMs = Math.min(ms, maxRetryAfterMs);
    return result;
  };

  const classify = (input: ClassifyInput): Classification => {
    if ('status' in input) {
      const rule = http[String(input.status)] ?? http[`${Math.floor(input.status / 100)}xx`];
      const retryAfter = parseRetryAfter(headerValue(input.headers, 'retry-after'), input.now);
      return withRetryAfter(rule ?? fallback.http, retryAfter);
    }
    if ('code' in input)
      return withRetryAfter(codes[String(input.code)] ?? fallback.code, undefined);
    const error = input.error;
    if (error instanceof ConnectorError) {
      return withRetryAfter({ class: error.errorClass, reason: error.reason }, error.retryAfterMs);
    }
    const key = networkErrorKey(error);
    if (key === undefined) return { class: 'permanent', reason: KIT_REASONS.unexpected };
    return withRetryAfter(network[key] ?? fallback.network, undefined);
  };

  return {
    classify,
    toError(input, details) {
      if ('error' in input && input.error instanceof ConnectorError) return input.error;
      const c = classify(input);
      return new ConnectorError({
        ...details,
        errorClass: c.class,
        reason: c.reason,
        ...(c.retryAfterMs === undefined ? {} : { retryAfterMs: c.retryAfterMs }),
        ...('status' in input ? { status: input.status } : {}),
      });
    },
  };
}
