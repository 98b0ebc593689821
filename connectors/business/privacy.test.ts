// The enterprise code travels in the query string: spans, logs and errors must still never show it.
import { SpanKind } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KitLogger } from '../kit/index.ts';
import { startSimulator } from '../kit/simulator/index.ts';
import { installTestTracing, type TestTracing } from '../kit/testing/otel.ts';
import { businessConnector } from './connector.ts';
import { BUSINESS_CLIENT, createBusinessSimulator, LOOKUP_PATH } from './simulator.ts';

let tracing: TestTracing;
beforeAll(() => {
  tracing = installTestTracing();
});
afterAll(async () => {
  await tracing.shutdown();
});

describe('businessConnector privacy', () => {
  it('should label lookup spans with the route and keep the code out of spans and logs', async () => {
    const sim = await startSimulator(createBusinessSimulator());
    const lines: string[] = [];
    const record = (obj: object, msg?: string) => void lines.push(JSON.stringify([obj, msg]));
    const logger: KitLogger = { debug: record, info: record, warn: record, error: record };
    const result = businessConnector.instantiate(
      { baseUrl: sim.url, extraAllowedHosts: ['127.0.0.1'], ...BUSINESS_CLIENT },
      { logger },
    );
    if (!result.ok) throw new Error('config rejected');
    const codes = ['0103456789', '0100109106'];
    try {
      for (const code of codes) await result.connector.operations.lookupEnterprise({ code });
      await sim.setFaults({ errorRate: 1, errorResponder: 'unavailable' });
      await result.connector.operations.lookupEnterprise({ code: codes[0]! }).catch(() => {});
    } finally {
      await result.connector.close();
      await sim.close();
    }
    const spans = tracing.exporter
      .getFinishedSpans()
      .filter(
        (s) =>
          s.kind === SpanKind.CLIENT && s.attributes['connector.operation'] === 'lookupEnterprise',
      );
    expect(spans).toHaveLength(3);
    for (const span of spans) expect(span.attributes['url.path']).toBe(LOOKUP_PATH);
    const shown = JSON.stringify([spans.map((s) => [s.name, s.attributes, s.events]), lines]);
    for (const code of codes) expect(shown).not.toContain(code);
  });
});
