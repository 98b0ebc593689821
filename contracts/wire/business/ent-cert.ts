// The enterprise record from CSDLQG về đăng ký doanh nghiệp: GET chiTietDoanhNghiep?msdn= → {GetEntCert:[…]}.
import { z } from 'zod';

const opt = <T extends z.ZodType>(schema: T) => schema.nullish();

/**
 * Dates are ISO local date-times as .NET writes DateTime, e.g. `2015-03-12T00:00:00` (DOMAIN §4.3
 * "business-registration dates are ISO"); an offset or fraction is tolerated.
 */
export const businessDate = z.iso.datetime({ local: true, offset: true });

/** Enterprise code: 10 digits, or 13 for branches written `NNNNNNNNNN-NNN` (DOMAIN §4.1). */
export const BusinessMsdnSchema = z
  .string()
  .regex(/^\d{10}(-\d{3})?$/, 'expected a 10 or 13 digit code');

/** Query of GET `…/chiTietDoanhNghiep?msdn=` ([V] TH `GetTraCuuThongTinDoanhNghiepQueryHandler.cs`). */
export const BusinessQuerySchema = z.object({ msdn: BusinessMsdnSchema });
export type BusinessQuery = z.infer<typeof BusinessQuerySchema>;

/** TinhTrangPhapLy item: legal status and any suspension window ([V] TH `TinhTrangPhapLy_object`). */
export const BusinessTinhTrangPhapLySchema = z.object({
  MaTinhTrangPhapLy: z.string(),
  TinhTrangPhapLy: z.string(),
  NgayBatDauTamNgung: opt(businessDate),
  NgayKetThucTamNgung: opt(businessDate),
  LyDoTamNgung: opt(z.string()),
});
export type BusinessTinhTrangPhapLy = z.infer<typeof BusinessTinhTrangPhapLySchema>;

/** ThongTinCaNhan item of a legal representative ([V] TH `ThongTinCaNhan`). */
export const BusinessThongTinCaNhanSchema = z.object({
  HoVaTen: z.string(),
  LoaiGiayToChungThuc: opt(z.string()),
  MaLoaiGiayToChungThuc: opt(z.string()),
  SoGiayChungThuc: z.string(),
  NgayCap: opt(businessDate),
  NoiCap: opt(z.string()),
  QuocTich: opt(z.string()),
  MaQuocTich: opt(z.string()),
});
export type BusinessThongTinCaNhan = z.infer<typeof BusinessThongTinCaNhanSchema>;

/**
 * DiaChi item of the head office. MaTinhThanh / MaQuanHuyen / MaPhuongXa are JSON integers, so
 * leading zeros are lost (Hà Nội 01 arrives as 1); normalise to 2/3/5-digit strings when mapping
 * ([V] TH `DiaChi_object` with `int` codes; DOMAIN §4.1).
 */
export const BusinessDiaChiSchema = z.object({
  QuocGia: opt(z.string()),
  MaQuocGia: opt(z.string()),
  TenTinhThanh: z.string(),
  MaTinhThanh: z.number().int().nonnegative(),
  TenQuanHuyen: opt(z.string()),
  MaQuanHuyen: opt(z.number().int().nonnegative()),
  TenPhuongXa: z.string(),
  MaPhuongXa: z.number().int().nonnegative(),
  SoNha: opt(z.string()),
  DiaChi: z.string(),
});
export type BusinessDiaChi = z.infer<typeof BusinessDiaChiSchema>;

/** NganhNgheKinhDoanh item; LaNganhChinh is 0/1 (int) ([V] TH). */
export const BusinessNganhNgheSchema = z.object({
  MaNganh: z.string(),
  TenNganh: z.string(),
  LaNganhChinh: z.union([z.literal(0), z.literal(1)]),
});
export type BusinessNganhNghe = z.infer<typeof BusinessNganhNgheSchema>;

/** One enterprise certificate ([V] TH `EntCert`; DOMAIN §5.2). SoLanDangKyThayDoi is an int. */
export const BusinessEntCertSchema = z.object({
  MaNoiBo: z.string(),
  MaSoDoanhNghiep: BusinessMsdnSchema,
  SoGCNDKKD: opt(z.string()),
  MaLoaiHinhDN: z.string(),
  LoaiHinhDN: z.string(),
  TenTiengViet: z.string().min(1),
  TenNuocNgoai: opt(z.string()),
  TenVietTat: opt(z.string()),
  NgayDangKyLanDau: businessDate,
  NgayDangKyThayDoi: opt(businessDate),
  SoLanDangKyThayDoi: z.number().int().nonnegative(),
  TinhTrangPhapLy: z.array(BusinessTinhTrangPhapLySchema),
  DaiDienPhapLuat: z.array(z.object({ ThongTinCaNhan: z.array(BusinessThongTinCaNhanSchema) })),
  DiaChiTruSo: z.array(z.object({ DiaChi: z.array(BusinessDiaChiSchema) })),
  NganhNgheKinhDoanh: z.array(BusinessNganhNgheSchema),
});
export type BusinessEntCert = z.infer<typeof BusinessEntCertSchema>;

/** The answer `{GetEntCert:[…]}`; TH treats a null GetEntCert as "not found" ([V] TH handler). */
export const BusinessResponseSchema = z.object({
  GetEntCert: z.array(BusinessEntCertSchema).nullable(),
});
export type BusinessResponse = z.infer<typeof BusinessResponseSchema>;
