// Conformance of the education connector against its SOAP simulator, plus receipts, results, resend and faults.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runConformanceSuite } from '../kit/conformance.ts';
import type { ConnectorError, Delivery } from '../kit/index.ts';
import {
  appliedCount,
  countOf,
  type RunningSimulator,
  startSimulator,
} from '../kit/simulator/index.ts';
import { expectEndedClassified, settleWithin } from '../kit/testing/settle-within.ts';
import { educationConnector } from './connector.ts';
import {
  createEducationSimulator,
  EDUCATION_CLIENT,
  EDUCATION_SERVICE_PATH,
  type EducationSimulatorOptions,
} from './simulator.ts';

type EducationConnector = ReturnType<typeof educationConnector.create>;

const dossier = JSON.parse(
  readFileSync(new URL('./fixtures/dossier.json', import.meta.url), 'utf8'),
) as { code: string; owner: { fullName: string; personalId: string } } & Record<string, unknown>;
const CODE = dossier.code;

const delivery: Delivery = {
  key: '01JA2B3C4D5E6F7G8H9J0K1M2N:education',
  kind: 'dossier',
  dossierCode: CODE,
  payload: dossier,
  attempt: 1,
};

const config = (simUrl: string) => ({
  endpoint: `${simUrl}${EDUCATION_SERVICE_PATH}`,
  extraAllowedHosts: ['127.0.0.1'],
  timeoutMs: 2_000,
  ...EDUCATION_CLIENT,
});

const deliver = (c: EducationConnector, ctx = {}) => c.deliver!(delivery, ctx);

