// The dossier (HoSo) the city one-stop system submits over REST/JSON, with owner, components, fees and results.
import { z } from 'zod';
import {
  OneStopCapTiepNhanSchema,
  OneStopKenhThucHienSchema,
  OneStopLoaiDoiTuongSchema,
  OneStopLoaiGiayToSchema,
  OneStopMaDinhDanhSchema,
  OneStopMaTTHCSchema,
  OneStopMucDoSchema,
  OneStopPhienBanDanhMucSchema,
  OneStopTrangThaiHoSoSchema,
  OneStopTrangThaiSoHoaSchema,
  oneStopDateTime,
  oneStopNgaySinh,
} from './primitives.ts';

/** Optional scalars may be absent or null: the TH .NET system serialises unset values as null. */
const opt = <T extends z.ZodType>(schema: T) => schema.nullish();

const SO_GIAY_TO: Record<z.infer<typeof OneStopLoaiGiayToSchema>, RegExp> = {
  CCCD: /^\d{12}$/,
  CMND: /^\d{9}$/,
  HoChieu: /^[A-Z0-9]{6,9}$/,
  MaSoDoanhNghiep: /^\d{10}(-\d{3})?$/,
};

/**
 * A person or organisation on a dossier: owner (ChuHoSo) or authorised submitter (NguoiUyQuyen).
 * Nested form of TH's flat `…ChuHoSo` / `…NguoiUyQuyen` columns ([V] TH `HoSo.cs`). TinhThanh (2
 * digits), QuanHuyen (3, absent in the 2025-07 two-tier list) and PhuongXa (5) are admin-unit codes
 * in the dossier's DonViTiepNhan.PhienBanDanhMuc [I]. GioiTinh "1" Nam, "2" Nữ as in CSDL dân cư [I].
 */
export const OneStopNguoiSchema = z
  .object({
    HoVaTen: z.string().min(1).max(500),
    SoGiayTo: z.string().min(1),
    LoaiGiayTo: OneStopLoaiGiayToSchema,
    NgaySinh: opt(oneStopNgaySinh),
    GioiTinh: opt(z.enum(['1', '2'])),
    TinhThanh: z.string().regex(/^\d{2}$/),
    QuanHuyen: opt(z.string().regex(/^\d{3}$/)),
    PhuongXa: z.string().regex(/^\d{5}$/),
    DiaChi: z.string().min(1).max(500),
    SoDienThoai: opt(z.string().regex(/^\+?\d{8,15}$/)),
    Email: opt(z.email()),
  })
  .superRefine((nguoi, ctx) => {
    if (!SO_GIAY_TO[nguoi.LoaiGiayTo].test(nguoi.SoGiayTo)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SoGiayTo'],
        message: `not a valid ${nguoi.LoaiGiayTo} number`,
      });
    }
  });
export type OneStopNguoi = z.infer<typeof OneStopNguoiSchema>;

/** The processing agency: e-ID and name. */
export const OneStopDonViXuLySchema = z.object({
  MaDinhDanh: OneStopMaDinhDanhSchema,
  Ten: z.string().min(1),
});
export type OneStopDonViXuLy = z.infer<typeof OneStopDonViXuLySchema>;

/** The receiving administrative unit: its code and the list version that gives the code a meaning [I]. */
export const OneStopDonViTiepNhanSchema = z.object({
  MaDonViHanhChinh: z
    .string()
    .regex(/^(\d{2}|\d{3}|\d{5})$/, 'expected a 2, 3 or 5 digit unit code'),
  TenDonViHanhChinh: opt(z.string()),
  PhienBanDanhMuc: OneStopPhienBanDanhMucSchema,
});
export type OneStopDonViTiepNhan = z.infer<typeof OneStopDonViTiepNhanSchema>;

/**
 * A dossier component ([V] TH `ThanhPhanHoSo.cs`: SoBanChinh/SoBanSao int, TrangThaiSoHoa varchar,
 * DuocLayTuKhoDMQuocGia bool). DinhKem is one public download URL [I: TH keeps `##`-separated paths].
 */
export const OneStopThanhPhanHoSoSchema = z.object({
  Ma: z.string().min(1),
  Ten: z.string().min(1),
  MaGiayTo: opt(z.string()),
  SoBanChinh: z.number().int().nonnegative(),
  SoBanSao: z.number().int().nonnegative(),
  TrangThaiSoHoa: OneStopTrangThaiSoHoaSchema,
  DuocLayTuKhoDMQuocGia: z.boolean(),
  MaKetQuaThayThe: opt(z.string()),
  DinhKem: opt(z.url()),
});
export type OneStopThanhPhanHoSo = z.infer<typeof OneStopThanhPhanHoSoSchema>;

