// Value-level schemas of the city one-stop system's REST/JSON wire: dates, codes and code lists.
import { z } from 'zod';

/**
 * Date-times as this system emits them: ISO 8601 local time with its numeric offset, e.g.
 * `2025-07-03T09:30:00+07:00` [I: the TH .NET system serialises DateTime with the server offset].
 * A trailing `Z` is not what it emits and is rejected.
 */
export const oneStopDateTime = z.iso
  .datetime({ offset: true })
  .regex(/[+-]\d{2}:\d{2}$/, 'expected a numeric UTC offset');

/** `dd/MM/yyyy` that exists in the calendar; birth dates ([V] TH stores NgaySinh as varchar). */
export const oneStopNgaySinh = z
  .string()
  .regex(/^(0[1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/\d{4}$/, 'expected dd/MM/yyyy')
  .refine((value) => {
    const [day, month, year] = value.split('/').map(Number) as [number, number, number];
    return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  }, 'not a calendar date');

/**
 * A procedure code: national `1.001776` or a province-published variant `1.001776.000.00.00.H56`
 * (DOMAIN §1.1). The one-stop keeps local variants; mapping to national codes is the gateway's job.
 */
export const OneStopMaTTHCSchema = z
  .string()
  .regex(
    /^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})?$/,
    'expected 1.001776 or 1.001776.000.00.00.H56',
  );

/** Agency e-ID `V1V2V3.Z1Z2.Y1Y2.Hxx` (QCVN 102:2016; DOMAIN §4.1), e.g. `000.00.01.H22`. */
export const OneStopMaDinhDanhSchema = z
  .string()
  .regex(/^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z]\d{2}$/, 'expected an agency e-ID');

/** TrangThaiHoSo: the DVCQG status table "1".."10" (DOMAIN §2) [I: the city system uses it as is]. */
export const OneStopTrangThaiHoSoSchema = z.enum([
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
]);
export type OneStopTrangThaiHoSo = z.infer<typeof OneStopTrangThaiHoSoSchema>;

/** KenhThucHien "1" trực tiếp, "2" trực tuyến, "3" BCCI ([V] TH `TiepNhanHoSoTrucTuyenConstants.cs`). */
export const OneStopKenhThucHienSchema = z.enum(['1', '2', '3']);
export type OneStopKenhThucHien = z.infer<typeof OneStopKenhThucHienSchema>;

/** MucDo "2" DVC thông tin, "3" một phần, "4" toàn trình ([V] TH; DOMAIN §2). */
export const OneStopMucDoSchema = z.enum(['2', '3', '4']);
export type OneStopMucDo = z.infer<typeof OneStopMucDoSchema>;

/** LoaiDoiTuong "1" Công dân, "2" Doanh nghiệp, "3" Cơ quan nhà nước, "4" Tổ chức/Khác ([V] TH). */
export const OneStopLoaiDoiTuongSchema = z.enum(['1', '2', '3', '4']);
export type OneStopLoaiDoiTuong = z.infer<typeof OneStopLoaiDoiTuongSchema>;

/** TrangThaiSoHoa "0" Chưa số hóa, "1" Được số hóa, "2" Tái sử dụng, "3" Tái sử dụng từ kết quả khác ([V] TH, varchar). */
export const OneStopTrangThaiSoHoaSchema = z.enum(['0', '1', '2', '3']);
export type OneStopTrangThaiSoHoa = z.infer<typeof OneStopTrangThaiSoHoaSchema>;

/** The receiving level, written out in Vietnamese [I]. */
export const OneStopCapTiepNhanSchema = z.enum(['Thành phố', 'Quận/Huyện', 'Xã/Phường']);
export type OneStopCapTiepNhan = z.infer<typeof OneStopCapTiepNhanSchema>;

/**
 * Version of the administrative-unit list a code belongs to [I]. The same values as the canonical
 * AdminListVersion by design: `2020-2024` and `2025-01` three tiers, `2025-07` two tiers.
 */
export const OneStopPhienBanDanhMucSchema = z.enum(['2020-2024', '2025-01', '2025-07']);
export type OneStopPhienBanDanhMuc = z.infer<typeof OneStopPhienBanDanhMucSchema>;

/** Identity document kinds the one-stop records for a person or organisation [I]. */
export const OneStopLoaiGiayToSchema = z.enum(['CCCD', 'CMND', 'HoChieu', 'MaSoDoanhNghiep']);
export type OneStopLoaiGiayTo = z.infer<typeof OneStopLoaiGiayToSchema>;
