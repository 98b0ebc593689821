// TraCuuHoSo: asks the national portal whether (and in which state) it holds a dossier.
import { z } from 'zod';
import { PortalCallEnvelopeSchema, portalResponse } from './envelope.ts';
import { PortalTrangThaiHoSoSchema, portalOptionalDate, portalString } from './primitives.ts';

/**
 * `TraCuuHoSo {MaHoSo}` (DOMAIN §3.1). Note: OCPS `searchDossier` actually writes the key in lower
 * case (`mahoso`); this contract uses the documented `MaHoSo`.
 */
export const PortalTraCuuHoSoParamsSchema = z.object({ MaHoSo: portalString.min(1).max(50) });
export type PortalTraCuuHoSoParams = z.infer<typeof PortalTraCuuHoSoParamsSchema>;

export const PortalTraCuuHoSoCallSchema = PortalCallEnvelopeSchema.extend({
  service: z.literal('TraCuuHoSo'),
  ...PortalTraCuuHoSoParamsSchema.shape,
});
export type PortalTraCuuHoSoCall = z.infer<typeof PortalTraCuuHoSoCallSchema>;

/**
 * A TraCuuHoSo result item. OCPS only tests `result.length > 0` (found → isUpdating "True"), so the
 * item's keys are not public; this is the dossier header as synced [I]: MaHoSo plus the state keys
 * reconciliation compares, other DongBoHoSoMC keys passed through untouched.
 */
export const PortalTraCuuHoSoResultSchema = z.looseObject({
  MaHoSo: portalString.min(1),
  MaTTHC: portalString.optional(),
  TrangThaiHoSo: PortalTrangThaiHoSoSchema.optional(),
  NgayTiepNhan: portalOptionalDate.optional(),
  NgayHenTra: portalOptionalDate.optional(),
  NgayTra: portalOptionalDate.optional(),
});
export type PortalTraCuuHoSoResult = z.infer<typeof PortalTraCuuHoSoResultSchema>;

/** TraCuuHoSo answer: an empty (or absent) result means "not found". */
export const PortalTraCuuHoSoResponseSchema = portalResponse(PortalTraCuuHoSoResultSchema);
export type PortalTraCuuHoSoResponse = z.infer<typeof PortalTraCuuHoSoResponseSchema>;
