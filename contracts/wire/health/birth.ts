// Birth data (khai sinh) linked from health to civil status: the hoTich record carried in a submission's `data`.
import { z } from 'zod';

const opt = <T extends z.ZodType>(schema: T) => schema.nullish();

/** `dd/MM/yyyy` [I: the civil-status e-forms write dates day first]. */
export const healthDate = z
  .string()
  .regex(/^(0[1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/\d{4}$/, 'expected dd/MM/yyyy');

/** An address as the civil-status link-up writes it ([V] TH `KhaiSinhKhaiTu_DiaChi`). */
export const HealthDiaChiSchema = z.object({
  maTinh: z.string(),
  maHuyen: opt(z.string()),
  maXa: z.string(),
  dcChiTiet: z.string(),
});
export type HealthDiaChi = z.infer<typeof HealthDiaChiSchema>;

/**
 * One birth record (`hoTich`). Field names are TH's ([V] TH `KhaiSinhKhaiTuParams.cs`
 * `KhaiSinh_LienThong` / `HoTichKhaiSinh`): maGCS/ngayCapGCS the birth certificate (giấy chứng
 * sinh), nks* the child, me* and cha* the parents, nyc* the requester. TH types every value as a string;
 * this concrete subset, the address objects and the code values are chosen here [I]:
 * nksGioiTinh "1" Nam / "2" Nữ, *LoaiGiayToTuyThan "1" CCCD / "2" CMND / "3" Hộ chiếu.
 */
export const HealthKhaiSinhSchema = z.object({
  maGCS: z.string().min(1),
  ngayCapGCS: healthDate,
  loaiDangKy: opt(z.string()),
  noiDangKy: z.string().min(1),
  soLuongBanSao: opt(z.string().regex(/^\d+$/)),
  nksHoTen: z.string().min(1),
  nksGioiTinh: z.enum(['1', '2']),
  nksNgaySinh: healthDate,
  nksNgaySinhBangChu: opt(z.string()),
  nksNoiSinh: HealthDiaChiSchema,
  nksQueQuan: opt(HealthDiaChiSchema),
  nksDanToc: z.string().min(1),
  nksQuocTich: z.string().min(1),
  meHoTen: z.string().min(1),
  meNgaySinh: healthDate,
  meDanToc: opt(z.string()),
  meQuocTich: opt(z.string()),
  meNoiCuTru: opt(HealthDiaChiSchema),
  meLoaiGiayToTuyThan: z.enum(['1', '2', '3']),
  meSoGiayToTuyThan: z.string().min(1),
  chaHoTen: opt(z.string()),
  chaNgaySinh: opt(healthDate),
  chaDanToc: opt(z.string()),
  chaQuocTich: opt(z.string()),
  chaNoiCuTru: opt(HealthDiaChiSchema),
  chaLoaiGiayToTuyThan: opt(z.enum(['1', '2', '3'])),
  chaSoGiayToTuyThan: opt(z.string()),
  nycHoTen: z.string().min(1),
  nycQuanHe: z.string().min(1),
  nycLoaiGiayToTuyThan: z.enum(['1', '2', '3']),
  nycSoGiayToTuyThan: z.string().min(1),
  nycSoDienThoai: opt(z.string()),
  nycEmail: opt(z.email()),
});
export type HealthKhaiSinh = z.infer<typeof HealthKhaiSinhSchema>;

/** What a birth submission's `data` string holds once parsed ([V] TH `KhaiSinh_DataHoSo`). */
export const HealthKhaiSinhDataSchema = z.object({ hoTich: HealthKhaiSinhSchema });
export type HealthKhaiSinhData = z.infer<typeof HealthKhaiSinhDataSchema>;

/** Parses a submission's `data` JSON string into {@link HealthKhaiSinhData}; bad JSON is an issue, not a throw. */
export const HealthKhaiSinhDataJsonSchema = z
  .string()
  .transform((text, ctx): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'data is not valid JSON' });
      return z.NEVER;
    }
  })
  .pipe(HealthKhaiSinhDataSchema);
