// TraCuuHoSo answer → lookup result: does the portal hold the dossier (isUpdating), and in which state.
import { z } from 'zod';
import { DossierStatus } from '../../contracts/canonical/enums.ts';
import { InstantSchema } from '../../contracts/canonical/scalars.ts';
import {
  type PortalTraCuuHoSoResponse,
  PortalTraCuuHoSoResponseSchema,
  type PortalTraCuuHoSoResult,
} from '../../contracts/wire/national-portal/lookup.ts';
import { portalOptionalDate } from '../../contracts/wire/national-portal/primitives.ts';
import { trangThaiHoSoCodes } from '../codes/dossier-status.ts';
import { lookupCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping } from '../engine/define-mapping.ts';
import { compact, dateFromPortal } from './wire-values.ts';

export const LOOKUP_TO_CANONICAL_ID = 'national-portal.lookup.to-canonical';

/**
 * What the portal knows of a dossier. contracts/canonical has no such record, so it is defined
 * here (a contract gap reported to the lead). `updatedAt` is the latest event date the portal
 * holds (reception, return, end of processing, refusal, submission): the portal exposes no
 * modification time.
 */
export const DossierLookupResultSchema = z.strictObject({
  found: z.boolean(),
  status: DossierStatus.optional(),
  updatedAt: InstantSchema.optional(),
});
export type DossierLookupResult = z.infer<typeof DossierLookupResultSchema>;

/** DongBoHoSoMC's `isUpdating`: "True" when TraCuuHoSo found the dossier (DOMAIN §3.1). */
export function isUpdatingFor(result: DossierLookupResult): 'True' | 'False' {
  return result.found ? 'True' : 'False';
}

/** Event dates beyond the declared keys: the result item passes other DongBoHoSoMC keys through. */
const PASSED_THROUGH_DATES = ['NgayNopHoSo', 'NgayKetThucXuLy', 'NgayTuChoi'] as const;

function latestEventDate(item: PortalTraCuuHoSoResult, ctx: MappingContext): string | undefined {
  const candidates: string[] = [];
  for (const key of ['NgayTiepNhan', 'NgayTra'] as const) {
    const iso = dateFromPortal(item[key], ctx.at(key));
    if (iso !== undefined) candidates.push(iso);
  }
  for (const key of PASSED_THROUGH_DATES) {
    const raw = item[key];
    if (raw === undefined) continue;
    if (!portalOptionalDate.safeParse(raw).success) {
      ctx.at(key).warn('date.ignored', 'not a portal date; left out of updatedAt', { value: raw });
      continue;
    }
    const iso = dateFromPortal(raw as string, ctx.at(key));
    if (iso !== undefined) candidates.push(iso);
  }
  // All candidates are yyyy-MM-ddTHH:mm:ss+07:00, so text order is time order.
  return candidates.sort().at(-1);
}

function errorCodeOk(code: PortalTraCuuHoSoResponse['error_code']): boolean {
  return Number(code) === 0;
}

function mapLookup(
  response: PortalTraCuuHoSoResponse,
  ctx: MappingContext,
): Draft<DossierLookupResult> {
  if (!errorCodeOk(response.error_code)) {
    // The portal's message is not echoed: it may quote the request.
    ctx.at('error_code').error('portal.error_response', 'TraCuuHoSo answered with an error code', {
      value: response.error_code,
    });
    return {};
  }
  const results = response.result ?? [];
  const item = results[0];
  if (item === undefined) return { found: false };
  if (results.length > 1) {
    ctx.at('result').warn('lookup.multiple_results', 'several dossiers found; the first is used');
  }
  const at = ctx.at('result').at(0);
  return compact({
    found: true,
    status: lookupCode(trangThaiHoSoCodes, item.TrangThaiHoSo, at.at('TrangThaiHoSo')),
    updatedAt: latestEventDate(item, at),
  });
}

export const lookupToCanonical = defineMapping({
  id: LOOKUP_TO_CANONICAL_ID,
  version: 1,
  from: PortalTraCuuHoSoResponseSchema,
  to: DossierLookupResultSchema,
  map: mapLookup,
});

export const lookupToCanonicalCoverage = declareCoverage(PortalTraCuuHoSoResponseSchema, {
  mapped: ['error_code', 'result[].TrangThaiHoSo', 'result[].NgayTiepNhan', 'result[].NgayTra'],
  ignored: {
    message: 'free text of the portal; not echoed (it may quote the request) and not needed',
    'result[].MaHoSo': 'the dossier asked for; any result item means found',
    'result[].MaTTHC': 'the procedure is not compared by idempotency or reconciliation',
    'result[].NgayHenTra': 'a due date, not an event: not part of updatedAt',
  },
});
