// A LayDanhSachTTHC item (MATTHC, TENTTHC) → canonical procedure summary.
import type { z } from 'zod';
import { ProcedureSchema } from '../../contracts/canonical/procedure.ts';
import {
  type PortalProcedureSummary,
  PortalProcedureSummarySchema,
} from '../../contracts/wire/national-portal/catalogue.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping } from '../engine/define-mapping.ts';
import { catalogueText, nationalProcedureCode } from './catalogue-values.ts';

export const PROCEDURE_SUMMARY_TO_CANONICAL_ID = 'national-portal.procedure-summary.to-canonical';

/**
 * The catalogue list entry: code and name. contracts/canonical has no summary record, so it is
 * the Procedure's own two fields, picked here (a contract gap reported to the lead).
 */
export const ProcedureSummarySchema = ProcedureSchema.pick({ code: true, name: true });
export type ProcedureSummary = z.infer<typeof ProcedureSummarySchema>;

function mapSummary(
  p: PortalProcedureSummary,
  ctx: MappingContext,
): Draft<z.input<typeof ProcedureSummarySchema>> {
  return {
    code: nationalProcedureCode(p.MATTHC, ctx.at('MATTHC')),
    name: catalogueText(p.TENTTHC, ctx.at('TENTTHC'), { required: true }),
  };
}

export const procedureSummaryToCanonical = defineMapping({
  id: PROCEDURE_SUMMARY_TO_CANONICAL_ID,
  version: 1,
  from: PortalProcedureSummarySchema,
  to: ProcedureSummarySchema,
  map: mapSummary,
});

export const procedureSummaryToCanonicalCoverage = declareCoverage(PortalProcedureSummarySchema, {
  mapped: ['MATTHC', 'TENTTHC'],
  ignored: {},
});
