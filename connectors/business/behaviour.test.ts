// The business connector's own behaviour: seeded lookups, code normalisation, token lifecycle, faults.
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../kit/index.ts';
import { countOf, type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import { expectEndedClassified, settleWithin } from '../kit/testing/settle-within.ts';
import { businessConnector, type EnterpriseLookup } from './connector.ts';
import { SEED_ENTERPRISES } from './fixtures/enterprises.ts';
import {
  BUSINESS_CLIENT,
  type BusinessSimulatorOptions,
  createBusinessSimulator,
} from './simulator.ts';

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

describe('businessConnector', () => {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((x) => x.close()));
  });

  async function start(options: BusinessSimulatorOptions = {}, now?: () => number) {
    const sim: RunningSimulator = await startSimulator(createBusinessSimulator(options));
    const result = businessConnector.instantiate(config(sim.url), now ? { now } : {});
    if (!result.ok) throw new Error('config rejected');
    open.push(result.connector, sim);
    return { sim, connector: result.connector };
  }

  it('should find every seeded enterprise and map it without errors', async () => {
    const { connector } = await start();
    for (const cert of SEED_ENTERPRISES) {
      const found = await lookup(connector, cert.MaSoDoanhNghiep);
      expect(found, cert.MaSoDoanhNghiep).toMatchObject({
        outcome: 'found',
        organization: { enterpriseCode: cert.MaSoDoanhNghiep },
      });
    }
  });

  it('should zero-pad the integer codes 1 / 1 / 1 to 01 / 001 / 00001', async () => {
    const { connector } = await start();
    const found = (await lookup(connector, '0101234565')) as EnterpriseLookup;
    expect(found.outcome === 'found' && found.organization.headOffice).toMatchObject({
      province: { code: '01' },
      district: { code: '001' },
      commune: { code: '00001', name: 'Phường Phúc Xá' },
    });
  });

  it('should normalise 13 run-together digits to the hyphenated branch code before asking', async () => {
    const { connector } = await start();
    const found = await lookup(connector, '0101234565001');
    expect(found).toMatchObject({
      outcome: 'found',
      organization: { enterpriseCode: '0101234565-001' },
    });
  });

  it('should reject a wrong check digit before calling, without echoing the code', async () => {
    const { sim, connector } = await start();
    const error = await lookup(connector, '0103456788').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'business.invalid_code' });
    expect((error as Error).message).toContain('enterprise_code.check_digit');
    expect((error as Error).message).not.toContain('0103456788');
    expect(sim.stats().counters.requests?.all ?? 0).toBe(0);
  });

  it('should reuse one token, refresh it before expiry and once after the gateway drops it', async () => {
    let clock = Date.parse('2025-09-01T01:00:00Z');
    const now = () => clock;
    const { sim, connector } = await start({ tokenTtlSeconds: 120, now }, now);
    await lookup(connector, KNOWN);
    await lookup(connector, KNOWN);
    expect(countOf(sim.stats(), 'issued', 'token')).toBe(1);
    clock += 95_000; // past expiry minus the 30 s skew, still before expiry
    await lookup(connector, KNOWN);
    expect(countOf(sim.stats(), 'issued', 'token')).toBe(2);
    expect(countOf(sim.stats(), 'rejected', 'token')).toBe(0);
    sim.sim.expireCredentials();
    await lookup(connector, KNOWN);
    const stats = sim.stats();
    expect(countOf(stats, 'rejected', 'token')).toBe(1);
    expect(countOf(stats, 'issued', 'token')).toBe(3);
    // The rejected attempt stops at the gateway's token check; its retry reaches the registry.
    expect(countOf(stats, 'received', 'lookupEnterprise')).toBe(4);
  });

  it('should end every call classified within its timeout under 30% errors and 10% timeouts', async () => {
    const { sim, connector } = await start({
      seed: 30,
      faults: { errorRate: 0.3, timeoutRate: 0.1 },
    });
    const bounded = (call: Promise<unknown>) => settleWithin(call, 5_000);
    const codes = SEED_ENTERPRISES.map((e) => e.MaSoDoanhNghiep);
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        bounded(lookup(connector, codes[i % codes.length]!, { timeoutMs: 1_500 })),
      ),
    );
    const failed = expectEndedClassified(outcomes);
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(50);
    expect(countOf(sim.stats(), 'faults', 'timeout')).toBeGreaterThan(0);
  });
});
