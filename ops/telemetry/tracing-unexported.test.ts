// Tracing with nowhere to export: spans are not recorded, yet every context keeps a trace id and
// outbound calls still carry a traceparent (so exchanges, logs and downstream systems correlate).
import { context, propagation, trace } from '@opentelemetry/api';
import { afterAll, describe, expect, it } from 'vitest';
import { startTracing } from './tracing.ts';

const tracing = startTracing({ serviceName: 'lienthong-test' });
afterAll(() => tracing.shutdown());

describe('startTracing without an exporter', () => {
  it('should record no span but keep trace ids and propagate them', () => {
    trace.getTracer('test').startActiveSpan('request', (span) => {
      const { traceId, spanId } = span.spanContext();
      expect(span.isRecording()).toBe(false);
      expect(traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(traceId).not.toBe('0'.repeat(32));
      const carrier: Record<string, string> = {};
      propagation.inject(context.active(), carrier);
      expect(carrier.traceparent).toBe(`00-${traceId}-${spanId}-00`);
      span.end();
    });
  });

  it("should continue a caller's trace id from its traceparent", () => {
    const callerTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
    const parent = propagation.extract(context.active(), {
      traceparent: `00-${callerTrace}-00f067aa0ba902b7-01`,
    });
    const span = trace.getTracer('test').startSpan('request', {}, parent);
    expect(span.spanContext().traceId).toBe(callerTrace);
    span.end();
  });
});
