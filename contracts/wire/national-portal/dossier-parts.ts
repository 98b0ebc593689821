// Nested arrays of a DongBoHoSoMC dossier: submitted files, fees, paper items, supplements, results, owner IDs.
import { z } from 'zod';
import { PortalFlagSchema, portalOptionalDate, portalString } from './primitives.ts';

/**
 * TaiLieuNop item ([V] TH `TaiLieuNopDongBoDVC`; OCPS sends only the first five keys). Files are not
 * inline: DuongDanTaiTepTin is a public download URL (DOMAIN §1.4).
 * DuocTaiSuDung: "1" reused (TrangThaiSoHoa 2), "2" reused from another result (3), "0" otherwise.
 */
export const PortalTaiLieuNopSchema = z.object({
  TepDinhKemId: portalString.optional(),
  TenTepDinhKem: portalString.min(1),
  IsDeleted: portalString.optional(),
  MaThanhPhanHoSo: portalString,
  DuongDanTaiTepTin: portalString.min(1),
  DuocSoHoa: PortalFlagSchema.optional(),
  DuocTaiSuDung: z.enum(['0', '1', '2']).optional(),
  DuocLayTuKhoDMQG: PortalFlagSchema.optional(),
  MaKetQuaThayThe: portalString.optional(),
});
export type PortalTaiLieuNop = z.infer<typeof PortalTaiLieuNopSchema>;

/**
 * DanhSachLePhi item ([V] TH `LePhiDongBoDVC`). TH sends only paid fees with MaPhiLePhi, HinhThucThu
 * and LoaiPhiLePhi hard-coded to "1"; Gia is the amount in VND written as a string (DOMAIN §1.6).
 */
export const PortalLePhiSchema = z.object({
  TenPhiLePhi: portalString.min(1),
  MaPhiLePhi: portalString,
  HinhThucThu: portalString,
  Gia: portalString.regex(/^\d+(\.\d+)?$/, 'expected an amount'),
  LoaiPhiLePhi: portalString,
});
export type PortalLePhi = z.infer<typeof PortalLePhiSchema>;

/**
 * DanhSachTepDinhKemKhac item: paper-only components ([V] TH `TepDinhKemKhac`, where SoLuong and
 * LoaiGiayTo are C# ints; on this wire every value is a string, DOMAIN §1.2).
 */
export const PortalTepDinhKemKhacSchema = z.object({
  TenGiayTo: portalString.min(1),
  SoLuong: portalString.regex(/^\d+$/, 'expected a count'),
  LoaiGiayTo: portalString,
});
export type PortalTepDinhKemKhac = z.infer<typeof PortalTepDinhKemKhacSchema>;

/**
 * DanhSachHoSoBoSung item: one supplement round ([V] TH `HoSoBoSung`, OCPS commented key list).
 * TH types several keys as int/bool/DateTime; on this wire they are strings, dates `yyyyMMddHHmmss`.
 */
export const PortalHoSoBoSungSchema = z.object({
  HoSoBoSungId: portalString,
  NguoiYeuCauBoSung: portalString,
  NoiDungBoSung: portalString,
  NgayBoSung: portalOptionalDate,
  NguoiTiepNhanBoSung: portalString.optional(),
  ThongTinTiepNhan: portalString.optional(),
  NgayTiepNhanBoSung: portalOptionalDate.optional(),
  TrangThaiBoSung: portalString.optional(),
  DanhSachGiayToBoSung: z.array(PortalTaiLieuNopSchema).optional(),
  DanhSachLePhiBoSung: z.array(PortalLePhiSchema).optional(),
  NgayHenTraTruoc: portalOptionalDate.optional(),
  NgayHenTraMoi: portalOptionalDate.optional(),
});
export type PortalHoSoBoSung = z.infer<typeof PortalHoSoBoSungSchema>;

/**
 * DanhSachGiayToKetQua item ([V] TH `GiayToKetQua`; OCPS omits MaGiayToKetQua). MaGiayToKetQua is the
 * procedure's MAKETQUA from the national catalogue (DOMAIN §1.5).
 */
export const PortalGiayToKetQuaSchema = z.object({
  TenGiayTo: portalString.min(1),
  MaThanhPhanHoSo: portalString.optional(),
  GiayToId: portalString.optional(),
  DuongDanTepTinKetQua: portalString.min(1),
  MaGiayToKetQua: portalString.optional(),
});
export type PortalGiayToKetQua = z.infer<typeof PortalGiayToKetQuaSchema>;

/**
 * DinhDanhCHS item: the owner's ID. LoaiDinhDanh "1" = 12-digit personal ID, "2" = 9-digit CMND
 * ([V] TH, which falls back to "000000001" / "2"; DOMAIN §1.2, §4.1).
 */
export const PortalDinhDanhCHSSchema = z
  .object({
    LoaiDinhDanh: z.enum(['1', '2']),
    SoDinhDanh: portalString,
  })
  .superRefine((value, ctx) => {
    const digits = value.LoaiDinhDanh === '1' ? 12 : 9;
    if (!new RegExp(`^\\d{${digits}}$`).test(value.SoDinhDanh)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SoDinhDanh'],
        message: `LoaiDinhDanh ${value.LoaiDinhDanh} expects ${digits} digits`,
      });
    }
  });
export type PortalDinhDanhCHS = z.infer<typeof PortalDinhDanhCHSSchema>;

/** DSKetNoiCSDL item: a national database consulted; TH hard-codes "7", SLD "1" (list unknown). */
export const PortalKetNoiCSDLSchema = z.object({ MaCSDL: portalString.min(1) });
export type PortalKetNoiCSDL = z.infer<typeof PortalKetNoiCSDLSchema>;
