// A dossier's result (kind 'result') → the DongBoHoSoMC update that carries it: status, NgayTra and the results.
import { z } from 'zod';
import {
  DossierCodeSchema,
  DossierStatus,
  InstantSchema,
  ResultSchema,
} from '../../contracts/index.ts';
import {
  type PortalDossier,
  PortalDossierSchema,
  type PortalTraCuuHoSoResult,
} from '../../contracts/wire/national-portal/index.ts';
import {
  type Draft,
  defineMapping,
  lookupWireCode,
  trangThaiHoSoCodes,
} from '../../mappings/index.ts';
import {
  eachToPortal,
  resultToPortal,
} from '../../mappings/national-portal/dossier-parts-to-portal.ts';
import { dateToPortal } from '../../mappings/national-portal/wire-values.ts';

/** The payload of a 'result' delivery (docs: `{ dossierCode, status, results, returnedAt? }`); extra keys are ignored. */
export const PortalResultDeliverySchema = z.object({
  dossierCode: DossierCodeSchema,
  status: DossierStatus,
  results: z.array(ResultSchema),
  returnedAt: InstantSchema.optional(),
  finishedAt: InstantSchema.optional(),
});
export type PortalResultDelivery = z.infer<typeof PortalResultDeliverySchema>;

/** The keys of a portal dossier a result changes. */
export type PortalResultPatch = Pick<
  PortalDossier,
  'MaHoSo' | 'TrangThaiHoSo' | 'DanhSachGiayToKetQua'
> &
  Partial<Pick<PortalDossier, 'NgayTra' | 'NgayKetThucXuLy'>>;

export const RESULT_TO_PORTAL_ID = 'national-portal.result.to-portal-patch';

export const resultToPortalPatch = defineMapping({
  id: RESULT_TO_PORTAL_ID,
  version: 1,
  from: PortalResultDeliverySchema,
  map: (r, ctx): Draft<PortalResultPatch> => ({
    MaHoSo: r.dossierCode,
    TrangThaiHoSo: lookupWireCode(trangThaiHoSoCodes, r.status, ctx.at('status')),
    DanhSachGiayToKetQua: eachToPortal(r.results, ctx.at('results'), resultToPortal),
    ...(r.returnedAt === undefined
      ? {}
      : { NgayTra: dateToPortal(r.returnedAt, ctx.at('returnedAt')) }),
    ...(r.finishedAt === undefined
      ? {}
      : { NgayKetThucXuLy: dateToPortal(r.finishedAt, ctx.at('finishedAt')) }),
  }),
});

/**
 * The dossier the portal holds (TraCuuHoSo's item) with the result applied. DongBoHoSoMC replaces
 * the whole dossier, so the item must carry every required key; `undefined` when it does not
 * (a portal whose TraCuuHoSo returns only a header).
 */
export function applyResultPatch(
  held: PortalTraCuuHoSoResult,
  patch: Draft<PortalResultPatch>,
): PortalDossier | undefined {
  const merged = PortalDossierSchema.safeParse({ ...held, ...patch });
  return merged.success ? merged.data : undefined;
}
