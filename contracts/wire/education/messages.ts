// JS shapes of GiaoDucService messages as the `soap` package builds and parses them (see education.wsdl).
import { z } from 'zod';
import { xsDate, xsDateTime, xsTrangThaiHoSo } from '../xsd-values.ts';

const maHoSo = z.string().min(1).max(50);

/**
 * Dossier owner: personal ID (12 digits, or a legacy 9-digit CMND) and xs:date birth date.
 * Repeated elements (maxOccurs="unbounded") always parse as arrays and are absent when empty.
 */
export const EducationChuHoSoSchema = z.object({
  HoVaTen: z.string().min(1),
  SoDinhDanh: z.string().regex(/^(\d{12}|\d{9})$/),
  NgaySinh: xsDate,
});
export type EducationChuHoSo = z.infer<typeof EducationChuHoSoSchema>;

/** A submitted document, fetched by the sector system from its public URL. */
export const EducationTaiLieuSchema = z.object({ Ten: z.string().min(1), DuongDan: z.url() });
export type EducationTaiLieu = z.infer<typeof EducationTaiLieuSchema>;

/**
 * HoSo of TiepNhanHoSo. MaLinhVuc/MaTTHC as in the Hà Giang enrolment sync, e.g. "G03-GD10" Giáo
 * dục Trung học with "3.000181" THPT enrolment [I: unverified against CSDL TTHC, DOMAIN §5.3].
 */
export const EducationHoSoSchema = z.object({
  MaHoSo: maHoSo,
  MaTTHC: z.string().min(1),
  TenTTHC: z.string().min(1),
  MaLinhVuc: z.string().regex(/^G\d{2}-[A-Z]{2}\d{2}$/, 'expected a field code like G03-GD10'),
  ChuHoSo: EducationChuHoSoSchema,
  NgayTiepNhan: xsDateTime,
  NgayHenTra: xsDateTime.optional(),
  TrichYeu: z.string().min(1),
  TaiLieu: z.array(EducationTaiLieuSchema).optional(),
});
export type EducationHoSo = z.infer<typeof EducationHoSoSchema>;

/** TiepNhanHoSo input: `{HoSo}`. Idempotent on MaHoSo. */
export const EducationTiepNhanHoSoRequestSchema = z.object({ HoSo: EducationHoSoSchema });
export type EducationTiepNhanHoSoRequest = z.infer<typeof EducationTiepNhanHoSoRequestSchema>;

/** TiepNhanHoSo output: DA_TIEP_NHAN for a new dossier, DA_TON_TAI for a repeated MaHoSo. */
export const EducationTiepNhanHoSoResponseSchema = z.object({
  KetQua: z.object({
    MaHoSo: maHoSo,
    TrangThai: z.enum(['DA_TIEP_NHAN', 'DA_TON_TAI']),
    ThongBao: z.string(),
  }),
});
export type EducationTiepNhanHoSoResponse = z.infer<typeof EducationTiepNhanHoSoResponseSchema>;

/** TraCuuKetQua input: `{MaHoSo}`. */
export const EducationTraCuuKetQuaRequestSchema = z.object({ MaHoSo: maHoSo });
export type EducationTraCuuKetQuaRequest = z.infer<typeof EducationTraCuuKetQuaRequestSchema>;

/** A result document of TraCuuKetQua. */
export const EducationGiayToKetQuaSchema = z.object({
  TenGiayTo: z.string().min(1),
  SoKyHieu: z.string(),
  DuongDan: z.url(),
});
export type EducationGiayToKetQua = z.infer<typeof EducationGiayToKetQuaSchema>;

/** TraCuuKetQua output: DVCQG status code, return date once returned, result documents. */
export const EducationTraCuuKetQuaResponseSchema = z.object({
  TrangThaiHoSo: xsTrangThaiHoSo,
  NgayTra: xsDateTime.optional(),
  KetQua: z.array(EducationGiayToKetQuaSchema).optional(),
});
export type EducationTraCuuKetQuaResponse = z.infer<typeof EducationTraCuuKetQuaResponseSchema>;

/** The LoiGiaoDuc fault detail. */
export const EducationFaultDetailSchema = z.object({
  MaLoi: z.enum(['DU_LIEU_KHONG_HOP_LE', 'HO_SO_KHONG_TON_TAI', 'LOI_HE_THONG']),
  ThongBao: z.string(),
});
export type EducationFaultDetail = z.infer<typeof EducationFaultDetailSchema>;
