// One trace per dossier journey: the inbound HTTP request, the worker's deliver span and the
// outbound call share a trace id — also when the worker fetches many jobs in one batch.
import { SpanKind } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/delivery.ts';
import { startTestTracing } from './test-tracing.ts';

// As bin/lienthong.js does for `start`: tracing first, then the app's modules (dynamic import).
const { exporter, tracing } = startTestTracing('one-trace-test');
const { startHarness, dossierNumbered } = await import('./harness.ts');

const TARGET = 'sink';
let h: Awaited<ReturnType<typeof startHarness>>;
const batchSizes: number[] = [];

beforeAll(async () => {
  h = await startHarness({ targets: [TARGET] });
});

afterAll(async () => {
  await h.stop();
  await tracing.shutdown();
});

async function spans(): Promise<ReadableSpan[]> {
  await tracing.flush();
  return exporter.getFinishedSpans();
}

function parentOf(span: ReadableSpan, all: ReadableSpan[]): ReadableSpan | undefined {
  const id = span.parentSpanContext?.spanId;
  return id ? all.find((s) => s.spanContext().spanId === id) : undefined;
}

function ancestors(span: ReadableSpan, all: ReadableSpan[]): ReadableSpan[] {
  const chain: ReadableSpan[] = [];
  for (let p = parentOf(span, all); p; p = parentOf(p, all)) chain.push(p);
  return chain;
}

const inboundSubmit = (s: ReadableSpan) =>
  s.kind === SpanKind.SERVER && s.attributes['http.route'] === '/api/v1/dossiers';

async function submit(n: number): Promise<{ exchangeId: string; traceId: string }> {
  const res = await h.postDossier(dossierNumbered(n));
  expect(res.status).toBe(202);
  const { exchangeId } = (await res.json()) as { exchangeId: string };
  const view = await fetch(`${h.baseUrl}/api/v1/exchanges/${exchangeId}`, {
    headers: { 'x-api-key': h.apiKey },
  });
  const { traceId } = (await view.json()) as { traceId: string };
  return { exchangeId, traceId };
}

describe('one trace per dossier journey', () => {
  it('should keep each dossier in its own trace when the worker fetches them in one batch', async () => {
    // Accepted before any worker runs, so the first fetch takes them all at once.
    const journeys = await Promise.all([1, 2, 3, 4, 5].map((n) => submit(n)));
    await h.startEngine({
      onSettled: (s) => batchSizes.push(s.delivered + s.retried + s.dead + s.deferred),
    });
    await waitFor(() => batchSizes.reduce((a, b) => a + b, 0) === 5);
    expect(h.sink.calls).toHaveLength(5);
    expect(Math.max(...batchSizes)).toBeGreaterThan(1);
    const all = await spans();
    const delivers = all.filter((s) => s.name === `deliver ${TARGET}`);
    expect(delivers).toHaveLength(5);
    expect(new Set(journeys.map((j) => j.traceId)).size).toBe(5);
    for (const journey of journeys) {
      const deliver = delivers.find(
        (s) => s.attributes['lienthong.exchange_id'] === journey.exchangeId,
      )!;
      expect(deliver.spanContext().traceId).toBe(journey.traceId);
      const inbound = ancestors(deliver, all).find(inboundSubmit);
      expect(inbound?.spanContext().traceId).toBe(journey.traceId);
    }
  });

  it('should link inbound SERVER → deliver → outbound CLIENT → sink SERVER under one trace id', async () => {
    exporter.reset();
    const calls = h.sink.calls.length;
    const journey = await submit(6);
    await waitFor(() => h.sink.calls.length === calls + 1);
    // The sink records the call before it answers; the spans end once the answer is read.
    const chain = (all: ReadableSpan[]) => {
      const deliver = all.find(
        (s) =>
          s.name === `deliver ${TARGET}` &&
          s.attributes['lienthong.exchange_id'] === journey.exchangeId,
      );
      const outbound = all.find((s) => s.kind === SpanKind.CLIENT && parentOf(s, all) === deliver);
      const sinkServer = all.find(
        (s) => s.kind === SpanKind.SERVER && parentOf(s, all) === outbound,
      );
      return { deliver, outbound, sinkServer };
    };
    await waitFor(async () => {
      const { deliver, outbound, sinkServer } = chain(await spans());
      return Boolean(deliver && outbound && sinkServer);
    });
    const all = await spans();
    const found = chain(all);
    const deliver = found.deliver!;
    const outbound = found.outbound!;
    const sinkServer = found.sinkServer!;
    const inbound = ancestors(deliver, all).find(inboundSubmit)!;

    expect(inbound.name).toBe('POST /api/v1/dossiers');
    expect(deliver.kind).toBe(SpanKind.INTERNAL);
    expect(outbound).toBeDefined();
    expect(sinkServer).toBeDefined();
    const traceIds = new Set(
      [inbound, deliver, outbound, sinkServer].map((s) => s.spanContext().traceId),
    );
    expect([...traceIds]).toEqual([journey.traceId]);
    expect(h.sink.calls.at(-1)?.traceparent).toContain(journey.traceId);
    expect(deliver.attributes).toEqual({
      'lienthong.connector': TARGET,
      'lienthong.kind': 'dossier',
      'lienthong.attempt': 1,
      'lienthong.exchange_id': journey.exchangeId,
      'lienthong.outcome_class': 'delivered',
    });
    expect(JSON.stringify(deliver.attributes)).not.toContain(dossierNumbered(6).code);
  });
});
