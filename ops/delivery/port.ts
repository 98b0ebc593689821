// What a delivery worker needs from a target connector, and the shape of its answers.
import type { DeliveryKind } from './types.ts';

export type ErrorClass = 'transient' | 'throttled' | 'permanent' | 'auth';

/** A failure classified by the connector's own table (see connectors/kit/errors). */
export interface ClassifiedFailure {
  errorClass: ErrorClass;
  reason: string;
  retryAfterMs?: number | undefined;
  message?: string | undefined;
  request?: unknown;
  response?: unknown;
}

export interface Delivery {
  /** Stable across retries: exchangeId:target. Targets use it to apply a message once. */
  key: string;
  kind: DeliveryKind;
  dossierCode: string | null;
  payload: unknown;
  attempt: number;
  /** An operator chose to resend the last wire request as stored, not re-mapped from payload. */
  resend?: unknown;
}

export interface DeliveryReceipt {
  request?: unknown;
  response?: unknown;
  applied?: string;
}

export type ItemOutcome =
  | { ok: true; receipt: DeliveryReceipt }
  | { ok: false; failure: ClassifiedFailure };

export interface DeliveryPort {
  /** Kinds this target accepts in batches, and the most items per call (portal progress: 10). */
  batchLimits?: Partial<Record<DeliveryKind, number>>;
  deliver(delivery: Delivery, ctx: { signal: AbortSignal }): Promise<DeliveryReceipt>;
  deliverBatch?(deliveries: Delivery[], ctx: { signal: AbortSignal }): Promise<ItemOutcome[]>;
}

/** Turns whatever a connector threw into a classified failure; unknown errors retry as transient. */
export function toFailure(error: unknown): ClassifiedFailure {
  if (error && typeof error === 'object' && 'errorClass' in error && 'reason' in error) {
    const e = error as ClassifiedFailure & { message?: string };
    return {
      errorClass: e.errorClass,
      reason: e.reason,
      retryAfterMs: e.retryAfterMs,
      message: e.message,
      request: e.request,
      response: e.response,
    };
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return {
      errorClass: 'transient',
      reason: 'timeout',
      message: 'the call was aborted at its deadline',
    };
  }
  return {
    errorClass: 'transient',
    reason: 'unclassified',
    message: error instanceof Error ? error.message : String(error),
  };
}
