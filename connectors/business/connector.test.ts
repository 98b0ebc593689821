// Conformance of the business connector against its simulator: lookups, error classes, redelivery, timeout.
import { expect } from 'vitest';
import { runConformanceSuite } from '../kit/conformance.ts';
import { countOf, startSimulator } from '../kit/simulator/index.ts';
import { businessConnector } from './connector.ts';
import { BUSINESS_CLIENT, createBusinessSimulator } from './simulator.ts';

type BusinessConnector = ReturnType<typeof businessConnector.create>;

const config = (simUrl: string) => ({
  baseUrl: simUrl,
  extraAllowedHosts: ['127.0.0.1'],
  timeoutMs: 2_000,
  ...BUSINESS_CLIENT,
});

const KNOWN = '0103456789';
const lookup = (c: BusinessConnector, code: string, ctx = {}) =>
  c.operations.lookupEnterprise({ code }, ctx);

runConformanceSuite({
  name: 'business',
  definition: businessConnector,
  config,
  startSimulator: () => startSimulator(createBusinessSimulator({ seed: 1 })),
  operations: [
    {
      name: 'lookupEnterprise of a registered enterprise',
      run: (connector, ctx) => lookup(connector, KNOWN, ctx),
      verify(result, stats) {
        expect(result).toMatchObject({
          outcome: 'found',
          organization: {
            kind: 'enterprise',
            enterpriseCode: KNOWN,
            name: 'CÔNG TY TNHH PHẦN MỀM DỊCH VỌNG',
            headOffice: {
              province: { code: '01' },
              district: { code: '005' },
              commune: { code: '00167', name: 'Phường Dịch Vọng Hậu' },
            },
          },
        });
        expect(countOf(stats, 'received', 'lookupEnterprise')).toBe(1);
      },
    },
    {
      name: 'lookupEnterprise of an unknown code as not found',
      run: (connector, ctx) => lookup(connector, '0100109106', ctx),
      verify(result, stats) {
        expect(result).toEqual({ outcome: 'not_found' });
        expect(countOf(stats, 'not_found', 'lookupEnterprise')).toBe(1);
      },
    },
  ],
  errorCases: [
    {
      name: 'an unreachable registry → transient business.unavailable, not not-found',
      before: async (_sim, connector) => void (await connector.check()),
      faults: { errorRate: 1, errorResponder: 'unavailable' },
      expectClass: 'transient',
      expectReason: 'business.unavailable',
      run: (connector, ctx) => lookup(connector, KNOWN, ctx),
    },
    {
      name: 'a back-end timeout at the gateway → transient business.unavailable',
      faults: { errorRate: 1, errorResponder: 'backend_timeout' },
      expectClass: 'transient',
      expectReason: 'business.unavailable',
      run: (connector, ctx) => lookup(connector, KNOWN, ctx),
    },
    {
      name: 'a 429 from the gateway → throttled',
      faults: { errorRate: 1, errorResponder: 'throttled' },
      expectClass: 'throttled',
      expectReason: 'business.throttled',
      run: (connector, ctx) => lookup(connector, KNOWN, ctx),
    },
    {
      name: 'a malformed code → permanent business.invalid_code',
      expectClass: 'permanent',
      expectReason: 'business.invalid_code',
      run: (connector, ctx) => lookup(connector, '01034567', ctx),
    },
    {
      name: 'a wrong client secret → auth',
      config: (url) => ({ ...config(url), clientSecret: 'wrong-secret' }),
      expectClass: 'auth',
      expectReason: 'business.invalid_client',
      run: (connector, ctx) => lookup(connector, KNOWN, ctx),
    },
    {
      faults: { errorRate: 1, errorStatus: 500 },
      expectClass: 'transient',
      expectReason: 'http.server_error',
      run: (connector, ctx) => lookup(connector, KNOWN, ctx),
    },
    {
      faults: { down: true },
      expectClass: 'transient',
      expectReason: 'network.connection_refused',
      run: (connector, ctx) => lookup(connector, KNOWN, ctx),
    },
  ],
  // Lookup-only: nothing is delivered, so a repeated call must change nothing at all.
  redelivery: {
    run: (connector, ctx) => lookup(connector, KNOWN, ctx),
    expectAppliedOnce(stats) {
      expect(countOf(stats, 'received', 'lookupEnterprise')).toBe(2);
      expect(stats.applied).toEqual({});
    },
  },
  timeout: { run: (connector, ctx) => lookup(connector, KNOWN, ctx) },
});