runConformanceSuite({
  name: 'education',
  definition: educationConnector,
  config,
  startSimulator: () => startSimulator(createEducationSimulator({ seed: 1, resultDelayMs: 0 })),
  operations: [
    {
      name: 'receiveDossier of a new dossier',
      run: (c, ctx) => c.operations.receiveDossier({ dossier }, ctx),
      verify(result, stats) {
        expect(result).toEqual({
          dossierCode: CODE,
          applied: 'created',
          message: 'Tiếp nhận hồ sơ thành công, số biên nhận GD-000001',
        });
        expect(stats.applied[CODE]?.[0]?.item).toMatchObject({
          MaHoSo: CODE,
          MaLinhVuc: 'G03-GD10',
          ChuHoSo: { SoDinhDanh: '001210012345', NgaySinh: new Date('2010-05-04T00:00:00Z') },
          TaiLieu: [{ Ten: 'Đơn đăng ký dự tuyển' }, { Ten: 'Học bạ trung học cơ sở' }],
        });
      },
    },
    {
      name: 'queryResult of a dossier whose result is ready',
      run: async (c, ctx) => {
        await c.operations.receiveDossier({ dossier }, ctx);
        return c.operations.queryResult({ dossierCode: CODE }, ctx);
      },
      verify(result, stats) {
        expect(result).toMatchObject({
          outcome: 'found',
          status: 'returned',
          results: [
            {
              name: 'Giấy báo trúng tuyển vào lớp 10 trung học phổ thông',
              documentNumber: '1/GBTT-SGDĐT',
              fileUrl: `https://tuyensinh.hanoi.edu.vn/ket-qua/${CODE}.pdf`,
            },
          ],
        });
        expect((result as { returnedAt?: string }).returnedAt).toMatch(/\+07:00$/);
        expect(countOf(stats, 'received', 'TraCuuKetQua')).toBe(1);
      },
    },
    {
      name: 'deliver of a dossier',
      run: (c, ctx) => deliver(c, ctx),
      verify(result, stats) {
        expect(result).toMatchObject({
          applied: 'created',
          request: { HoSo: { MaHoSo: CODE } },
          response: { KetQua: { TrangThai: 'DA_TIEP_NHAN' } },
        });
        expect(appliedCount(stats, CODE)).toBe(1);
      },
    },
  ],
  errorCases: [
    {
      name: 'LOI_HE_THONG in a soap:Server fault → transient',
      faults: { errorRate: 1, errorResponder: 'system_error' },
      expectClass: 'transient',
      expectReason: 'education.system_error',
      run: (c, ctx) => deliver(c, ctx),
    },
    {
      name: 'a bare soap:Server fault → transient',
      faults: { errorRate: 1, errorResponder: 'internal_error' },
      expectClass: 'transient',
      expectReason: 'soap.server_fault',
      run: (c, ctx) => deliver(c, ctx),
    },
    {
      name: 'DU_LIEU_KHONG_HOP_LE in a soap:Client fault → permanent',
      faults: { errorRate: 1, errorResponder: 'invalid' },
      expectClass: 'permanent',
      expectReason: 'education.invalid_dossier',
      run: (c, ctx) => deliver(c, ctx),
    },
    {
      name: "IIS's HTML 503 → transient",
      faults: { errorRate: 1, errorResponder: 'iis_unavailable' },
      expectClass: 'transient',
      expectReason: 'http.unavailable',
      run: (c, ctx) => deliver(c, ctx),
    },
    {
      name: 'a wrong WS-Security password → auth',
      config: (url) => ({ ...config(url), password: 'wrong-password' }),
      expectClass: 'auth',
      expectReason: 'education.authentication_failed',
      run: (c, ctx) => deliver(c, ctx),
    },
    {
      name: 'a dossier education cannot carry → permanent mapping.invalid',
      expectClass: 'permanent',
      expectReason: 'mapping.invalid',
      run: (c, ctx) => c.deliver!({ ...delivery, payload: { ...dossier, sector: undefined } }, ctx),
    },
    {
      name: 'billion laughs → permanent, never expanded',
      faults: { errorRate: 1, errorResponder: 'billion_laughs' },
      expectClass: 'permanent',
      expectReason: 'soap.xml_forbidden',
      run: (c, ctx) => deliver(c, ctx),
    },
    {
      name: 'an XXE DOCTYPE → permanent, never fetched',
      faults: { errorRate: 1, errorResponder: 'xxe' },
      expectClass: 'permanent',
      expectReason: 'soap.xml_forbidden',
      run: (c, ctx) => deliver(c, ctx),
    },
    {
      name: '100 000 nested elements → permanent',
      faults: { errorRate: 1, errorResponder: 'deep' },
      expectClass: 'permanent',
      expectReason: 'soap.xml_too_deep',
      run: (c, ctx) => deliver(c, ctx),
    },
    {
      name: 'a 10 MB answer → permanent response_too_large',
      faults: { errorRate: 1, errorResponder: 'huge' },
      expectClass: 'permanent',
      expectReason: 'response_too_large',
      run: (c, ctx) => deliver(c, ctx),
    },
    {
      faults: { errorRate: 1, errorStatus: 503 },
      expectClass: 'transient',
      expectReason: 'http.unavailable',
      run: (c, ctx) => c.operations.queryResult({ dossierCode: CODE }, ctx),
    },
    {
      faults: { down: true },
      expectClass: 'transient',
      expectReason: 'network.connection_refused',
      run: (c, ctx) => deliver(c, ctx),
    },
  ],
  redelivery: {
    run: (c, ctx) => c.deliver!({ ...delivery, attempt: 2 }, ctx),
    expectAppliedOnce(stats) {
      expect(countOf(stats, 'received', 'TiepNhanHoSo')).toBe(2);
      expect(countOf(stats, 'duplicate', 'TiepNhanHoSo')).toBe(1);
      expect(appliedCount(stats, CODE)).toBe(1);
    },
  },
  timeout: { run: (c, ctx) => deliver(c, ctx) },
});

