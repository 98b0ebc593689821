// Conformance of the health connector against its simulator: deliveries, queries, lookups, errors, redelivery, timeout.
import { expect } from 'vitest';
import { exampleDossier } from '../../contracts/canonical/examples.ts';
import { runConformanceSuite } from '../kit/conformance.ts';
import { appliedCount, countOf, startSimulator } from '../kit/simulator/index.ts';
import { healthConnector } from './connector.ts';
import { SEED_BIRTH_CERTIFICATES } from './fixtures/birth-certificates.ts';
import { birthDelivery, simulatorConfig } from './fixtures/index.ts';
import { createHealthSimulator } from './simulator.ts';

const delivery = birthDelivery;
const maHoSo = delivery.payload.dossier.code;
const healthConfig = simulatorConfig;

runConformanceSuite({
  name: 'health',
  definition: healthConnector,
  config: healthConfig,
  startSimulator: () => startSimulator(createHealthSimulator({ seed: 1, resultDelayMs: 0 })),
  operations: [
    {
      name: 'deliver of a birth-registration dossier',
      run: (connector, ctx) => connector.deliver!(delivery, ctx),
      verify(result, stats) {
        expect(result).toMatchObject({
          applied: 'ok',
          request: { maHoSo, module: 'KS', maDonVi: 1001, maTTHC: '1.001193' },
          response: { status: '1' },
        });
        expect(stats.applied[maHoSo]?.[0]?.item).toMatchObject({ maHoSo, module: 'KS' });
      },
    },
    {
      name: 'submitDossier then queryResult of the registered birth',
      async run(connector, ctx) {
        await connector.operations.submitDossier(delivery.payload, ctx);
        return connector.operations.queryResult({ maHoSo }, ctx);
      },
      verify(result, stats) {
        expect(result).toMatchObject({
          outcome: 'found',
          state: {
            dossierCode: maHoSo,
            linkCode: expect.stringMatching(/^LT-KS-\d{4}-000001$/),
            results: [{ name: 'Giấy khai sinh' }],
            registeredBirth: { child: { fullName: 'Trần Minh Khôi', sex: 'male' } },
          },
        });
        expect(countOf(stats, 'received', 'queryResult')).toBe(1);
      },
    },
    {
      name: 'queryResult of a dossier the link-up never received',
      run: (connector, ctx) =>
        connector.operations.queryResult({ maHoSo: '000.00.01.H26-250101-0001' }, ctx),
      verify(result) {
        expect(result).toEqual({ outcome: 'not_found' });
      },
    },
    {
      name: 'lookupBirthCertificate of a seeded certificate',
      run: (connector, ctx) =>
        connector.operations.lookupBirthCertificate(
          { maGCS: SEED_BIRTH_CERTIFICATES[2]!.maGCS },
          ctx,
        ),
      verify(result, stats) {
        expect(result).toMatchObject({
          outcome: 'found',
          certificate: {
            code: SEED_BIRTH_CERTIFICATES[2]!.maGCS,
            issuedOn: '2025-07-15',
            facility: { name: 'Bệnh viện Đa khoa Đống Đa' },
            child: { sex: 'male', birthDate: '2025-07-14', weightGrams: 3450 },
          },
        });
        expect(countOf(stats, 'received', 'lookupBirthCertificate')).toBe(1);
      },
    },
    {
      name: 'lookupBirthCertificate of an unknown certificate',
      run: (connector, ctx) =>
        connector.operations.lookupBirthCertificate({ maGCS: 'GCS-01-KHONG-CO' }, ctx),
      verify(result) {
        expect(result).toEqual({ outcome: 'not_found' });
      },
    },
  ],
  errorCases: [
    {
      faults: { errorRate: 1, errorStatus: 503 },
      expectClass: 'transient',
      expectReason: 'http.unavailable',
      run: (connector, ctx) => connector.deliver!(delivery, ctx),
    },
    {
      name: 'a WSO2 throttling 429 → throttled',
      faults: { errorRate: 1, errorResponder: 'throttled' },
      expectClass: 'throttled',
      expectReason: 'health.throttled',
      run: (connector, ctx) => connector.deliver!(delivery, ctx),
    },
    {
      name: 'a status "0" HS_KHONG_HOP_LE answer → permanent',
      before: async (_sim, connector) => void (await connector.check()),
      faults: { errorRate: 1, errorResponder: 'invalid_submission' },
      expectClass: 'permanent',
      expectReason: 'health.invalid_submission',
      run: (connector, ctx) => connector.deliver!(delivery, ctx),
    },
    {
      name: 'a status "0" HE_THONG_QUA_TAI answer → throttled',
      before: async (_sim, connector) => void (await connector.check()),
      faults: { errorRate: 1, errorResponder: 'busy' },
      expectClass: 'throttled',
      expectReason: 'health.busy',
      run: (connector, ctx) => connector.deliver!(delivery, ctx),
    },
    {
      name: 'a status "0" LOI_HE_THONG answer → transient',
      before: async (_sim, connector) => void (await connector.check()),
      faults: { errorRate: 1, errorResponder: 'system_error' },
      expectClass: 'transient',
      expectReason: 'health.system_error',
      run: (connector, ctx) => connector.deliver!(delivery, ctx),
    },
    {
      name: 'a token rejected again after one refresh → auth',
      before: async (_sim, connector) => void (await connector.check()),
      faults: { errorRate: 1, errorResponder: 'token_rejected' },
      expectClass: 'auth',
      run: (connector, ctx) => connector.deliver!(delivery, ctx),
    },
    {
      name: 'a wrong client secret → auth',
      config: (url) => ({ ...healthConfig(url), clientSecret: 'wrong-secret' }),
      expectClass: 'auth',
      expectReason: 'health.invalid_client',
      run: (connector, ctx) => connector.deliver!(delivery, ctx),
    },
    {
      name: 'a bare canonical Dossier without birth facts → permanent mapping.invalid',
      expectClass: 'permanent',
      expectReason: 'mapping.invalid',
      run: (connector, ctx) => connector.deliver!({ ...delivery, payload: exampleDossier }, ctx),
    },
    {
      name: 'a delivery kind the link-up does not take → permanent',
      expectClass: 'permanent',
      expectReason: 'health.unsupported_kind',
      run: (connector, ctx) => connector.deliver!({ ...delivery, kind: 'progress' }, ctx),
    },
    {
      faults: { down: true },
      expectClass: 'transient',
      expectReason: 'network.connection_refused',
      run: (connector, ctx) => connector.deliver!(delivery, ctx),
    },
  ],
  redelivery: {
    run: (connector, ctx) => connector.deliver!({ ...delivery, attempt: 2 }, ctx),
    expectAppliedOnce(stats) {
      expect(countOf(stats, 'received', 'submitDossier')).toBe(2);
      expect(countOf(stats, 'duplicate', 'submitDossier')).toBe(1);
      expect(appliedCount(stats, maHoSo)).toBe(1);
    },
  },
  timeout: { run: (connector, ctx) => connector.deliver!(delivery, ctx) },
});
