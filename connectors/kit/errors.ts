// ConnectorError: a failure classified as data (class + stable reason), safe to log without payloads.
import type { ClassifiedError } from './types.ts';

/** transient → retry with backoff; throttled → retry after; permanent → dead letter; auth → refresh once, then alert. */
export const ERROR_CLASSES = ['transient', 'throttled', 'permanent', 'auth'] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

/** Reasons the kit itself produces (connectors add their own, e.g. 'portal.session_expired'). */
export const KIT_REASONS = {
  timeout: 'timeout',
  aborted: 'aborted',
  hostNotAllowed: 'host_not_allowed',
  invalidUrl: 'url_invalid',
  responseTooLarge: 'response_too_large',
  invalidJson: 'response.invalid_json',
  unexpected: 'connector.unexpected_error',
} as const;

export interface ConnectorErrorInit {
  connectorId: string;
  errorClass: ErrorClass;
  reason: string;
  /** Must not contain personal data; defaults to "<connectorId>: <reason>". */
  message?: string;
  retryAfterMs?: number;
  status?: number;
  /** Wire request/response for the exchange log; kept out of logs and JSON (non-enumerable). */
  request?: unknown;
  response?: unknown;
  cause?: unknown;
}

export class ConnectorError extends Error {
  readonly connectorId: string;
  readonly errorClass: ErrorClass;
  readonly reason: string;
  readonly retryAfterMs?: number;
  readonly status?: number;
  declare readonly request?: unknown;
  declare readonly response?: unknown;

  constructor(init: ConnectorErrorInit) {
    const status = init.status === undefined ? '' : ` (HTTP ${init.status})`;
    super(init.message ?? `${init.connectorId}: ${init.reason}${status}`, { cause: init.cause });
    this.name = 'ConnectorError';
    this.connectorId = init.connectorId;
    this.errorClass = init.errorClass;
    this.reason = init.reason;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.status !== undefined) this.status = init.status;
    // Payloads may hold personal data: loggers (pino) serialise enumerable properties only.
    Object.defineProperty(this, 'request', { value: init.request, enumerable: false });
    Object.defineProperty(this, 'response', { value: init.response, enumerable: false });
  }

  toClassified(): ClassifiedError {
    return {
      class: this.errorClass,
      reason: this.reason,
      message: this.message,
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
      ...(this.status === undefined ? {} : { status: this.status }),
    };
  }

  toJSON(): ClassifiedError & { name: string; connectorId: string } {
    return { name: this.name, connectorId: this.connectorId, ...this.toClassified() };
  }
}

export function isConnectorError(error: unknown): error is ConnectorError {
  return error instanceof ConnectorError;
}

/** Any thrown value as ClassifiedError data; unknown throws are permanent (likely a bug, not the network). */
export function toClassifiedError(error: unknown): ClassifiedError {
  if (error instanceof ConnectorError) return error.toClassified();
  return {
    class: 'permanent',
    reason: KIT_REASONS.unexpected,
    message: error instanceof Error ? `${error.name}: unexpected error` : 'unexpected error',
  };
}