/** A fee line; only "Đã thanh toán" lines with SoTien > 0 reach the portal ([V] TH, DOMAIN §1.6). */
export const OneStopLePhiSchema = z.object({
  TenPhiLePhi: z.string().min(1),
  MaPhiLePhi: opt(z.string()),
  SoTien: z.number().int().nonnegative(),
  TrangThai: z.enum(['Đã thanh toán', 'Chưa thanh toán']),
  HinhThucThu: opt(z.string()),
});
export type OneStopLePhi = z.infer<typeof OneStopLePhiSchema>;

/** A result document ([V] TH HoSo SoKyHieuKetQua, NgayKyKetQua, CoQuanBanHanhKetQua, DinhKemKetQua). */
export const OneStopKetQuaSchema = z.object({
  /** Signing metadata: sector systems do not always send it with a result ([I]). */
  SoKyHieu: z.string().min(1).nullish(),
  NgayKy: oneStopDateTime.nullish(),
  CoQuanBanHanh: z.string().min(1).nullish(),
  TenGiayTo: z.string().min(1),
  /** The procedure's MAKETQUA in the national catalogue (DOMAIN §1.5), when known. */
  MaKetQua: z.string().min(1).nullish(),
  DinhKem: z.url(),
});
export type OneStopKetQua = z.infer<typeof OneStopKetQuaSchema>;

const UNIT_DIGITS: Record<z.infer<typeof OneStopCapTiepNhanSchema>, number> = {
  'Thành phố': 2,
  'Quận/Huyện': 3,
  'Xã/Phường': 5,
};

/**
 * The dossier the one-stop submits ([V] field names from TH `HoSo.cs`, nested and renamed where the
 * brief fixes the shape; [I] for DonViTiepNhan, CapTiepNhan and the booleans). The unit code must
 * fit CapTiepNhan, and no district may receive under the two-tier `2025-07` list.
 */
export const OneStopHoSoSchema = z
  .object({
    MaHoSo: z.string().min(1).max(50),
    MaTTHC: OneStopMaTTHCSchema,
    TenTTHC: z.string().min(1),
    MaLinhVuc: z.string().min(1),
    TenLinhVuc: z.string().min(1),
    KenhThucHien: OneStopKenhThucHienSchema,
    MucDo: OneStopMucDoSchema,
    ChuHoSo: OneStopNguoiSchema,
    NguoiUyQuyen: opt(OneStopNguoiSchema),
    LoaiDoiTuong: OneStopLoaiDoiTuongSchema,
    /** DVCQG account TechID of an online applicant (DOMAIN §1.2 MaDoiTuong). */
    MaDoiTuong: opt(z.string()),
    TrichYeu: z.string().min(1).max(2000),
    NgayNop: opt(oneStopDateTime),
    NgayTiepNhan: oneStopDateTime,
    NgayHenTra: opt(oneStopDateTime),
    NgayTra: opt(oneStopDateTime),
    NgayKetThucXuLy: opt(oneStopDateTime),
    TrangThaiHoSo: OneStopTrangThaiHoSoSchema,
    DonViXuLy: OneStopDonViXuLySchema,
    CapTiepNhan: OneStopCapTiepNhanSchema,
    DonViTiepNhan: OneStopDonViTiepNhanSchema,
    /** "0" at the desk (default), "1" by post ([V] TH HinhThucTra). */
    HinhThucTra: opt(z.enum(['0', '1'])),
    ThanhPhanHoSo: z.array(OneStopThanhPhanHoSoSchema),
    LePhi: z.array(OneStopLePhiSchema),
    KetQua: z.array(OneStopKetQuaSchema),
    DaThanhToanTrucTuyen: z.boolean(),
    XacThucVNeID: z.boolean(),
  })
  .superRefine((hoSo, ctx) => {
    const { MaDonViHanhChinh, PhienBanDanhMuc } = hoSo.DonViTiepNhan;
    if (MaDonViHanhChinh.length !== UNIT_DIGITS[hoSo.CapTiepNhan]) {
      ctx.addIssue({
        code: 'custom',
        path: ['DonViTiepNhan', 'MaDonViHanhChinh'],
        message: `does not fit CapTiepNhan ${hoSo.CapTiepNhan}`,
      });
    }
    if (hoSo.CapTiepNhan === 'Quận/Huyện' && PhienBanDanhMuc === '2025-07') {
      ctx.addIssue({
        code: 'custom',
        path: ['CapTiepNhan'],
        message: 'no district level in the 2025-07 list',
      });
    }
  });
export type OneStopHoSo = z.infer<typeof OneStopHoSoSchema>;
