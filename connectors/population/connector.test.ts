// Conformance of the population connector against its simulator, plus outcomes, audit, request ids and hostile XML.
import { afterEach, describe, expect, it } from 'vitest';
import { runConformanceSuite } from '../kit/conformance.ts';
import type { ConnectorDeps, ConnectorError, KitLogger } from '../kit/index.ts';
import { countOf, type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import { expectEndedClassified, settleWithin } from '../kit/testing/settle-within.ts';
import { populationConnector, type VerifyCitizenInput } from './connector.ts';
import { birthDateOf, fullNameOf, SEED_CITIZENS, type SeedCitizen } from './fixtures/citizens.ts';
import {
  createPopulationSimulator,
  POPULATION_CLIENT,
  type PopulationSimulatorOptions,
} from './simulator.ts';

type PopulationConnector = ReturnType<typeof populationConnector.create>;

const config = (simUrl: string) => ({
  baseUrl: simUrl,
  extraAllowedHosts: ['127.0.0.1'],
  timeoutMs: 2_000,
  ...POPULATION_CLIENT,
});

const PERSON = SEED_CITIZENS[0] as SeedCitizen;
const asked = (c: SeedCitizen, extra: Partial<VerifyCitizenInput> = {}): VerifyCitizenInput => ({
  idNumber: c.SoDinhDanh,
  fullName: fullNameOf(c),
  birthDate: birthDateOf(c),
  purpose: 'Xác minh thông tin chủ hồ sơ',
  dossierCode: '000.00.01.H26-250703-0031',
  officer: 'canbo.motcua.badinh',
  ...extra,
});
/** A well-formed ID (right century/sex digit for its year) that the register does not hold. */
const UNKNOWN_ID = `0010${PERSON.NgayThangNam.slice(2, 4)}000000`;
const verify = (c: PopulationConnector, input: VerifyCitizenInput, ctx = {}) =>
  c.operations.verifyCitizen(input, ctx);

runConformanceSuite({
  name: 'population',
  definition: populationConnector,
  config,
  startSimulator: () => startSimulator(createPopulationSimulator({ seed: 1 })),
  operations: [
    {
      name: 'verifyCitizen of a registered citizen',
      run: (c, ctx) => verify(c, asked(PERSON), ctx),
      verify(result, stats) {
        expect(result).toMatchObject({
          outcome: 'found',
          citizen: {
            kind: 'citizen',
            personalId: PERSON.SoDinhDanh,
            birthDate: birthDateOf(PERSON),
            sex: PERSON.sex,
            permanentAddress: {
              province: { code: '01' },
              district: { code: PERSON.ThuongTru.MaQuanHuyen },
              commune: { code: PERSON.ThuongTru.MaPhuongXa, listVersion: '2025-01' },
            },
          },
        });
        expect(countOf(stats, 'found', 'verifyCitizen')).toBe(1);
      },
    },
    {
      name: 'verifyCitizen of an ID the register does not hold',
      run: (c, ctx) => verify(c, asked(PERSON, { idNumber: UNKNOWN_ID }), ctx),
      verify(result, stats) {
        expect(result).toMatchObject({ outcome: 'not_found' });
        expect(countOf(stats, 'not_found', 'verifyCitizen')).toBe(1);
      },
    },
    {
      name: 'verifyCitizen with the wrong name and birth date as a mismatch without the record',
      run: (c, ctx) =>
        verify(
          c,
          asked(PERSON, {
            fullName: 'Nguyễn Văn Không Khớp',
            birthDate: `${PERSON.NgayThangNam.slice(0, 4)}-12-31`,
          }),
          ctx,
        ),
      verify(result) {
        expect(result).toEqual({
          requestId: expect.any(String),
          outcome: 'mismatch',
          fields: ['fullName', 'birthDate'],
        });
      },
    },
  ],
  errorCases: [
    {
      name: 'an unreachable register behind the gateway → transient population.unavailable',
      before: async (_sim, c) => void (await c.check()),
      faults: { errorRate: 1, errorResponder: 'unavailable' },
      expectClass: 'transient',
      expectReason: 'population.unavailable',
      run: (c, ctx) => verify(c, asked(PERSON), ctx),
    },
    {
      name: 'a back-end timeout at the gateway → transient population.unavailable',
      faults: { errorRate: 1, errorResponder: 'backend_timeout' },
      expectClass: 'transient',
      expectReason: 'population.unavailable',
      run: (c, ctx) => verify(c, asked(PERSON), ctx),
    },
    {
      name: 'error_code 99 in the envelope → transient population.unavailable',
      before: async (_sim, c) => void (await c.check()),
      faults: { errorRate: 1, errorResponder: 'upstream_busy' },
      expectClass: 'transient',
      expectReason: 'population.unavailable',
      run: (c, ctx) => verify(c, asked(PERSON), ctx),
    },
    {
      name: 'a 429 from the gateway → throttled',
      faults: { errorRate: 1, errorResponder: 'throttled' },
      expectClass: 'throttled',
      run: (c, ctx) => verify(c, asked(PERSON), ctx),
    },
    {
      name: 'a wrong client secret → auth',
      config: (url) => ({ ...config(url), clientSecret: 'wrong-secret' }),
      expectClass: 'auth',
      expectReason: 'population.invalid_client',
      run: (c, ctx) => verify(c, asked(PERSON), ctx),
    },
    {
      name: 'an integration code the gateway did not issue → permanent population.not_authorised',
      config: (url) => ({ ...config(url), maTichHop: '999' }),
      expectClass: 'permanent',
      expectReason: 'population.not_authorised',
      run: (c, ctx) => verify(c, asked(PERSON), ctx),
    },
    {
      name: 'an ID contradicting the birth date → permanent mapping.invalid before any call',
      expectClass: 'permanent',
      expectReason: 'mapping.invalid',
      run: (c, ctx) => verify(c, asked(PERSON, { birthDate: '1899-01-01' }), ctx),
    },
    {
      name: 'billion laughs in message → permanent, never expanded',
      before: async (_sim, c) => void (await c.check()),
      faults: { errorRate: 1, errorResponder: 'billion_laughs' },
      expectClass: 'permanent',
      expectReason: 'population.xml_forbidden',
      run: (c, ctx) => verify(c, asked(PERSON), ctx),
    },
    {
      name: 'an XXE DOCTYPE in message → permanent',
      before: async (_sim, c) => void (await c.check()),
      faults: { errorRate: 1, errorResponder: 'xxe' },
      expectClass: 'permanent',
      expectReason: 'population.xml_forbidden',
      run: (c, ctx) => verify(c, asked(PERSON), ctx),
    },
    {
      name: '100 000 nested elements in message → permanent',
      before: async (_sim, c) => void (await c.check()),
      faults: { errorRate: 1, errorResponder: 'deep' },
      expectClass: 'permanent',
      expectReason: 'population.xml_too_deep',
      run: (c, ctx) => verify(c, asked(PERSON), ctx),
    },
    {
      name: 'a 10 MB answer → permanent response_too_large',
      before: async (_sim, c) => void (await c.check()),
      faults: { errorRate: 1, errorResponder: 'huge' },
      expectClass: 'permanent',
      expectReason: 'response_too_large',
      run: (c, ctx) => verify(c, asked(PERSON), ctx),
    },
    {
      faults: { errorRate: 1, errorStatus: 500 },
      expectClass: 'transient',
      expectReason: 'http.server_error',
      run: (c, ctx) => verify(c, asked(PERSON), ctx),
    },
    {
      faults: { down: true },
      expectClass: 'transient',
      expectReason: 'network.connection_refused',
      run: (c, ctx) => verify(c, asked(PERSON), ctx),
    },
  ],
  // Lookup-only: nothing is delivered, so a repeated call must change nothing at all.
  redelivery: {
    run: (c, ctx) => verify(c, asked(PERSON), ctx),
    expectAppliedOnce(stats) {
      expect(countOf(stats, 'received', 'verifyCitizen')).toBe(2);
      expect(countOf(stats, 'duplicate', 'verifyCitizen')).toBe(0);
      expect(stats.applied).toEqual({});
    },
  },
  timeout: { run: (c, ctx) => verify(c, asked(PERSON), ctx) },
});

describe('populationConnector', () => {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((x) => x.close()));
  });

  async function start(options: PopulationSimulatorOptions = {}, deps: ConnectorDeps = {}) {
    const sim: RunningSimulator = await startSimulator(
      createPopulationSimulator({ seed: 3, ...options }),
    );
    const result = populationConnector.instantiate(config(sim.url), deps);
    if (!result.ok) throw new Error('config rejected');
    open.push(result.connector, sim);
    return { sim, connector: result.connector };
  }

  it('should send a fresh UUID MaYeuCau on every call and return it', async () => {
    const { sim, connector } = await start();
    const a = await verify(connector, asked(PERSON));
    const b = await verify(connector, asked(PERSON));
    const sent = [...sim.sim.store.collection<number>('requests').keys()];
    expect(sent).toEqual([a.requestId, b.requestId]);
    expect(new Set(sent).size).toBe(2);
    for (const id of sent)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('should find a citizen by legacy CMND too', async () => {
    const { connector } = await start();
    const holder = SEED_CITIZENS.find((c) => c.SoCMND !== '') as SeedCitizen;
    const result = await verify(connector, asked(holder, { idNumber: holder.SoCMND }));
    expect(result).toMatchObject({
      outcome: 'found',
      citizen: { legacyId: holder.SoCMND, personalId: holder.SoDinhDanh },
    });
  });

  it('should audit who asked, why and for which dossier, never whom about', async () => {
    const lines: unknown[] = [];
    const record = (obj: object, msg?: string) => void lines.push({ ...obj, msg });
    const logger: KitLogger = { debug: record, info: record, warn: record, error: record };
    const { sim, connector } = await start({}, { logger });
    const found = await verify(connector, asked(PERSON));
    await sim.setFaults({ errorRate: 1, errorResponder: 'unavailable' });
    await verify(connector, asked(PERSON)).catch(() => undefined);
    expect(lines).toContainEqual(
      expect.objectContaining({
        requestId: found.requestId,
        outcome: 'found',
        purpose: 'Xác minh thông tin chủ hồ sơ',
        officer: 'canbo.motcua.badinh',
        dossierCode: '000.00.01.H26-250703-0031',
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ outcome: 'error', reason: 'population.unavailable' }),
    );
    const logged = JSON.stringify(lines);
    for (const personal of [
      PERSON.SoDinhDanh,
      PERSON.Ten,
      PERSON.NgayThangNam,
      birthDateOf(PERSON),
    ]) {
      expect(logged).not.toContain(personal);
    }
  });

  it('should never fetch the entity a hostile XXE answer points at', async () => {
    const { sim, connector } = await start();
    await connector.check();
    await sim.setFaults({ errorRate: 1, errorResponder: 'xxe' });
    const error = await verify(connector, asked(PERSON)).catch((e: unknown) => e);
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'population.xml_forbidden' });
    expect(countOf(sim.stats(), 'fetched', 'xxe_probe')).toBe(0);
  });

  it('should keep personal values out of error messages', async () => {
    const { connector } = await start();
    const error = (await verify(connector, asked(PERSON, { idNumber: '00119001234X' })).catch(
      (e: unknown) => e,
    )) as ConnectorError;
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'mapping.invalid' });
    expect(error.message).toContain('idNumber');
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain('00119001234X');
  });

  it('should end every call classified within its timeout under 30% errors and 10% timeouts', async () => {
    const { sim, connector } = await start({
      seed: 30,
      faults: { errorRate: 0.3, timeoutRate: 0.1, errorResponder: 'unavailable' },
    });
    const bounded = (call: Promise<unknown>) => settleWithin(call, 5_000);
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        bounded(
          verify(connector, asked(SEED_CITIZENS[i % SEED_CITIZENS.length] as SeedCitizen), {
            timeoutMs: 1_500,
          }),
        ),
      ),
    );
    const failed = expectEndedClassified(outcomes);
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(50);
    expect(countOf(sim.stats(), 'faults', 'timeout')).toBeGreaterThan(0);
  });
});
