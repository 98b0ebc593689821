// Progress events pushed to the national portal (CapNhatTienDoHoSoMC): the item and the call, ≤10 items a call.
import { z } from 'zod';
import { PortalCallEnvelopeSchema, portalResponse } from './envelope.ts';
import {
  PortalTrangThaiHoSoSchema,
  portalDate,
  portalOptionalDate,
  portalString,
} from './primitives.ts';

/** TH sends progress in chunks of this many items ([V] TH, DOMAIN §1.3). */
export const PORTAL_PROGRESS_CHUNK_MAX = 10;
/** TH truncates NguoiXuLy to this many characters (and defaults it to "Chuyên viên"). */
export const PORTAL_NGUOI_XU_LY_MAX = 50;

/**
 * One progress event ([V] OCPS `createSyncDossierStatusBodyRequest`, TH `QuaTrinhXuLyDongBoDVC`).
 * OCPS marks ChucDanh, PhongBanXuLy, NgayBatDau and NgayKetThucTheoQuyDinh "ko bb" (optional);
 * TH defaults NoiDungXuLy to "". TrangThai is a DVCQG status code (TH default "4").
 */
export const PortalProgressItemSchema = z.object({
  MaHoSo: portalString.min(1).max(50),
  NguoiXuLy: portalString.min(1).max(PORTAL_NGUOI_XU_LY_MAX),
  ChucDanh: portalString.optional(),
  ThoiDiemXuLy: portalDate,
  PhongBanXuLy: portalString.optional(),
  NoiDungXuLy: portalString.optional(),
  TrangThai: PortalTrangThaiHoSoSchema,
  NgayBatDau: portalOptionalDate.optional(),
  NgayKetThucTheoQuyDinh: portalOptionalDate.optional(),
});
export type PortalProgressItem = z.infer<typeof PortalProgressItemSchema>;

/** CapNhatTienDoHoSoMC parameters: 1–10 events. */
export const PortalCapNhatTienDoHoSoMCParamsSchema = z.object({
  data: z.array(PortalProgressItemSchema).min(1).max(PORTAL_PROGRESS_CHUNK_MAX),
});
export type PortalCapNhatTienDoHoSoMCParams = z.infer<typeof PortalCapNhatTienDoHoSoMCParamsSchema>;

/** The full CapNhatTienDoHoSoMC integration call ([V] OCPS, DOMAIN §3.1). */
export const PortalCapNhatTienDoHoSoMCCallSchema = PortalCallEnvelopeSchema.extend({
  service: z.literal('CapNhatTienDoHoSoMC'),
  ...PortalCapNhatTienDoHoSoMCParamsSchema.shape,
});
export type PortalCapNhatTienDoHoSoMCCall = z.infer<typeof PortalCapNhatTienDoHoSoMCCallSchema>;

/** CapNhatTienDoHoSoMC answer; success is error_code 0 ([V] OCPS). */
export const PortalCapNhatTienDoHoSoMCResponseSchema = portalResponse(z.unknown());
export type PortalCapNhatTienDoHoSoMCResponse = z.infer<
  typeof PortalCapNhatTienDoHoSoMCResponseSchema
>;
