// A simulated health link-up behind an LGSP: expiring tokens, idempotent birth submissions, delayed results, certificates.
import type { Context } from 'hono';
import type { z } from 'zod';
import {
  type HealthGiayChungSinh,
  HealthKhaiSinhDataJsonSchema,
  HealthResultQuerySchema,
  type HealthSubmissionResponse,
  HealthSubmissionSchema,
} from '../../contracts/wire/health/index.ts';
import {
  createSimulator,
  installLgspAuth,
  installWso2Faults,
  type Simulator,
  type SimulatorOptions,
} from '../kit/simulator/index.ts';
import { SEED_BIRTH_CERTIFICATES } from './fixtures/birth-certificates.ts';
import {
  childPersonalId,
  linkUpCode,
  resultItem,
  type StoredSubmission,
  type SubmissionOutcome,
} from './simulator-results.ts';

/** Sandbox credentials of the simulated LGSP application. */
export const HEALTH_CLIENT = {
  clientId: 'lienthong-sandbox',
  clientSecret: 'sandbox-health-secret',
} as const;

export interface HealthSimulatorOptions extends Partial<Omit<SimulatorOptions, 'setup' | 'name'>> {
  /** Lifetime of issued tokens (default 300 s). */
  tokenTtlSeconds?: number;
  /** How long after receipt a submission's result appears (default 5 000 ms). */
  resultDelayMs?: number;
  /** Clock for token expiry and result timing (default Date.now). */
  now?: () => number;
  /** Certificates the health system knows (default: the seeded Hà Nội certificates). */
  certificates?: readonly HealthGiayChungSinh[];
  /** Refuse registration (trangThai 3) when hoTich.maGCS is not a known certificate (default true). */
  refuseUnknownCertificates?: boolean;
}

/** A status "0" answer with the link-up's errorCode; descriptions name fields, never values. */
function refusal(c: Context, errorCode: string, errorDescription: string) {
  return c.json({
    status: '0',
    statusDescription: 'Tiếp nhận hồ sơ không thành công',
    errorCode,
    errorDescription,
  });
}

const fieldsOf = (error: z.ZodError) =>
  [...new Set(error.issues.map((i) => i.path.join('.') || '(body)'))].join(', ');

export function createHealthSimulator(options: HealthSimulatorOptions = {}): Simulator {
  const {
    tokenTtlSeconds = 300,
    resultDelayMs = 5_000,
    now = Date.now,
    certificates = SEED_BIRTH_CERTIFICATES,
    refuseUnknownCertificates = true,
    ...base
  } = options;
  const byCode = new Map(certificates.map((cert) => [cert.maGCS, cert]));

  return createSimulator({
    name: 'health',
    ...base,
    setup(app, sim) {
      const submissions = () => sim.store.collection<StoredSubmission>('submissions');

      installWso2Faults(sim, ['throttled', 'token_rejected']);
      sim.errorResponder('invalid_submission', (c) =>
        refusal(c, 'HS_KHONG_HOP_LE', 'Dữ liệu hồ sơ không hợp lệ'),
      );
      sim.errorResponder('busy', (c) =>
        refusal(c, 'HE_THONG_QUA_TAI', 'Hệ thống đang quá tải, vui lòng thử lại sau'),
      );
      sim.errorResponder('system_error', (c) => refusal(c, 'LOI_HE_THONG', 'Lỗi hệ thống'));

      installLgspAuth(app, sim, {
        client: HEALTH_CLIENT,
        tokenPath: '/token',
        tokenTtlSeconds,
        now,
      });

      app.post('/hoTich/tiepNhanHoSo', async (c) => {
        sim.count('received', 'submitDossier');
        const parsed = HealthSubmissionSchema.safeParse(await c.req.json().catch(() => null));
        if (!parsed.success) return refusal(c, 'HS_KHONG_HOP_LE', fieldsOf(parsed.error));
        const submission = parsed.data;
        const repeat = submissions().get(submission.maHoSo);
        if (repeat) {
          sim.count('duplicate', 'submitDossier');
          return c.json(repeat.receipt);
        }
        if (submission.module !== 'KS') {
          return refusal(c, 'MODULE_KHONG_HO_TRO', 'Chỉ hỗ trợ liên thông khai sinh (KS)');
        }
        const data = HealthKhaiSinhDataJsonSchema.safeParse(submission.data);
        if (!data.success) return refusal(c, 'HS_KHONG_HOP_LE', `data: ${fieldsOf(data.error)}`);
        const { hoTich } = data.data;

        const receivedAt = now();
        const sequence = submissions().size + 1;
        const maHoSoLT = linkUpCode(receivedAt, sequence);
        const outcome: SubmissionOutcome =
          refuseUnknownCertificates && !byCode.has(hoTich.maGCS)
            ? { kind: 'refused', errors: 'Không tìm thấy giấy chứng sinh trên hệ thống y tế' }
            : {
                kind: 'registered',
                soDinhDanh: childPersonalId(hoTich, sim.random),
                soDangKy: sequence,
              };
        const receipt: HealthSubmissionResponse = {
          status: '1',
          statusDescription: `Tiếp nhận hồ sơ thành công, mã hồ sơ liên thông ${maHoSoLT}`,
          errorCode: null,
          errorDescription: null,
        };
        submissions().set(submission.maHoSo, {
          submission,
          hoTich,
          receipt,
          maHoSoLT,
          receivedAt,
          outcome,
        });
        sim.recordApplied('submitDossier', submission.maHoSo, submission);
        return c.json(receipt);
      });

      app.post('/hoTich/traCuuKetQua', async (c) => {
        sim.count('received', 'queryResult');
        const parsed = HealthResultQuerySchema.safeParse(await c.req.json().catch(() => null));
        if (!parsed.success) {
          return c.json({
            status: 0,
            statusDescription: `Yêu cầu không hợp lệ: ${fieldsOf(parsed.error)}`,
            errorCode: 'YEU_CAU_KHONG_HOP_LE',
            value: [],
          });
        }
        const { maDinhDanhHoSo, maTinh } = parsed.data;
        const at = now();
        const value = maDinhDanhHoSo.flatMap((code) => {
          const stored = submissions().get(code);
          return stored ? [resultItem(stored, maTinh, at, resultDelayMs)] : [];
        });
        return c.json({ status: 1, statusDescription: 'Thành công', value });
      });

      app.get('/giayChungSinh/:maGCS', (c) => {
        sim.count('received', 'lookupBirthCertificate');
        const cert = byCode.get(c.req.param('maGCS')) ?? null;
        return c.json({
          status: 1,
          statusDescription: cert ? 'Thành công' : 'Không tìm thấy giấy chứng sinh',
          value: cert,
        });
      });
    },
  });
}
