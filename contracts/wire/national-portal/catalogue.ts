// The national procedure catalogue (CSDL TTHC): LayThuTuc, LayDanhSachTTHC and the agency/field dictionaries.
import { z } from 'zod';
import { PortalCallEnvelopeSchema, portalResponse } from './envelope.ts';

const text = z.string();
const optionalText = z.string().nullish();

/** LINHVUCTHUCHIEN item; OCPS takes MaLinhVuc/TenLinhVuc from the first one. */
export const PortalLinhVucThucHienSchema = z.object({ MALINHVUC: text, TENLINHVUC: text });
export type PortalLinhVucThucHien = z.infer<typeof PortalLinhVucThucHienSchema>;

/** TRINHTUTHUCHIEN item: the steps of one case (TRUONGHOP). */
export const PortalTrinhTuThucHienSchema = z.object({
  TRUONGHOP: optionalText,
  TRINHTU: z.array(z.object({ TENTRINHTU: text })),
});
export type PortalTrinhTuThucHien = z.infer<typeof PortalTrinhTuThucHienSchema>;

/** PHILEPHI item; SOTIEN is a JSON number (VND). */
export const PortalPhiLePhiSchema = z.object({
  MAPHILEPHI: optionalText,
  SOTIEN: z.number().nonnegative(),
  DONVI: optionalText,
  MOTA: optionalText,
});
export type PortalPhiLePhi = z.infer<typeof PortalPhiLePhiSchema>;

/** THOIGIAN item: processing time (THOIGIANGIAIQUYET is an int in DONVITINH units) and its fees. */
export const PortalThoiGianSchema = z.object({
  THOIGIANGIAIQUYET: z.number().int().nonnegative(),
  DONVITINH: text,
  MOTA: optionalText,
  PHILEPHI: z.array(PortalPhiLePhiSchema),
});
export type PortalThoiGian = z.infer<typeof PortalThoiGianSchema>;

/**
 * CACHTHUCTHUCHIEN item. KENH: "1" trực tiếp, "2" trực tuyến, "3" bưu chính công ích. DOMAIN types
 * only THOIGIANGIAIQUYET, SOTIEN and TRANGTHAI as numbers, so KENH is taken as a string [I].
 */
export const PortalCachThucThucHienSchema = z.object({
  KENH: z.enum(['1', '2', '3']),
  THOIGIAN: z.array(PortalThoiGianSchema),
});
export type PortalCachThucThucHien = z.infer<typeof PortalCachThucThucHienSchema>;

/** THANHPHANHOSO item: a component with its document templates (TENMAUDON + URL). */
export const PortalThanhPhanHoSoSchema = z.object({
  GIAYTO: z.array(
    z.object({ MAGIAYTO: text, TENGIAYTO: text, TENMAUDON: optionalText, URL: optionalText }),
  ),
});
export type PortalThanhPhanHoSo = z.infer<typeof PortalThanhPhanHoSoSchema>;

/**
 * A procedure as `LayThuTuc {maTTHC}` returns it: UPPERCASE keys ([V] OCPS `syncServiceInfo`, DOMAIN
 * §1.1). TRANGTHAI 1 = published; anything else is treated as not public.
 */
export const PortalProcedureSchema = z.object({
  MATTHC: text.min(1),
  TENTTHC: text.min(1),
  MATTHCDP: optionalText,
  LINHVUCTHUCHIEN: z.array(PortalLinhVucThucHienSchema),
  TRINHTUTHUCHIEN: z.array(PortalTrinhTuThucHienSchema),
  CACHTHUCTHUCHIEN: z.array(PortalCachThucThucHienSchema),
  THANHPHANHOSO: z.array(PortalThanhPhanHoSoSchema),
  DOITUONGTHUCHIEN: z.array(z.object({ TENDOITUONG: text })),
  YEUCAU: optionalText,
  MOTADOITUONGTHUCHIEN: optionalText,
  KETQUATHUCHIEN: z.array(z.object({ MAKETQUA: text, TENKETQUA: text })),
  CANCUPHAPLY: z.array(z.object({ SOVANBAN: text, TENVANBAN: text })),
  COQUANTHUCHIEN: z.array(z.object({ MADONVI: text, TENDONVI: text })),
  TRANGTHAI: z.number().int(),
});
export type PortalProcedure = z.infer<typeof PortalProcedureSchema>;

/** `LayThuTuc {maTTHC}` (note the camelCase parameter, [V] OCPS). */
export const PortalLayThuTucCallSchema = PortalCallEnvelopeSchema.extend({
  service: z.literal('LayThuTuc'),
  maTTHC: text.min(1),
});
export type PortalLayThuTucCall = z.infer<typeof PortalLayThuTucCallSchema>;

export const PortalLayThuTucResponseSchema = portalResponse(PortalProcedureSchema);
export type PortalLayThuTucResponse = z.infer<typeof PortalLayThuTucResponseSchema>;

/** LayDanhSachTTHC result item ([V] OCPS, DOMAIN §1.1). */
export const PortalProcedureSummarySchema = z.object({ MATTHC: text.min(1), TENTTHC: text.min(1) });
export type PortalProcedureSummary = z.infer<typeof PortalProcedureSummarySchema>;

export const PortalLayDanhSachTTHCCallSchema = PortalCallEnvelopeSchema.extend({
  service: z.literal('LayDanhSachTTHC'),
});
export type PortalLayDanhSachTTHCCall = z.infer<typeof PortalLayDanhSachTTHCCallSchema>;

export const PortalLayDanhSachTTHCResponseSchema = portalResponse(PortalProcedureSummarySchema);
export type PortalLayDanhSachTTHCResponse = z.infer<typeof PortalLayDanhSachTTHCResponseSchema>;

/** LayDanhMucCoQuan result item: agency e-ID, name, level ([V] OCPS `doSyncGovernmentAgency`). */
export const PortalCoQuanSchema = z.object({
  MADONVI: text,
  TENDONVI: text,
  CAPDONVI: optionalText,
});
export type PortalCoQuan = z.infer<typeof PortalCoQuanSchema>;

/** LayDanhMucLinhVuc result item; OCPS keeps those whose MANGANH equals its madonvi. */
export const PortalLinhVucSchema = z.object({
  MALINHVUC: text,
  TENLINHVUC: text,
  MANGANH: optionalText,
});
export type PortalLinhVuc = z.infer<typeof PortalLinhVucSchema>;
