import { describe, expect, it } from 'vitest';
import { runConformanceSuite } from '../kit/conformance.ts';
import type { Connector, Delivery } from '../kit/index.ts';
import { countOf, startSimulator } from '../kit/simulator/index.ts';
import type { PortalOperations } from './connector.ts';
import {
  delivery,
  dossierNumbered,
  fixtureDossier,
  fixtureEvents,
  fixtureResult,
} from './fixtures/index.ts';
import { definition, sandbox } from './index.ts';
import { appliedOf, createPortalSimulator } from './simulator.ts';

const config = (simUrl: string) => ({ ...sandbox.settings(simUrl), timeoutMs: 2_000 });
const code = fixtureDossier.code;
const dossierDelivery = delivery('dossier', fixtureDossier, '01JZ0000000000000000000001');
const progress = fixtureEvents.map((e, i) =>
  delivery('progress', e, `01JZ00000000000000000001${i}0`),
);
const resultDelivery = delivery('result', fixtureResult, '01JZ0000000000000000000002');

type Portal = Connector<PortalOperations>;
const withDossier = async <T>(c: Portal, ctx: object, then: () => Promise<T>): Promise<T> => {
  await c.deliver!(dossierDelivery, ctx);
  return then();
};

runConformanceSuite({
  name: 'national-portal',
  definition,
  config,
  startSimulator: () => startSimulator(createPortalSimulator({ seed: 1 })),
  operations: [
    {
      name: 'syncDossier (TraCuuHoSo, then DongBoHoSoMC isUpdating "False")',
      run: (c, ctx) => c.operations.syncDossier(fixtureDossier, ctx),
      verify(result, stats) {
        expect(result).toMatchObject({ maHoSo: code, isUpdating: 'False', applied: 'created' });
        expect(countOf(stats, 'received', 'TraCuuHoSo')).toBe(1);
        expect(appliedOf(stats, code, 'DongBoHoSoMC')).toHaveLength(1);
      },
    },
    {
      name: 'deliver(dossier) then deliver(progress)',
      run: (c, ctx) => withDossier(c, ctx, () => c.deliver!(progress[0] as Delivery, ctx)),
      verify(result, stats) {
        expect(result).toMatchObject({ applied: 'ok' });
        const applied = appliedOf(stats, code, 'CapNhatTienDoHoSoMC');
        expect(applied.map((r) => r.item)).toEqual([
          { ThoiDiemXuLy: '20250703093000', TrangThai: '2', NoiDungXuLy: 'Tiếp nhận hồ sơ' },
        ]);
      },
    },
    {
      name: 'deliverBatch(progress) with per-item outcomes',
      run: (c, ctx) =>
        withDossier(c, ctx, () =>
          c.deliverBatch!(
            [
              progress[0] as Delivery,
              delivery(
                'progress',
                { ...fixtureEvents[0], dossierCode: dossierNumbered(99).code },
                'x1',
              ),
              progress[1] as Delivery,
            ],
            ctx,
          ),
        ),
      verify(result, stats) {
        expect(result).toEqual({
          items: [
            expect.objectContaining({ ok: true }),
            {
              key: 'x1:national-portal',
              ok: false,
              error: expect.objectContaining({
                class: 'permanent',
                reason: 'portal.unknown_dossier',
              }),
            },
            expect.objectContaining({ ok: true }),
          ],
        });
        const applied = appliedOf(stats, code, 'CapNhatTienDoHoSoMC');
        expect(applied.map((r) => (r.item as { TrangThai: string }).TrangThai)).toEqual(['2', '4']);
      },
    },
    {
      name: 'updateProgress (4 events, one call, in order)',
      run: (c, ctx) =>
        withDossier(c, ctx, () => c.operations.updateProgress({ events: fixtureEvents }, ctx)),
      verify(result, stats) {
        expect(result).toEqual({ calls: 1, items: 4 });
        const applied = appliedOf(stats, code, 'CapNhatTienDoHoSoMC');
        expect(applied.map((r) => (r.item as { TrangThai: string }).TrangThai)).toEqual([
          '2',
          '4',
          '9',
          '10',
        ]);
      },
    },
    {
      name: 'deliver(result) as a DongBoHoSoMC update',
      run: (c, ctx) => withDossier(c, ctx, () => c.deliver!(resultDelivery, ctx)),
      verify(result, stats) {
        expect(result).toMatchObject({ applied: 'updated' });
        const applied = appliedOf(stats, code, 'DongBoHoSoMC').map((r) => r.item);
        expect(applied).toEqual([
          { isUpdating: 'False', TrangThaiHoSo: '4' },
          { isUpdating: 'True', TrangThaiHoSo: '10' },
        ]);
      },
    },
    {
      name: 'lookupDossier',
      run: (c, ctx) => withDossier(c, ctx, () => c.operations.lookupDossier({ code }, ctx)),
      verify(result) {
        expect(result).toEqual({
          found: true,
          status: 'processing',
          updatedAt: '2025-07-03T09:30:00+07:00',
        });
      },
    },
    {
      name: 'getProcedure',
      run: (c, ctx) => c.operations.getProcedure({ code: '1.001193' }, ctx),
      verify(result, stats) {
        expect(result).toMatchObject({ code: '1.001193', name: 'Thủ tục đăng ký khai sinh' });
        expect(countOf(stats, 'received', 'LayThuTuc')).toBe(1);
      },
    },
    {
      name: 'listProcedures',
      run: (c, ctx) => c.operations.listProcedures({}, ctx),
      verify(result, stats) {
        expect(result).toMatchObject({ rejected: [] });
        expect((result as { procedures: unknown[] }).procedures).toHaveLength(7);
        expect(countOf(stats, 'received', 'LayDanhSachTTHC')).toBe(1);
      },
    },
  ],
  errorCases: [
    {
      faults: { errorRate: 1, errorStatus: 503 },
      expectClass: 'transient',
      expectReason: 'http.unavailable',
      run: (c, ctx) => c.deliver!(dossierDelivery, ctx),
    },
    {
      name: 'the gateway throttling (429 + Retry-After) → throttled',
      faults: { errorRate: 1, errorResponder: 'rate_limited' },
      expectClass: 'throttled',
      expectReason: 'portal.rate_limited',
      run: (c, ctx) => c.deliver!(progress[0] as Delivery, ctx),
    },
    {
      name: 'error_code 4 (invalid data) in a 200 → permanent',
      before: async (_sim, c) => void (await c.check()),
      faults: { errorRate: 1, errorResponder: 'invalid_data' },
      expectClass: 'permanent',
      expectReason: 'portal.invalid_data',
      run: (c, ctx) => c.deliver!(dossierDelivery, ctx),
    },
    {
      name: 'error_code 99 (system error) → transient',
      before: async (_sim, c) => void (await c.check()),
      faults: { errorRate: 1, errorResponder: 'server_error' },
      expectClass: 'transient',
      expectReason: 'portal.server_error',
      run: (c, ctx) => c.operations.lookupDossier({ code }, ctx),
    },
    {
      name: 'a session the portal keeps refusing → auth after one refresh',
      before: async (_sim, c) => void (await c.check()),
      faults: { errorRate: 1, errorResponder: 'session_expired' },
      expectClass: 'auth',
      expectReason: 'portal.session_expired',
      run: (c, ctx) => c.deliver!(dossierDelivery, ctx),
    },
    {
      name: 'a wrong password → auth',
      config: (url) => ({ ...config(url), password: 'wrong-password' }),
      expectClass: 'auth',
      expectReason: 'portal.invalid_credentials',
      run: (c, ctx) => c.deliver!(dossierDelivery, ctx),
    },
    {
      name: 'progress for a dossier the portal does not hold → permanent',
      expectClass: 'permanent',
      expectReason: 'portal.unknown_dossier',
      run: (c, ctx) => c.deliver!(progress[0] as Delivery, ctx),
    },
    {
      name: 'a dossier of another province → permanent mapping.invalid',
      expectClass: 'permanent',
      expectReason: 'mapping.invalid',
      run: (c, ctx) =>
        c.deliver!(
          delivery('dossier', { ...fixtureDossier, code: '000.00.01.H56-250703-0012' }, 'y'),
          ctx,
        ),
    },
    {
      name: 'an unsupported delivery kind → permanent',
      expectClass: 'permanent',
      expectReason: 'portal.kind_not_supported',
      run: (c, ctx) => c.deliver!(delivery('feedback', { dossierCode: code }, 'z'), ctx),
    },
    {
      faults: { down: true },
      expectClass: 'transient',
      expectReason: 'network.connection_refused',
      run: (c, ctx) => c.deliver!(dossierDelivery, ctx),
    },
  ],
  redelivery: {
    run: (c, ctx) => c.deliver!({ ...dossierDelivery, attempt: 2 }, ctx),
    expectAppliedOnce(stats) {
      expect(countOf(stats, 'received', 'DongBoHoSoMC')).toBe(2);
      expect(countOf(stats, 'unchanged', 'DongBoHoSoMC')).toBe(1);
      expect(appliedOf(stats, code, 'DongBoHoSoMC')).toHaveLength(1);
    },
  },
  timeout: { run: (c, ctx) => c.deliver!(dossierDelivery, ctx) },
});

