// Prometheus metrics built per process: createMetrics() owns a Registry and typed recorders.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Pool } from '../db/pool.ts';
import { createDatabaseGauges } from './database-gauges.ts';

/** What a connector attempt came to: delivered, or the failure's error class. */
export type OutcomeClass = 'delivered' | 'transient' | 'throttled' | 'permanent' | 'auth';
export type CircuitStateName = 'closed' | 'half_open' | 'open';
export type LookupKind = 'citizen' | 'enterprise';

/** Settled deliveries of one batch, as the worker counts them. */
export interface SettledCounts {
  delivered: number;
  retried: number;
  dead: number;
  deferred: number;
}

export interface HttpSample {
  method: string;
  /** The matched route pattern (e.g. /api/v1/dossiers/:code/events), never the raw path. */
  route: string;
  status: number;
  /** Authenticated member id, or 'anonymous'. */
  member: string;
  seconds: number;
}

/** What instrumented code records; `noopMetrics` when a process runs without metrics. */
export interface MetricsRecorder {
  httpRequest(sample: HttpSample): void;
  deliveriesSettled(target: string, counts: SettledCounts): void;
  deliveryAttempt(target: string, outcome: OutcomeClass, seconds: number): void;
  circuitState(target: string, state: CircuitStateName): void;
  /** `outcome` is a classified code (found, not_found, mismatch, error …), never input data. */
  lookup(kind: LookupKind, outcome: string, seconds: number): void;
}

export interface Metrics extends MetricsRecorder {
  readonly registry: Registry;
  /** Content-Type of the text `scrape` returns. */
  readonly contentType: string;
  /** Reads the database gauges (bounded by a short timeout) and renders the exposition text. */
  scrape(pool: Pool | undefined): Promise<string>;
}

export interface MetricsOptions {
  /** Targets whose gauges appear even before their first delivery. */
  targets?: string[];
  /** Delivery SLO behind lienthong_dossiers_pending_past_slo. Default 900 s (15 min). */
  sloSeconds?: number;
  /** Bound on the database work of one scrape. Default 2 000 ms. */
  databaseTimeoutMs?: number;
  /** Node.js process metrics (CPU, memory, event loop, GC). Default true. */
  processMetrics?: boolean;
}

export const CIRCUIT_STATE_VALUE: Record<CircuitStateName, number> = {
  closed: 0,
  half_open: 1,
  open: 2,
};

export const noopMetrics: MetricsRecorder = {
  httpRequest: () => undefined,
  deliveriesSettled: () => undefined,
  deliveryAttempt: () => undefined,
  circuitState: () => undefined,
  lookup: () => undefined,
};

/**
 * prom-client gauges whose names end in _total, which promtool rejects (only counters may);
 * the same figures stay available by type as nodejs_active_{handles,requests,resources}.
 */
const LINT_FAILING_DEFAULTS = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const CALL_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) {
    collectDefaultMetrics({ register: registry });
    for (const name of LINT_FAILING_DEFAULTS) registry.removeSingleMetric(name);
  }
  const registers = [registry];

  const httpRequests = new Counter({
    name: 'lienthong_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern, status and member.',
    labelNames: ['method', 'route', 'status', 'member'] as const,
    registers,
  });
  // No member label here: each label value multiplies the bucket series; the counter has it.
  const httpDuration = new Histogram({
    name: 'lienthong_http_request_duration_seconds',
    help: 'HTTP request duration, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const deliveries = new Counter({
    name: 'lienthong_deliveries_total',
    help: 'Settled deliveries by target and outcome (delivered, retry, dead, deferred).',
    labelNames: ['target', 'outcome'] as const,
    registers,
  });
  const attempts = new Histogram({
    name: 'lienthong_delivery_attempt_duration_seconds',
    help: 'Duration of one connector operation attempt, by target and outcome class.',
    labelNames: ['target', 'outcome_class'] as const,
    buckets: CALL_BUCKETS,
    registers,
  });
  const circuit = new Gauge({
    name: 'lienthong_circuit_state',
    help: 'Circuit breaker state per target: 0 closed, 1 half_open, 2 open.',
    labelNames: ['target'] as const,
    registers,
  });
  const lookups = new Histogram({
    name: 'lienthong_lookup_duration_seconds',
    help: 'National database lookups by kind (citizen, enterprise) and outcome.',
    labelNames: ['kind', 'outcome'] as const,
    buckets: CALL_BUCKETS,
    registers,
  });
  const database = createDatabaseGauges(registry, {
    targets: options.targets ?? [],
    sloSeconds: options.sloSeconds ?? 900,
    timeoutMs: options.databaseTimeoutMs ?? 2_000,
  });
  for (const target of options.targets ?? []) circuit.set({ target }, CIRCUIT_STATE_VALUE.closed);

  return {
    registry,
    contentType: registry.contentType,
    httpRequest(s) {
      const status = String(s.status);
      httpRequests.inc({ method: s.method, route: s.route, status, member: s.member });
      httpDuration.observe({ method: s.method, route: s.route, status }, s.seconds);
    },
    deliveriesSettled(target, counts) {
      const add = (outcome: string, n: number) => {
        if (n > 0) deliveries.inc({ target, outcome }, n);
      };
      add('delivered', counts.delivered);
      add('retry', counts.retried);
      add('dead', counts.dead);
      add('deferred', counts.deferred);
    },
    deliveryAttempt(target, outcome, seconds) {
      attempts.observe({ target, outcome_class: outcome }, seconds);
    },
    circuitState(target, state) {
      circuit.set({ target }, CIRCUIT_STATE_VALUE[state]);
    },
    lookup(kind, outcome, seconds) {
      lookups.observe({ kind, outcome }, seconds);
    },
    async scrape(pool) {
      if (pool) await database.refresh(pool);
      return registry.metrics();
    },
  };
}
