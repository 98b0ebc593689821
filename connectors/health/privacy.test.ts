// Spans and logs of the health connector: routes instead of certificate codes, no personal data.
import { SpanKind } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KitLogger } from '../kit/index.ts';
import { startSimulator } from '../kit/simulator/index.ts';
import { installTestTracing, type TestTracing } from '../kit/testing/otel.ts';
import { healthConnector } from './connector.ts';
import { SEED_BIRTH_CERTIFICATES } from './fixtures/birth-certificates.ts';
import { birthDelivery, simulatorConfig } from './fixtures/index.ts';
import { createHealthSimulator } from './simulator.ts';

let tracing: TestTracing;
beforeAll(() => {
  tracing = installTestTracing();
});
afterAll(async () => {
  await tracing.shutdown();
});

describe('healthConnector privacy', () => {
  it('should label spans with routes and keep codes, names and IDs out of spans and logs', async () => {
    const sim = await startSimulator(createHealthSimulator({ resultDelayMs: 0 }));
    const lines: string[] = [];
    const record = (obj: object, msg?: string) => void lines.push(JSON.stringify([obj, msg]));
    const logger: KitLogger = { debug: record, info: record, warn: record, error: record };
    const result = healthConnector.instantiate(simulatorConfig(sim.url), { logger });
    if (!result.ok) throw new Error('config rejected');
    const { maGCS } = SEED_BIRTH_CERTIFICATES[1]!;
    const maHoSo = birthDelivery.payload.dossier.code;
    try {
      await result.connector.operations.lookupBirthCertificate({ maGCS });
      await result.connector.deliver!(birthDelivery, {});
      await result.connector.operations.queryResult({ maHoSo });
    } finally {
      await result.connector.close();
      await sim.close();
    }
    const spans = tracing.exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.CLIENT);
    const lookup = spans.find(
      (s) => s.attributes['connector.operation'] === 'lookupBirthCertificate',
    );
    expect(lookup?.attributes['url.path']).toBe('/giayChungSinh/:maGCS');
    expect(spans.map((s) => s.attributes['connector.operation']).sort()).toEqual([
      'lookupBirthCertificate',
      'queryResult',
      'submitDossier',
      'token',
    ]);
    const shown = JSON.stringify([spans.map((s) => [s.name, s.attributes, s.events]), lines]);
    for (const secret of [maGCS, '001190012345', 'Trần Minh Khôi', 'Nguyễn Thị Thu Hương']) {
      expect(shown).not.toContain(secret);
    }
  });
});
