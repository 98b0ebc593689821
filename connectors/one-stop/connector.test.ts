// Conformance of the one-stop connector against its simulator over real sockets, plus its delivery kinds.
import { describe, expect, it } from 'vitest';
import { runConformanceSuite } from '../kit/conformance.ts';
import type { Delivery } from '../kit/index.ts';
import { appliedCount, countOf, startSimulator } from '../kit/simulator/index.ts';
import { oneStopConnector } from './connector.ts';
import { PROCEDURES } from './generator/procedures.ts';
import { createOneStopSimulator } from './simulator.ts';
import {
  dossierDelivery,
  feedbackDelivery,
  hoSoFixture,
  procedureDelivery,
  resultDelivery,
  simConfig,
} from './test-fixtures.ts';

const code = hoSoFixture.MaHoSo;
const applied = (stats: { applied: Record<string, { item: unknown }[]> }, key: string, i = 0) =>
  stats.applied[key]?.[i]?.item as Record<string, unknown> | undefined;

runConformanceSuite({
  name: 'one-stop',
  definition: oneStopConnector,
  config: (url) => simConfig(url),
  startSimulator: () => startSimulator(createOneStopSimulator({ seed: 1 })),
  operations: [
    {
      name: 'deliver(dossier) as HoSo',
      run: (c, ctx) => c.deliver!(dossierDelivery, ctx),
      verify(result, stats) {
        expect(result).toMatchObject({
          applied: 'created',
          response: { MaHoSo: code, KetQua: 'TaoMoi' },
        });
        expect(applied(stats, code)).toMatchObject({
          MaHoSo: code,
          ChuHoSo: hoSoFixture.ChuHoSo,
          TrangThaiHoSo: '2',
        });
      },
    },
    {
      name: 'deliver(result) as a KetQua push',
      run: (c, ctx) => c.deliver!(resultDelivery, ctx),
      verify(result, stats) {
        expect(result).toMatchObject({ applied: 'created' });
        expect(applied(stats, code)).toMatchObject({
          MaGiaoDich: '0197d2a4-6b1e-7c3f-8a2d-4e5f6a7b8c02',
          HeThongNguon: 'health',
          TrangThaiHoSo: '9',
          KetQua: [{ MaKetQua: 'KQ.G09-TP01.000001', NgayKy: '2025-11-18T00:00:00+07:00' }],
        });
      },
    },
    {
      name: 'deliver(feedback) as PhanHoiDVCQG',
      run: (c, ctx) => c.deliver!(feedbackDelivery, ctx),
      verify(result, stats) {
        expect(result).toMatchObject({ applied: 'created' });
        expect(applied(stats, code)).toMatchObject({
          DichVu: 'DongBoHoSoMC',
          TrangThaiDongBoDVC: '1',
          MaLoi: '0',
          ThongBao: 'Đồng bộ hồ sơ thành công',
        });
      },
    },
    {
      name: 'deliver(procedure) as a one-item ThuTuc page',
      run: (c, ctx) => c.deliver!(procedureDelivery, ctx),
      verify(result, stats) {
        // The sandbox catalogue already lists 1.001193's local variant: the push updates it.
        expect(result).toMatchObject({
          applied: 'updated',
          request: { page: 1, pageSize: 1, total: 1 },
        });
        expect(applied(stats, '1.001193.000.00.00.H26')).toMatchObject({
          MucDo: '4',
          LienThong: true,
        });
      },
    },
    {
      name: 'listProcedures',
      run: (c, ctx) => c.operations.listProcedures({ pageSize: 3 }, ctx),
      verify(result, stats) {
        expect(result).toMatchObject({
          total: PROCEDURES.length,
          pages: Math.ceil(PROCEDURES.length / 3),
        });
        expect((result as { items: unknown[] }).items).toHaveLength(PROCEDURES.length);
        expect(countOf(stats, 'received', 'listProcedures')).toBe(Math.ceil(PROCEDURES.length / 3));
      },
    },
    {
      name: 'pushResult with its own idempotency key',
      run: (c, ctx) =>
        c.operations.pushResult(
          { idempotencyKey: 'exchange-42:one-stop', payload: resultDelivery.payload as never },
          ctx,
        ),
      verify(result, stats) {
        expect(result).toMatchObject({
          applied: 'created',
          request: { MaGiaoDich: 'exchange-42' },
        });
        expect(appliedCount(stats, code)).toBe(1);
      },
    },
  ],
  errorCases: [
    {
      faults: { errorRate: 1, errorStatus: 503 },
      expectClass: 'transient',
      expectReason: 'http.unavailable',
      run: (c, ctx) => c.deliver!(resultDelivery, ctx),
    },
    {
      name: 'the one-stop in maintenance → transient',
      faults: { errorRate: 1, errorResponder: 'maintenance' },
      expectClass: 'transient',
      expectReason: 'one-stop.maintenance',
      run: (c, ctx) => c.deliver!(dossierDelivery, ctx),
    },
    {
      name: 'a 429 VUOT_HAN_MUC with Retry-After → throttled',
      faults: { errorRate: 1, errorResponder: 'rate_limited' },
      expectClass: 'throttled',
      expectReason: 'one-stop.rate_limited',
      run: (c, ctx) => c.deliver!(feedbackDelivery, ctx),
    },
    {
      name: 'a 400 DU_LIEU_KHONG_HOP_LE → permanent',
      faults: { errorRate: 1, errorResponder: 'invalid_payload' },
      expectClass: 'permanent',
      expectReason: 'one-stop.invalid_payload',
      run: (c, ctx) => c.deliver!(dossierDelivery, ctx),
    },
    {
      name: 'a wrong API key → auth',
      config: (url) => simConfig(url, { apiKey: 'not-the-sandbox-api-key' }),
      expectClass: 'auth',
      expectReason: 'one-stop.invalid_api_key',
      run: (c, ctx) => c.deliver!(resultDelivery, ctx),
    },
    {
      faults: { down: true },
      expectClass: 'transient',
      expectReason: 'network.connection_refused',
      run: (c, ctx) => c.deliver!(resultDelivery, ctx),
    },
    {
      name: 'an unmappable canonical dossier → permanent mapping.invalid',
      expectClass: 'permanent',
      expectReason: 'mapping.invalid',
      run: (c, ctx) =>
        c.deliver!(
          {
            ...dossierDelivery,
            payload: { ...(dossierDelivery.payload as object), summary: undefined },
          },
          ctx,
        ),
    },
    {
      name: 'a personal ID that contradicts the birth year → permanent invalid_payload',
      expectClass: 'permanent',
      expectReason: 'one-stop.invalid_payload',
      run: (c, ctx) =>
        c.deliver!(
          {
            ...dossierDelivery,
            resend: { ...hoSoFixture, ChuHoSo: { ...hoSoFixture.ChuHoSo, NgaySinh: '01/01/1970' } },
          },
          ctx,
        ),
    },
    {
      name: 'the same key with another body → permanent idempotency_key_reused',
      before: async (_sim, c) => void (await c.deliver!(feedbackDelivery, {})),
      expectClass: 'permanent',
      expectReason: 'one-stop.idempotency_key_reused',
      run: (c, ctx) =>
        c.deliver!(
          {
            ...feedbackDelivery,
            payload: { ...(feedbackDelivery.payload as object), message: 'Khác' },
          },
          ctx,
        ),
    },
  ],
  redelivery: {
    run: (c, ctx) => c.deliver!({ ...resultDelivery, attempt: 2 }, ctx),
    expectAppliedOnce(stats) {
      expect(countOf(stats, 'received', 'pushResult')).toBe(2);
      expect(countOf(stats, 'replayed', 'pushResult')).toBe(1);
      expect(appliedCount(stats, code)).toBe(1);
    },
  },
  timeout: { run: (c, ctx) => c.deliver!(dossierDelivery, ctx) },
});

