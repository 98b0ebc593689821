// tracedAttempt: one span per connector attempt, in the job's own trace, with ids but no data.
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { tracedAttempt } from './delivery-span.ts';
import type { MetricsRecorder, OutcomeClass } from './metrics.ts';
import { captureTraceContext } from './trace-context.ts';
import { startTracing } from './tracing.ts';

// Spans only: no OTLP metric and log exporters (their shutdown waits out an export timeout).
process.env.OTEL_METRICS_EXPORTER = 'none';
process.env.OTEL_LOGS_EXPORTER = 'none';
const exporter = new InMemorySpanExporter();
const tracing = startTracing({ serviceName: 'delivery-span-test', exporter });
afterAll(() => tracing.shutdown());
beforeEach(() => exporter.reset());

async function finished() {
  await tracing.flush();
  return exporter.getFinishedSpans();
}

function recorder() {
  const attempts: Array<[string, OutcomeClass, number]> = [];
  const metrics: MetricsRecorder = {
    httpRequest: () => undefined,
    deliveriesSettled: () => undefined,
    deliveryAttempt: (target, outcome, seconds) => attempts.push([target, outcome, seconds]),
    circuitState: () => undefined,
    lookup: () => undefined,
  };
  return { metrics, attempts };
}

/** A trace context as accept() would capture it inside a request's span. */
function requestContext() {
  return trace.getTracer('test').startActiveSpan('POST /api/v1/dossiers', (span) => {
    const carrier = captureTraceContext();
    span.end();
    return { carrier, traceId: span.spanContext().traceId, spanId: span.spanContext().spanId };
  });
}

const job = (over: Partial<Parameters<typeof tracedAttempt>[0][number]> = {}) => ({
  target: 'national-portal',
  kind: 'dossier',
  attempt: 2,
  exchangeId: '5b0c3f0e-7d55-4a3c-9a57-3d0c1e6b1a01',
  ...over,
});

describe('captureTraceContext', () => {
  it('should give the active span as traceparent, and nothing outside a trace', () => {
    const { carrier, traceId, spanId } = requestContext();
    expect(carrier?.traceparent).toBe(`00-${traceId}-${spanId}-01`);
    expect(captureTraceContext()).toBeUndefined();
  });
});

describe('tracedAttempt', () => {
  it('should continue the accepting request trace and make the call a child of the deliver span', async () => {
    const request = requestContext();
    const { metrics, attempts } = recorder();
    let inner: string | undefined;
    const result = await tracedAttempt([job({ traceContext: request.carrier })], metrics, () => {
      inner = trace.getActiveSpan()?.spanContext().spanId;
      return Promise.resolve({ ok: true as const, durationMs: 250 });
    });
    expect(result.ok).toBe(true);
    const span = (await finished()).find((s) => s.name === 'deliver national-portal')!;
    expect(span.kind).toBe(SpanKind.INTERNAL);
    expect(span.spanContext().traceId).toBe(request.traceId);
    expect(span.parentSpanContext?.spanId).toBe(request.spanId);
    expect(inner).toBe(span.spanContext().spanId);
    expect(span.attributes).toEqual({
      'lienthong.connector': 'national-portal',
      'lienthong.kind': 'dossier',
      'lienthong.attempt': 2,
      'lienthong.exchange_id': '5b0c3f0e-7d55-4a3c-9a57-3d0c1e6b1a01',
      'lienthong.outcome_class': 'delivered',
    });
    expect(attempts).toEqual([['national-portal', 'delivered', 0.25]]);
  });

  it('should mark a failure with its class and reason code only', async () => {
    const { metrics, attempts } = recorder();
    await tracedAttempt([job()], metrics, async () => ({
      ok: false as const,
      durationMs: 40,
      failure: { errorClass: 'permanent' as const, reason: 'portal.rejected' },
    }));
    const span = (await finished())[0]!;
    expect(span.parentSpanContext).toBeUndefined();
    expect(span.attributes['lienthong.outcome_class']).toBe('permanent');
    expect(span.attributes['error.type']).toBe('portal.rejected');
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'portal.rejected' });
    expect(attempts).toEqual([['national-portal', 'permanent', 0.04]]);
  });

  it('should start its own trace for a multi-job call and link every job trace', async () => {
    const a = requestContext();
    const b = requestContext();
    await tracedAttempt(
      [
        job({ kind: 'progress', exchangeId: 'ex-a', traceContext: a.carrier, attempt: 1 }),
        job({ kind: 'progress', exchangeId: 'ex-b', traceContext: b.carrier, attempt: 3 }),
        job({ kind: 'progress', exchangeId: 'ex-c', attempt: 1 }),
      ],
      undefined,
      async () => ({ ok: true as const, durationMs: 1 }),
    );
    const span = (await finished()).find((s) => s.name.startsWith('deliver'))!;
    expect(span.parentSpanContext).toBeUndefined();
    expect([a.traceId, b.traceId]).not.toContain(span.spanContext().traceId);
    expect(
      span.links.map((l) => [l.context.traceId, l.attributes?.['lienthong.exchange_id']]),
    ).toEqual([
      [a.traceId, 'ex-a'],
      [b.traceId, 'ex-b'],
    ]);
    expect(span.attributes['lienthong.batch_size']).toBe(3);
    expect(span.attributes['lienthong.attempt']).toBe(3);
    expect(span.attributes['lienthong.exchange_id']).toBeUndefined();
  });

  it('should end the span and rethrow when the call itself throws', async () => {
    await expect(
      tracedAttempt([job()], undefined, () => Promise.reject(new Error('bug'))),
    ).rejects.toThrow('bug');
    const span = (await finished())[0]!;
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.status.message).toBe('delivery.attempt_threw');
  });
});
