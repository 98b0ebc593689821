// One span per connector operation attempt, `deliver <target>`, and that attempt's latency metric.
import {
  type Attributes,
  context,
  type Link,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import type { MetricsRecorder, OutcomeClass } from './metrics.ts';
import { contextFromCarrier, type TraceCarrier } from './trace-context.ts';

/** The job an attempt serves: identifiers only — never the payload, dossier code or a person. */
export interface AttemptSubject {
  target: string;
  kind: string;
  attempt: number;
  exchangeId: string;
  traceContext?: TraceCarrier | undefined;
}

/** The shape of a timed call: delivered, or failed with a classified failure. */
export type AttemptResult =
  | { ok: true; durationMs: number }
  | {
      ok: false;
      durationMs: number;
      failure: { errorClass: Exclude<OutcomeClass, 'delivered'>; reason: string };
    };

const tracer = () => trace.getTracer('lienthong.delivery');

/**
 * Runs `call` inside the attempt's span. One job: the span continues that job's trace (the
 * request that accepted it). Several jobs in one connector call (e.g. portal progress batches):
 * no single trace owns the call, so the span starts its own trace and links to each job's — the
 * OpenTelemetry convention for batch processing.
 */
export async function tracedAttempt<T extends AttemptResult>(
  subjects: AttemptSubject[],
  metrics: MetricsRecorder | undefined,
  call: () => Promise<T>,
): Promise<T> {
  const first = subjects[0];
  if (!first) return call();
  const single = subjects.length === 1;
  const parent = contextFromCarrier(single ? first.traceContext : undefined);
  const attributes: Attributes = {
    'lienthong.connector': first.target,
    'lienthong.kind': first.kind,
    'lienthong.attempt': Math.max(...subjects.map((s) => s.attempt)),
  };
  if (single) attributes['lienthong.exchange_id'] = first.exchangeId;
  else attributes['lienthong.batch_size'] = subjects.length;
  const links: Link[] = single ? [] : subjects.flatMap(linkTo);
  const span = tracer().startSpan(
    `deliver ${first.target}`,
    { kind: SpanKind.INTERNAL, attributes, links },
    parent,
  );
  let outcome: OutcomeClass = 'transient';
  try {
    const result = await context.with(trace.setSpan(parent, span), call);
    outcome = result.ok ? 'delivered' : result.failure.errorClass;
    if (!result.ok) {
      // The reason is a classified code from the connector's table; messages may quote data.
      span.setAttribute('error.type', result.failure.reason);
      span.setStatus({ code: SpanStatusCode.ERROR, message: result.failure.reason });
    }
    metrics?.deliveryAttempt(first.target, outcome, result.durationMs / 1000);
    return result;
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: 'delivery.attempt_threw' });
    throw error;
  } finally {
    span.setAttribute('lienthong.outcome_class', outcome);
    span.end();
  }
}

function linkTo(subject: AttemptSubject): Link[] {
  const spanContext = trace.getSpanContext(contextFromCarrier(subject.traceContext));
  return spanContext
    ? [{ context: spanContext, attributes: { 'lienthong.exchange_id': subject.exchangeId } }]
    : [];
}