describe('oneStopConnector deliveries', () => {
  it('should report a replayed delivery as a duplicate and keep per-dossier order', async () => {
    const sim = await startSimulator(createOneStopSimulator());
    const made = oneStopConnector.instantiate(simConfig(sim.url));
    if (!made.ok) throw new Error('config rejected');
    const connector = made.connector;
    try {
      await connector.deliver!(dossierDelivery, {});
      const first = await connector.deliver!(resultDelivery, {});
      const again = await connector.deliver!({ ...resultDelivery, attempt: 2 }, {});
      await connector.deliver!(feedbackDelivery, {});
      expect([first.applied, again.applied]).toEqual(['created', 'duplicate']);
      const records = sim.stats().applied[code] ?? [];
      expect(records.map((r) => r.op)).toEqual(['pushDossier', 'pushResult', 'pushFeedback']);
      expect(records.map((r) => r.seq)).toEqual(
        [...records.map((r) => r.seq)].sort((a, b) => a - b),
      );
    } finally {
      await connector.close();
      await sim.close();
    }
  });

  it('should treat a result redelivered under a new key but the same exchange as a duplicate', async () => {
    const sim = await startSimulator(createOneStopSimulator());
    const made = oneStopConnector.instantiate(simConfig(sim.url));
    if (!made.ok) throw new Error('config rejected');
    try {
      const payload = { ...(resultDelivery.payload as object), exchangeId: 'ex-1' };
      const a = await made.connector.deliver!(
        { ...resultDelivery, key: 'k1:one-stop', payload },
        {},
      );
      const b = await made.connector.deliver!(
        { ...resultDelivery, key: 'k2:one-stop', payload },
        {},
      );
      expect([a.applied, b.applied]).toEqual(['created', 'duplicate']);
      expect(appliedCount(sim.stats(), code)).toBe(1);
    } finally {
      await made.connector.close();
      await sim.close();
    }
  });

  it('should refuse a delivery kind it does not accept as permanent', async () => {
    const made = oneStopConnector.instantiate(simConfig('http://127.0.0.1:9'));
    if (!made.ok) throw new Error('config rejected');
    const progress: Delivery = { ...resultDelivery, kind: 'progress' };
    await expect(made.connector.deliver!(progress, {})).rejects.toMatchObject({
      errorClass: 'permanent',
      reason: 'one-stop.payload_invalid',
    });
    await made.connector.close();
  });
});
