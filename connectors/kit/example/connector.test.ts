import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runConformanceSuite } from '../conformance.ts';
import type { Delivery } from '../index.ts';
import { appliedCount, countOf, startSimulator } from '../simulator/index.ts';
import { echoConnector } from './connector.ts';
import { createEchoSimulator, ECHO_CLIENT } from './simulator.ts';

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/progress-delivery.json', import.meta.url), 'utf8'),
) as Delivery;

const config = (simUrl: string) => ({
  baseUrl: simUrl,
  extraAllowedHosts: ['127.0.0.1'],
  timeoutMs: 2_000,
  ...ECHO_CLIENT,
});

const second: Delivery = { ...fixture, key: '01J9Z3V6W8X2C4B5N7M9Q1R3T6:echo' };

runConformanceSuite({
  name: 'echo',
  definition: echoConnector,
  config,
  startSimulator: () => startSimulator(createEchoSimulator({ seed: 1 })),
  operations: [
    {
      name: 'echo',
      run: (connector, ctx) => connector.operations.echo({ text: 'xin chào' }, ctx),
      verify(result, stats) {
        expect(result).toMatchObject({ text: 'xin chào' });
        expect(countOf(stats, 'received', 'echo')).toBe(1);
      },
    },
    {
      name: 'deliver',
      run: (connector, ctx) => connector.deliver!(fixture, ctx),
      verify(result, stats) {
        expect(result).toMatchObject({ applied: 'created' });
        expect(stats.applied[fixture.key]?.[0]?.item).toEqual({
          kind: 'progress',
          dossierCode: fixture.dossierCode,
          body: fixture.payload,
        });
      },
    },
    {
      name: 'deliverBatch with per-item outcomes',
      run: (connector, ctx) =>
        connector.deliverBatch!(
          [fixture, second, { ...fixture, key: 'x:echo', kind: 'dossier' }],
          ctx,
        ),
      verify(result, stats) {
        expect(result).toEqual({
          items: [
            expect.objectContaining({ key: fixture.key, ok: true }),
            expect.objectContaining({ key: second.key, ok: true }),
            {
              key: 'x:echo',
              ok: false,
              error: expect.objectContaining({ class: 'permanent', reason: 'echo.rejected' }),
            },
          ],
        });
        const order = [fixture.key, second.key].map((k) => stats.applied[k]?.[0]?.seq);
        expect(order).toEqual([1, 2]);
      },
    },
  ],
  errorCases: [
    {
      faults: { errorRate: 1, errorStatus: 503 },
      expectClass: 'transient',
      expectReason: 'http.unavailable',
      run: (connector, ctx) => connector.operations.echo({ text: 'a' }, ctx),
    },
    {
      name: 'a 429 with Retry-After → throttled',
      faults: { errorRate: 1, errorResponder: 'busy' },
      expectClass: 'throttled',
      run: (connector, ctx) => connector.deliver!(fixture, ctx),
    },
    {
      name: 'a business error code in a 200 → permanent',
      before: async (_sim, connector) => void (await connector.check()),
      faults: { errorRate: 1, errorResponder: 'rejected' },
      expectClass: 'permanent',
      expectReason: 'echo.rejected',
      run: (connector, ctx) => connector.deliver!(fixture, ctx),
    },
    {
      name: 'a quota code → throttled',
      faults: { errorRate: 1, errorResponder: 'quota' },
      expectClass: 'throttled',
      expectReason: 'echo.quota',
      run: (connector, ctx) => connector.deliver!(fixture, ctx),
    },
    {
      name: 'a wrong client secret → auth',
      config: (url) => ({ ...config(url), clientSecret: 'wrong-secret' }),
      expectClass: 'auth',
      expectReason: 'echo.invalid_client',
      run: (connector, ctx) => connector.deliver!(fixture, ctx),
    },
    {
      faults: { down: true },
      expectClass: 'transient',
      expectReason: 'network.connection_refused',
      run: (connector, ctx) => connector.deliver!(fixture, ctx),
    },
  ],
  redelivery: {
    run: (connector, ctx) => connector.deliver!({ ...fixture, attempt: 2 }, ctx),
    expectAppliedOnce(stats) {
      expect(countOf(stats, 'received', 'putMessage')).toBe(2);
      expect(appliedCount(stats, fixture.key)).toBe(1);
    },
  },
  timeout: { run: (connector, ctx) => connector.deliver!(fixture, ctx) },
});

describe('echoConnector', () => {
  it('should mask the client secret when redacting config', () => {
    const parsed = echoConnector.parseConfig(config('http://127.0.0.1:1'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(echoConnector.redactConfig(parsed.config)).toMatchObject({
      clientId: 'lienthong',
      clientSecret: '[redacted]',
    });
  });

  it('should name the offending key when config is invalid', () => {
    const parsed = echoConnector.parseConfig({
      baseUrl: 'ftp://x',
      clientId: 'a',
      clientSecret: 1,
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.path).sort()).toEqual(['baseUrl', 'clientSecret']);
  });

  it('should refresh its token once after the simulator expires it, then carry on', async () => {
    const sim = await startSimulator(createEchoSimulator());
    const result = echoConnector.instantiate(config(sim.url));
    if (!result.ok) throw new Error('config rejected');
    const connector = result.connector;
    try {
      await connector.deliver!(fixture, {});
      sim.sim.expireCredentials();
      await connector.deliver!(second, {});
      const stats = sim.stats();
      expect(countOf(stats, 'received', 'token')).toBe(2);
      expect(appliedCount(stats, second.key)).toBe(1);
    } finally {
      await connector.close();
      await sim.close();
    }
  });
});
