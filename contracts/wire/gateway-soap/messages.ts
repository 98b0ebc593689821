// JS shapes of LienThongExchange messages as the `soap` package parses and builds them (see exchange.wsdl).
import { z } from 'zod';
import { xsDateTime, xsTrangThaiHoSo } from '../xsd-values.ts';

const maHoSo = z.string().min(1).max(50);

/** A result document; repeated KetQua elements always parse as an array, absent when none. */
export const ExchangeGiayToKetQuaSchema = z.object({
  TenGiayTo: z.string().min(1),
  MaGiayToKetQua: z.string().optional(),
  SoKyHieu: z.string().optional(),
  DuongDan: z.url(),
});
export type ExchangeGiayToKetQua = z.infer<typeof ExchangeGiayToKetQuaSchema>;

/** CapNhatKetQua input: a sector system pushes a dossier's result. */
export const ExchangeCapNhatKetQuaRequestSchema = z.object({
  MaHoSo: maHoSo,
  MaTTHC: z.string().min(1).optional(),
  TrangThaiHoSo: xsTrangThaiHoSo,
  NgayTra: xsDateTime.optional(),
  KetQua: z.array(ExchangeGiayToKetQuaSchema).optional(),
});
export type ExchangeCapNhatKetQuaRequest = z.infer<typeof ExchangeCapNhatKetQuaRequestSchema>;

/** CapNhatTrangThai input: a status change with what was done, when and (optionally) by whom. */
export const ExchangeCapNhatTrangThaiRequestSchema = z.object({
  MaHoSo: maHoSo,
  TrangThai: xsTrangThaiHoSo,
  NoiDung: z.string(),
  ThoiDiemXuLy: xsDateTime,
  NguoiXuLy: z.string().optional(),
});
export type ExchangeCapNhatTrangThaiRequest = z.infer<typeof ExchangeCapNhatTrangThaiRequestSchema>;

/**
 * Both operations' answer: the exchange id, and "duplicate" when the same message was accepted
 * before (MaGiaoDich then names the original exchange).
 */
export const ExchangeAckSchema = z.object({
  MaGiaoDich: z.string().min(1),
  TrangThai: z.enum(['accepted', 'duplicate']),
});
export type ExchangeAck = z.infer<typeof ExchangeAckSchema>;

/** The LoiLienThong fault detail: Code is a stable lienthong error code (contracts/errors.ts). */
export const ExchangeFaultDetailSchema = z.object({
  Code: z.string().min(1),
  Message: z.string().optional(),
  RequestId: z.string().optional(),
});
export type ExchangeFaultDetail = z.infer<typeof ExchangeFaultDetailSchema>;

/** A SOAP 1.1 Fault body as parsed: faultcode soap:Client (caller's fault) or soap:Server. */
export const ExchangeFaultSchema = z.object({
  faultcode: z.string().regex(/^(\w+:)?(Client|Server)$/),
  faultstring: z.string(),
  detail: z.object({ LoiLienThong: ExchangeFaultDetailSchema }).optional(),
});
export type ExchangeFault = z.infer<typeof ExchangeFaultSchema>;

/** The WS-Security UsernameToken the header must carry (PasswordText), as credentials. */
export const ExchangeUsernameTokenSchema = z.object({
  Username: z.string().min(1),
  Password: z.string().min(1),
});
export type ExchangeUsernameToken = z.infer<typeof ExchangeUsernameTokenSchema>;
