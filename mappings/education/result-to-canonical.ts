// The TraCuuKetQua response → canonical dossier status, return instant and Result documents.
import { z } from 'zod';
import { DossierStatus } from '../../contracts/canonical/enums.ts';
import { type Result, ResultSchema } from '../../contracts/canonical/result.ts';
import { InstantSchema } from '../../contracts/canonical/scalars.ts';
import {
  type EducationGiayToKetQua,
  EducationTraCuuKetQuaResponseSchema,
} from '../../contracts/wire/education/messages.ts';
import { trangThaiHoSoCodes } from '../codes/dossier-status.ts';
import { lookupCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping } from '../engine/define-mapping.ts';
import { normalizeText } from '../engine/transforms/text.ts';
import { vietnamInstant } from './soap-values.ts';

export const EDUCATION_RESULT_TO_CANONICAL_ID = 'education.result.to-canonical';

/** What a result lookup tells about a dossier (not a contracts/canonical type, so defined here). */
export const EducationResultStateSchema = z.strictObject({
  status: DossierStatus,
  returnedAt: InstantSchema.optional(),
  results: z.array(ResultSchema),
});
export type EducationResultState = z.infer<typeof EducationResultStateSchema>;

function result(k: EducationGiayToKetQua, ctx: MappingContext): Draft<Result> {
  const documentNumber = normalizeText(k.SoKyHieu, ctx.at('SoKyHieu'));
  return {
    name: normalizeText(k.TenGiayTo, ctx.at('TenGiayTo')),
    // An empty SoKyHieu is an unnumbered result, not a number "".
    ...(documentNumber !== '' && { documentNumber }),
    fileUrl: k.DuongDan,
  };
}

export const educationResultToCanonical = defineMapping({
  id: EDUCATION_RESULT_TO_CANONICAL_ID,
  version: 1,
  from: EducationTraCuuKetQuaResponseSchema,
  to: EducationResultStateSchema,
  map: (r, ctx) => ({
    status: lookupCode(trangThaiHoSoCodes, r.TrangThaiHoSo, ctx.at('TrangThaiHoSo')),
    returnedAt: vietnamInstant(r.NgayTra, ctx.at('NgayTra')),
    results: (r.KetQua ?? []).map((k, i) => result(k, ctx.at('KetQua').at(i))),
  }),
});

export const educationResultToCanonicalCoverage = declareCoverage(
  EducationTraCuuKetQuaResponseSchema,
  {
    mapped: [
      'TrangThaiHoSo',
      'NgayTra',
      'KetQua[].TenGiayTo',
      'KetQua[].SoKyHieu',
      'KetQua[].DuongDan',
    ],
    ignored: {},
  },
);