describe('portalConnector', () => {
  it('should mask the password when redacting config', () => {
    const parsed = definition.parseConfig(config('http://127.0.0.1:1'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(definition.redactConfig(parsed.config)).toMatchObject({
      password: '[redacted]',
      dstcode: 'LIENTHONG-HNI',
      authEndpoint: '/auth',
    });
  });

  it('should name the offending keys when config is invalid', () => {
    const parsed = definition.parseConfig({
      ...config('http://127.0.0.1:1'),
      provinceSuffix: 'Hanoi',
      integrationEndpoint: 'integration',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.path).sort()).toEqual([
      'integrationEndpoint',
      'provinceSuffix',
    ]);
  });

  it('should apply a redelivered progress event only once', async () => {
    const sim = await sandbox.startSimulator({ seed: 3 });
    const result = definition.instantiate(config(sim.url));
    if (!result.ok) throw new Error('config rejected');
    try {
      await result.connector.deliver!(dossierDelivery, {});
      await result.connector.deliver!(progress[0] as Delivery, {});
      await result.connector.deliver!({ ...(progress[0] as Delivery), attempt: 2 }, {});
      const stats = sim.stats();
      expect(countOf(stats, 'received', 'CapNhatTienDoHoSoMC')).toBe(2);
      expect(countOf(stats, 'duplicate', 'CapNhatTienDoHoSoMC')).toBe(1);
      expect(appliedOf(stats, code, 'CapNhatTienDoHoSoMC')).toHaveLength(1);
    } finally {
      await result.connector.close();
      await sim.close();
    }
  });
});
