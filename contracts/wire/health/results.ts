// Results from the health/civil-status link-up: the result query and the birth-certificate lookup.
import { z } from 'zod';
import { HealthDiaChiSchema, healthDate } from './birth.ts';

const opt = <T extends z.ZodType>(schema: T) => schema.nullish();

/** `{status: 1 success | 0 failure, statusDescription, value}` ([V] TH `ScanHoTichResponse<T>`). */
function healthEnvelope<T extends z.ZodType>(value: T) {
  return z.object({
    status: z.union([z.literal(0), z.literal(1)]),
    statusDescription: opt(z.string()),
    value,
  });
}

/** Result query body ([V] TH `ScanHoTichRequest`): dossier codes, province, module. */
export const HealthResultQuerySchema = z.object({
  maDinhDanhHoSo: z.array(z.string().min(1)).min(1),
  maTinh: z.string().min(1),
  module: z.string().min(1),
});
export type HealthResultQuery = z.infer<typeof HealthResultQuerySchema>;

/**
 * The registered birth ([V] TH `HoTich_KhaiSinh_KetQuaXuLy`: nksGioiTinh and *LoaiCuTru are ints).
 * soDinhDanh is the child's new personal ID; giayKhaiSinh the certificate's URL [I].
 */
export const HealthKetQuaKhaiSinhSchema = z.object({
  soDinhDanh: opt(z.string()),
  ngayDangKy: z.string(),
  nksHoTen: z.string(),
  nksGioiTinh: z.number().int(),
  nksNgaySinh: z.string(),
  nksNoiSinh: opt(HealthDiaChiSchema),
  nksQueQuan: opt(HealthDiaChiSchema),
  nksDanToc: opt(z.string()),
  nksQuocTich: opt(z.string()),
  meHoTen: opt(z.string()),
  meSoGiayTo: opt(z.string()),
  meLoaiCuTru: opt(z.number().int()),
  chaHoTen: opt(z.string()),
  chaSoGiayTo: opt(z.string()),
  chaLoaiCuTru: opt(z.number().int()),
  nycHoTen: opt(z.string()),
  nycQuanHe: opt(z.string()),
  nycSoGiayTo: opt(z.string()),
  giayKhaiSinh: opt(z.string()),
  soDangKy: z.string(),
  quyenSo: opt(z.string()),
  trangSo: opt(z.string()),
  maGiayToKetQua: opt(z.string()),
});
export type HealthKetQuaKhaiSinh = z.infer<typeof HealthKetQuaKhaiSinhSchema>;

/**
 * One dossier's processing state ([V] TH `KhaiSinhKhaiTu_HoTich_KhaiSinh_BTPScanResponse`):
 * maHoSoMCDT the one-stop code, maHoSoLT the link-up code; ketQuaXuLy once registered.
 */
export const HealthResultItemSchema = z.object({
  maDonVi: z.string(),
  maTinh: z.string(),
  module: z.string(),
  maHoSoLT: z.string(),
  maHoSoMCDT: z.string().min(1),
  errors: opt(z.string()),
  trangThai: z.string().min(1),
  thoiGianThucHien: opt(z.string()),
  ghiChu: opt(z.string()),
  ketQuaXuLy: opt(HealthKetQuaKhaiSinhSchema),
  nguoiXuLy: opt(z.string()),
  chucDanh: opt(z.string()),
  phongBanXuLy: opt(z.string()),
  noiDungXuLy: opt(z.string()),
  hanBoSungHoSo: opt(z.string()),
});
export type HealthResultItem = z.infer<typeof HealthResultItemSchema>;

export const HealthResultQueryResponseSchema = healthEnvelope(z.array(HealthResultItemSchema));
export type HealthResultQueryResponse = z.infer<typeof HealthResultQueryResponseSchema>;

/**
 * A birth certificate (giấy chứng sinh) as the health system issued it, looked up by maGCS [I:
 * DOMAIN names only maGCS/ngayCapGCS; the rest follows the nks* and me* naming]. nksCanNang in grams.
 */
export const HealthGiayChungSinhSchema = z.object({
  maGCS: z.string().min(1),
  ngayCapGCS: healthDate,
  coSoKhamChuaBenh: z.string().min(1),
  maCoSoKhamChuaBenh: opt(z.string()),
  nksHoTen: opt(z.string()),
  nksGioiTinh: z.enum(['1', '2']),
  nksNgaySinh: healthDate,
  nksGioSinh: opt(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  nksCanNang: opt(z.number().int().positive()),
  meHoTen: z.string().min(1),
  meNgaySinh: opt(healthDate),
  meSoGiayTo: z.string().min(1),
  meNoiCuTru: opt(HealthDiaChiSchema),
  chaHoTen: opt(z.string()),
});
export type HealthGiayChungSinh = z.infer<typeof HealthGiayChungSinhSchema>;

/** Lookup answer: `value` is null when no certificate has that maGCS [I]. */
export const HealthGiayChungSinhResponseSchema = healthEnvelope(
  HealthGiayChungSinhSchema.nullable(),
);
export type HealthGiayChungSinhResponse = z.infer<typeof HealthGiayChungSinhResponseSchema>;
