// The dossier as synced to the national portal (DongBoHoSoMC): the item and the call that carries it.
import { z } from 'zod';
import {
  PortalDinhDanhCHSSchema,
  PortalGiayToKetQuaSchema,
  PortalHoSoBoSungSchema,
  PortalKetNoiCSDLSchema,
  PortalLePhiSchema,
  PortalTaiLieuNopSchema,
  PortalTepDinhKemKhacSchema,
} from './dossier-parts.ts';
import { PortalCallEnvelopeSchema, portalResponse } from './envelope.ts';
import {
  PortalFlagSchema,
  PortalKenhThucHienSchema,
  PortalLoaiDoiTuongSchema,
  PortalTrangThaiHoSoSchema,
  portalDate,
  portalOptionalDate,
  portalString,
} from './primitives.ts';

/** TH truncates TrichYeuHoSo to this many characters before syncing ([V] TH, DOMAIN §1.2). */
export const PORTAL_TRICH_YEU_MAX = 1000;

/**
 * One DongBoHoSoMC dossier. All values are strings ([V] TH `HoSoDongBoDVC` in
 * `ISyncLocalDataToDVCQGService.cs`; OCPS `createSyncDossierBodyRequest`). Required keys are those
 * OCPS does not mark "ko bb" (không bắt buộc) plus KenhThucHien, which the newer TH spec always
 * sends; the rest are optional. Dates are `yyyyMMddHHmmss`, empty optional dates "".
 */
export const PortalDossierSchema = z.object({
  MaHoSo: portalString.min(1).max(50),
  MaTTHC: portalString.min(1),
  TenTTHC: portalString.min(1),
  MaLinhVuc: portalString.min(1),
  TenLinhVuc: portalString.min(1),
  SoBienNhan: portalString.optional(),
  KenhThucHien: PortalKenhThucHienSchema,
  ChuHoSo: portalString.optional(),
  SoGiayToChuHoSo: portalString.optional(),
  LoaiDoiTuong: PortalLoaiDoiTuongSchema,
  /** DVCQG account TechID; TH sends it only when KenhThucHien is "2". */
  MaDoiTuong: portalString.optional(),
  ThongTinKhac: portalString.optional(),
  Email: portalString.optional(),
  Fax: portalString.optional(),
  SoDienThoai: portalString.optional(),
  TrichYeuHoSo: portalString.max(PORTAL_TRICH_YEU_MAX).optional(),
  NgayNopHoSo: portalOptionalDate.optional(),
  NgayTiepNhan: portalDate,
  NgayHenTra: portalOptionalDate.optional(),
  TrangThaiHoSo: PortalTrangThaiHoSoSchema,
  NgayTra: portalOptionalDate.optional(),
  ThongTinTra: portalString.optional(),
  /** "0" default, "1" postal [I: meaning inferred from OCPS viaPostal logic]. */
  HinhThuc: PortalFlagSchema.optional(),
  NgayKetThucXuLy: portalOptionalDate.optional(),
  NgayTuChoi: portalOptionalDate.optional(),
  DonViXuLy: portalString.min(1),
  GhiChu: portalString.optional(),
  /** TH sends "2" [I: 2 = online/portal]. */
  NoiNopHoSo: portalString.optional(),
  HoSoCoThanhPhanSoHoa: PortalFlagSchema.optional(),
  TaiKhoanDuocXacThucVoiVNeID: PortalFlagSchema.optional(),
  /** TH: "1" paid online, otherwise "3"; the SLD sync sends "0". */
  DuocThanhToanTrucTuyen: z.enum(['0', '1', '3']).optional(),
  DinhDanhCHS: z.array(PortalDinhDanhCHSSchema).optional(),
  DSKetNoiCSDL: z.array(PortalKetNoiCSDLSchema).optional(),
  TaiLieuNop: z.array(PortalTaiLieuNopSchema).optional(),
  DanhSachLePhi: z.array(PortalLePhiSchema).optional(),
  DanhSachTepDinhKemKhac: z.array(PortalTepDinhKemKhacSchema).optional(),
  DanhSachHoSoBoSung: z.array(PortalHoSoBoSungSchema).optional(),
  DanhSachGiayToKetQua: z.array(PortalGiayToKetQuaSchema).optional(),
});
export type PortalDossier = z.infer<typeof PortalDossierSchema>;

/**
 * DongBoHoSoMC parameters: `isUpdating` is "True" when TraCuuHoSo found the dossier, else "False"
 * ([V] OCPS `syncDossierAndDossierStatus`, DOMAIN §3.1).
 */
export const PortalDongBoHoSoMCParamsSchema = z.object({
  isUpdating: z.enum(['True', 'False']),
  data: z.array(PortalDossierSchema).min(1),
});
export type PortalDongBoHoSoMCParams = z.infer<typeof PortalDongBoHoSoMCParamsSchema>;

/** The full DongBoHoSoMC integration call: envelope + parameters. */
export const PortalDongBoHoSoMCCallSchema = PortalCallEnvelopeSchema.extend({
  service: z.literal('DongBoHoSoMC'),
  ...PortalDongBoHoSoMCParamsSchema.shape,
});
export type PortalDongBoHoSoMCCall = z.infer<typeof PortalDongBoHoSoMCCallSchema>;

/**
 * DongBoHoSoMC answer. Success = error_code 0 (TH also wants "thành công" in `message`); error_code
 * 3/-3 with "đã tồn tại" means the dossier exists and must be updated instead ([V] TH, DOMAIN §3.2).
 */
export const PortalDongBoHoSoMCResponseSchema = portalResponse(z.unknown());
export type PortalDongBoHoSoMCResponse = z.infer<typeof PortalDongBoHoSoMCResponseSchema>;
