// The health connector's own behaviour: token lifecycle, delayed results, refusals, replays, input checks, faults.
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../kit/index.ts';
import { countOf, startSimulator } from '../kit/simulator/index.ts';
import { expectEndedClassified, settleWithin } from '../kit/testing/settle-within.ts';
import { healthConnector } from './connector.ts';
import { SEED_BIRTH_CERTIFICATES } from './fixtures/birth-certificates.ts';
import { birthDelivery, simulatorConfig } from './fixtures/index.ts';
import { createHealthSimulator, type HealthSimulatorOptions } from './simulator.ts';

const maHoSo = birthDelivery.payload.dossier.code;

describe('healthConnector', () => {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((x) => x.close()));
  });

  async function start(
    options: HealthSimulatorOptions = {},
    extra: { now?: () => number; settings?: Record<string, unknown> } = {},
  ) {
    const sim = await startSimulator(createHealthSimulator(options));
    const connect = (settings: Record<string, unknown> = {}) => {
      const result = healthConnector.instantiate(
        { ...simulatorConfig(sim.url), ...extra.settings, ...settings },
        extra.now ? { now: extra.now } : {},
      );
      if (!result.ok) throw new Error(`config rejected: ${JSON.stringify(result.issues)}`);
      open.push(result.connector);
      return result.connector;
    };
    open.push(sim);
    return { sim, connector: connect(), connect };
  }

  it('should reuse one token, refresh it shortly before expiry and once after a 401', async () => {
    let clock = Date.parse('2025-07-03T02:30:00Z');
    const now = () => clock;
    const { sim, connector } = await start({ tokenTtlSeconds: 300, now }, { now });
    const certificate = { maGCS: SEED_BIRTH_CERTIFICATES[0]!.maGCS };
    await connector.operations.lookupBirthCertificate(certificate);
    await connector.deliver!(birthDelivery, {});
    expect(countOf(sim.stats(), 'issued', 'token')).toBe(1);
    clock += 275_000; // inside the 30 s skew before expiry
    await connector.operations.lookupBirthCertificate(certificate);
    expect(countOf(sim.stats(), 'issued', 'token')).toBe(2);
    expect(countOf(sim.stats(), 'rejected', 'token')).toBe(0);
    sim.sim.expireCredentials();
    await connector.operations.lookupBirthCertificate(certificate);
    const stats = sim.stats();
    expect(countOf(stats, 'rejected', 'token')).toBe(1);
    expect(countOf(stats, 'issued', 'token')).toBe(3);
    expect(countOf(stats, 'received', 'lookupBirthCertificate')).toBe(3);
  });

  it('should report the dossier as processing until the result appears, then registered', async () => {
    let clock = Date.parse('2025-07-03T02:30:00Z');
    const now = () => clock;
    const { connector } = await start({ resultDelayMs: 120_000, now }, { now });
    await connector.deliver!(birthDelivery, {});
    const early = await connector.operations.queryResult({ maHoSo });
    expect(early).toMatchObject({ outcome: 'found', state: { status: 'processing', results: [] } });
    clock += 120_000;
    const done = await connector.operations.queryResult({ maHoSo });
    expect(done).toMatchObject({
      outcome: 'found',
      state: {
        status: 'returned',
        processedAt: '2025-07-03T09:32:00+07:00',
        results: [{ name: 'Giấy khai sinh', documentNumber: '1', signedOn: '2025-07-03' }],
        registeredBirth: { registeredOn: '2025-07-03', child: { birthDate: '2025-06-20' } },
      },
    });
  });

  it('should surface a refused registration when the certificate is unknown to health', async () => {
    const { connector } = await start({ resultDelayMs: 0, certificates: [] });
    await connector.deliver!(birthDelivery, {});
    const result = await connector.operations.queryResult({ maHoSo });
    expect(result).toMatchObject({
      outcome: 'found',
      state: {
        status: 'rejected',
        results: [],
        errors: expect.stringContaining('giấy chứng sinh'),
      },
    });
  });

  it('should send a stored request as is when the delivery is replayed as stored', async () => {
    const { sim, connector } = await start();
    const first = await connector.deliver!(birthDelivery, {});
    const request = { ...(first.request as object), maHoSo: '000.00.01.H26-250703-0013' };
    const replay = await connector.deliver!(
      { ...birthDelivery, payload: null, resend: request },
      {},
    );
    expect(replay.request).toEqual(request);
    expect(sim.stats().applied['000.00.01.H26-250703-0013']?.[0]?.item).toEqual(request);
  });

  it('should refuse results that belong to another unit', async () => {
    const { connector, connect } = await start({ resultDelayMs: 0 });
    await connector.deliver!(birthDelivery, {});
    const other = connect({ maDonVi: 2002 });
    const error = await other.operations.queryResult({ maHoSo }).catch((e: unknown) => e);
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'health.result_mismatch' });
  });

  it('should reject a malformed dossier code before calling', async () => {
    const { sim, connector } = await start();
    const error = await connector.operations
      .queryResult({ maHoSo: 'HS-123' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'health.invalid_input' });
    expect(sim.stats().counters.requests?.all ?? 0).toBe(0);
  });

  it('should name the failing fields of an unmappable dossier without their values', async () => {
    const { sim, connector } = await start();
    const payload = structuredClone(birthDelivery.payload);
    payload.birth.mother.birthDate = '1991-03-15';
    const error = await connector.deliver!({ ...birthDelivery, payload }, {}).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'mapping.invalid' });
    expect((error as Error).message).toContain('personal_id.year_mismatch');
    expect((error as Error).message).not.toContain('001190012345');
    expect((error as Error).message).not.toContain('Nguyễn');
    expect(countOf(sim.stats(), 'received', 'submitDossier')).toBe(0);
  });

  it('should end every call classified within its timeout under 30% errors and 10% timeouts', async () => {
    const { sim, connector } = await start({
      seed: 30,
      resultDelayMs: 0,
      faults: { errorRate: 0.3, timeoutRate: 0.1 },
    });
    const bounded = (call: Promise<unknown>) => settleWithin(call, 5_000);
    const ctx = { timeoutMs: 1_500 };
    const calls = Array.from({ length: 50 }, (_, i) => {
      if (i % 3 === 0) return connector.deliver!({ ...birthDelivery, attempt: i + 1 }, ctx);
      if (i % 3 === 1) return connector.operations.queryResult({ maHoSo }, ctx);
      const cert = SEED_BIRTH_CERTIFICATES[i % SEED_BIRTH_CERTIFICATES.length]!;
      return connector.operations.lookupBirthCertificate({ maGCS: cert.maGCS }, ctx);
    });
    const outcomes = await Promise.all(calls.map(bounded));
    const failed = expectEndedClassified(outcomes);
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(50);
    expect(countOf(sim.stats(), 'faults', 'timeout')).toBeGreaterThan(0);
    // However many deliveries got through, the dossier was applied at most once.
    expect(sim.stats().applied[maHoSo]?.length ?? 0).toBeLessThanOrEqual(1);
  });
});
