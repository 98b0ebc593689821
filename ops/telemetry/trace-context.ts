// W3C trace context carried in job data, so each delivery continues the trace of its request.
import {
  type Context,
  context,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  trace,
} from '@opentelemetry/api';

/** traceparent (and tracestate) as W3C headers; what a job stores to continue its trace. */
export type TraceCarrier = Record<string, string>;

/**
 * The active trace context as a carrier, or undefined when nothing is traced. Call it in the
 * caller's own async context: accept() commits requests in groups, so the commit's context is
 * some other request's.
 */
export function captureTraceContext(): TraceCarrier | undefined {
  const carrier: TraceCarrier = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ? carrier : undefined;
}

/** The context a carrier describes; the root context (a new trace) when there is none. */
export function contextFromCarrier(carrier: TraceCarrier | undefined): Context {
  return carrier ? propagation.extract(ROOT_CONTEXT, carrier) : ROOT_CONTEXT;
}

/** The trace id of the active span, or null when there is none (never the all-zero invalid id). */
export function activeTraceId(): string | null {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && isSpanContextValid(spanContext) ? spanContext.traceId : null;
}
