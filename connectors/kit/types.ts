// The connector contract: manifest, deliveries, receipts and the Connector interface every system implements.
import type { ErrorClass } from './errors.ts';

/** Kinds of canonical record a connector can deliver (same vocabulary as routes in the config file). */
export const DELIVERY_KINDS = ['dossier', 'progress', 'result', 'feedback', 'procedure'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

export interface ConnectorManifest {
  /** Connector id, e.g. 'national-portal'; the `type` in the config file. */
  readonly id: string;
  readonly version: string;
  readonly kind: 'rest' | 'soap';
  /** Names of the typed operations the connector exposes (keys of `connector.operations`). */
  readonly operations: readonly string[];
  /** Delivery kinds `deliver()` accepts; empty for lookup-only connectors. */
  readonly accepts: readonly DeliveryKind[];
  /** Production hosts the connector may call ('host', 'host:port' or '*.domain'). */
  readonly allowedHosts: readonly string[];
  /** Largest batch `deliverBatch()` takes, per delivery kind; absent kinds are delivered one by one. */
  readonly batch?: Readonly<Partial<Record<DeliveryKind, number>>>;
}

/** What the worker hands a connector: one canonical record for one target, retried under the same key. */
export interface Delivery {
  /** Stable idempotency key `exchangeId:target`; identical on every attempt. */
  readonly key: string;
  readonly kind: DeliveryKind;
  /** Dossier code (MaHoSo) when the record belongs to a dossier. */
  readonly dossierCode?: string;
  /** The canonical record; the connector maps it to its wire format. */
  readonly payload: unknown;
  /** 1 on the first attempt. */
  readonly attempt: number;
  /**
   * Set when an operator replays a dead letter "as stored": the wire request recorded for the last
   * attempt, to send as it is instead of mapping `payload` again. Connectors that cannot resend
   * raw requests map `payload` as usual.
   */
  readonly resend?: unknown;
}

/** How the target treated a delivery; 'duplicate' means it had already applied this key. */
export type Applied = 'created' | 'updated' | 'duplicate' | 'ok';

export interface DeliveryReceipt {
  /** The wire request as sent (for the exchange log). */
  readonly request?: unknown;
  /** The wire response as received (for the exchange log). */
  readonly response?: unknown;
  readonly applied: Applied;
}

/** A classified failure as plain data (safe to store, serialise and show). */
export interface ClassifiedError {
  readonly class: ErrorClass;
  /** Stable code such as 'timeout' or 'portal.session_expired'. */
  readonly reason: string;
  readonly message: string;
  readonly retryAfterMs?: number;
  readonly status?: number;
}

export type BatchItemOutcome =
  | { readonly key: string; readonly ok: true; readonly receipt: DeliveryReceipt }
  | { readonly key: string; readonly ok: false; readonly error: ClassifiedError };

/** One outcome per delivery of the batch, in the same order. */
export interface BatchReceipt {
  readonly items: readonly BatchItemOutcome[];
}

/**
 * Per-call context. The W3C trace context is not a field: it travels in the
 * @opentelemetry/api active context, and the HTTP client injects it.
 */
export interface CallContext {
  readonly signal?: AbortSignal | undefined;
  /** Deadline for the whole operation (auth wait included), on top of the per-request timeout. */
  readonly timeoutMs?: number | undefined;
}

export interface CheckResult {
  readonly ok: boolean;
  readonly latencyMs: number;
  readonly detail?: string;
  readonly error?: ClassifiedError;
}

/** The recommended shape of a typed operation. */
export type Operation<Input, Output> = (input: Input, ctx?: CallContext) => Promise<Output>;

export interface Connector<Ops extends object = object> {
  readonly manifest: ConnectorManifest;
  /** Typed operations named in `manifest.operations`, e.g. `lookupCitizen`, `fetchProcedures`. */
  readonly operations: Ops;
  /** Cheapest authenticated round trip; never throws, reports failures as data. */
  check(ctx?: CallContext): Promise<CheckResult>;
  /** Required when `manifest.accepts` is not empty. Throws ConnectorError on failure. */
  deliver?(delivery: Delivery, ctx: CallContext): Promise<DeliveryReceipt>;
  /** Optional; one outcome per item. Throws ConnectorError only when the whole batch failed. */
  deliverBatch?(deliveries: readonly Delivery[], ctx: CallContext): Promise<BatchReceipt>;
  /** Releases sockets and timers. */
  close(): Promise<void>;
}
