// Value-level schemas of the national portal (Cổng DVCQG) wire: every value a string, dates yyyyMMddHHmmss.
import { z } from 'zod';

/**
 * `yyyyMMddHHmmss` in Asia/Ho_Chi_Minh: [V] OCPS `convertDate2String` (LUCENE_DATE_FORMAT), TH the
 * same (DOMAIN §4.3). The regex checks field ranges; {@link portalDate} also checks the calendar.
 */
export const PORTAL_DATE =
  /^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])[0-5]\d[0-5]\d$/;

/**
 * A portal value. Every value the portal exchanges is a JSON string, numbers and booleans included
 * ([V] TH `HoSoDongBoDVC`, OCPS `String.valueOf(...)`; DOMAIN §1.2), so a JSON number is rejected.
 */
export const portalString = z.string();

function isCalendarDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(4, 6));
  const day = Number(value.slice(6, 8));
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A required portal date `yyyyMMddHHmmss` that exists in the calendar (no 30 February). */
export const portalDate = z
  .string()
  .regex(PORTAL_DATE, 'expected yyyyMMddHHmmss')
  .refine(isCalendarDate, 'not a calendar date');

/** An optional portal date: empty dates are sent as "" rather than null (DOMAIN §4.3, OCPS, TH). */
export const portalOptionalDate = z.union([z.literal(''), portalDate]);

/**
 * `error_code`: OCPS reads it with `getInt` (`{"error_code":0}`), TH declares it a string and compares
 * with "0"; both encodings are accepted. 0 means success (DOMAIN §3.1, §3.2).
 */
export const PortalErrorCodeSchema = z.union([z.number().int(), z.string().regex(/^-?\d+$/)]);
export type PortalErrorCode = z.infer<typeof PortalErrorCodeSchema>;

/** TrangThaiHoSo "1".."10" (DOMAIN §2; [V] TH `FormatTrangThaiHoSoDVCQG.cs`). */
export const PortalTrangThaiHoSoSchema = z.enum([
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
export type PortalTrangThaiHoSo = z.infer<typeof PortalTrangThaiHoSoSchema>;

/** KenhThucHien: "1" trực tiếp, "2" trực tuyến, "3" bưu chính công ích ([V] TH constants). */
export const PortalKenhThucHienSchema = z.enum(['1', '2', '3']);
export type PortalKenhThucHien = z.infer<typeof PortalKenhThucHienSchema>;

/** LoaiDoiTuong: "1" Công dân, "2" Doanh nghiệp, "3" Cơ quan nhà nước, "4" Tổ chức/Khác ([V] TH). */
export const PortalLoaiDoiTuongSchema = z.enum(['1', '2', '3', '4']);
export type PortalLoaiDoiTuong = z.infer<typeof PortalLoaiDoiTuongSchema>;

/** A "0"/"1" flag as the portal writes booleans. */
export const PortalFlagSchema = z.enum(['0', '1']);
export type PortalFlag = z.infer<typeof PortalFlagSchema>;