describe('educationConnector', () => {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((x) => x.close()));
  });

  async function start(options: EducationSimulatorOptions = {}) {
    const sim: RunningSimulator = await startSimulator(
      createEducationSimulator({ seed: 7, ...options }),
    );
    const result = educationConnector.instantiate(config(sim.url));
    if (!result.ok) throw new Error('config rejected');
    open.push(result.connector, sim);
    return { sim, connector: result.connector };
  }

  it('should answer a repeated dossier with the same receipt and apply it once', async () => {
    const { sim, connector } = await start();
    const first = await connector.operations.receiveDossier({ dossier });
    const again = await connector.deliver!(delivery, {});
    expect(first.applied).toBe('created');
    expect(again.applied).toBe('duplicate');
    const receipt = /GD-\d{6}/.exec(first.message)?.[0];
    expect(receipt).toBeDefined();
    expect((again.response as { KetQua: { ThongBao: string } }).KetQua.ThongBao).toContain(receipt);
    expect(appliedCount(sim.stats(), CODE)).toBe(1);
  });

  it('should report processing until the result delay passes, then the result', async () => {
    let now = Date.parse('2025-07-03T02:30:00Z');
    const { connector } = await start({ resultDelayMs: 60_000, now: () => now });
    await connector.operations.receiveDossier({ dossier });
    expect(await connector.operations.queryResult({ dossierCode: CODE })).toEqual({
      outcome: 'found',
      status: 'processing',
      results: [],
    });
    now += 60_000;
    expect(await connector.operations.queryResult({ dossierCode: CODE })).toMatchObject({
      outcome: 'found',
      status: 'returned',
      returnedAt: '2025-07-03T09:31:00+07:00',
    });
  });

  it('should answer not_found for a dossier the system never received', async () => {
    const { connector } = await start();
    expect(await connector.operations.queryResult({ dossierCode: 'KHONG-CO' })).toEqual({
      outcome: 'not_found',
    });
  });

  it('should send a stored wire request as it is when an operator resends it', async () => {
    const { sim, connector } = await start();
    const first = await connector.deliver!(delivery, {});
    const stored = first.request as { HoSo: Record<string, unknown> };
    const resent = {
      ...stored,
      HoSo: { ...stored.HoSo, MaHoSo: 'GD-RESEND-1', TrichYeu: 'Gửi lại' },
    };
    const receipt = await connector.deliver!({ ...delivery, payload: {}, resend: resent }, {});
    expect(receipt.applied).toBe('created');
    expect(sim.stats().applied['GD-RESEND-1']?.[0]?.item).toMatchObject({ TrichYeu: 'Gửi lại' });
  });

  it('should refuse delivery kinds other than dossier as permanent', async () => {
    const { sim, connector } = await start();
    const error = await connector.deliver!({ ...delivery, kind: 'progress' }, {}).catch((e) => e);
    expect(error).toMatchObject({
      errorClass: 'permanent',
      reason: 'education.kind_not_supported',
    });
    expect(countOf(sim.stats(), 'received', 'TiepNhanHoSo')).toBe(0);
  });

  it('should name mapping problems by field and rule, never by value', async () => {
    const { connector } = await start();
    const payload = { ...dossier, owner: { ...dossier.owner, birthDate: '2010-02-30' } };
    const error = (await connector.deliver!({ ...delivery, payload }, {}).catch(
      (e) => e,
    )) as ConnectorError;
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'mapping.invalid' });
    expect(error.message).toContain('owner.birthDate');
    expect(error.message).not.toContain('2010-02-30');
    expect(error.message).not.toContain(dossier.owner.fullName);
  });

  it('should keep fault text and the WS-Security password out of errors', async () => {
    const { sim, connector } = await start();
    await sim.setFaults({ errorRate: 1, errorResponder: 'invalid' });
    const error = (await connector.deliver!(delivery, {}).catch((e) => e)) as ConnectorError;
    expect(error.message).toBe(
      'education: education.invalid_dossier (SOAP fault Client/DU_LIEU_KHONG_HOP_LE)',
    );
    expect(JSON.stringify(error)).not.toContain('không hợp lệ');
    expect(String(error.request)).not.toContain(EDUCATION_CLIENT.password);
  });

  it('should end every call classified within its timeout under 30% errors and 10% timeouts', async () => {
    const { sim, connector } = await start({
      seed: 30,
      resultDelayMs: 0,
      faults: { errorRate: 0.3, timeoutRate: 0.1, errorResponder: 'system_error' },
    });
    const bounded = (call: Promise<unknown>) => settleWithin(call, 5_000);
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const ctx = { timeoutMs: 1_500 };
        const d = {
          ...delivery,
          key: `k-${i}`,
          payload: { ...dossier, code: `${CODE.slice(0, -4)}${String(i).padStart(4, '0')}` },
        };
        return bounded(
          i % 2 === 0
            ? connector.deliver!(d, ctx)
            : connector.operations.queryResult({ dossierCode: CODE }, ctx),
        );
      }),
    );
    const failed = expectEndedClassified(outcomes);
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(50);
    expect(countOf(sim.stats(), 'faults', 'timeout')).toBeGreaterThan(0);
  });
});
