// The health system's submission envelope and its immediate answer.
import { z } from 'zod';

/** The DVCQG sync date layout, reused by this link-up [I]. */
const yyyyMMddHHmmss = z.string().regex(/^\d{14}$/, 'expected yyyyMMddHHmmss');

/**
 * An attached file, inline as base64 ([V] TH `KhaiSinhKhaiTu_FileDinhKem`: `id`, `loaiGiayTo` and
 * `huyGiayTo` are ints).
 */
export const HealthFileDinhKemSchema = z.object({
  id: z.number().int().optional(),
  loaiGiayTo: z.number().int(),
  tenGiayTo: z.string().min(1),
  tenTepDinhKem: z.string().min(1),
  huyGiayTo: z.number().int().optional(),
  duLieuTepDinhKem: z.base64(),
});
export type HealthFileDinhKem = z.infer<typeof HealthFileDinhKemSchema>;

/**
 * The submission envelope ([V] TH `KhaiSinhKhaiTu_DetailHoSo`; DOMAIN §5.3). `maDonVi` is an int in
 * TH. `data` is a JSON *string* (`{"hoTich":{…}}`), parse it with HealthKhaiSinhDataJsonSchema.
 * `module` names the record kind, e.g. "KS" birth, "KT" death [I].
 */
export const HealthSubmissionSchema = z.object({
  maDonVi: z.number().int().nonnegative(),
  maTTHC: z.string().min(1),
  module: z.string().min(1),
  maHoSo: z.string().min(1).max(50),
  ngayTiepNhan: yyyyMMddHHmmss,
  techId: z.string(),
  data: z.string().min(2),
  fileDinhKem: z.array(HealthFileDinhKemSchema),
});
export type HealthSubmission = z.infer<typeof HealthSubmissionSchema>;

/** Immediate answer to a push ([V] TH `PushBTPResonse`; every value a string). */
export const HealthSubmissionResponseSchema = z.object({
  status: z.string(),
  statusDescription: z.string().nullish(),
  errorCode: z.string().nullish(),
  errorDescription: z.string().nullish(),
});
export type HealthSubmissionResponse = z.infer<typeof HealthSubmissionResponseSchema>;
