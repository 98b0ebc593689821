// The TiepNhanHoSo request ({HoSo}) → the education-representable projection of a canonical dossier.
import type { z } from 'zod';
import { NationalProcedureCodeSchema } from '../../contracts/canonical/scalars.ts';
import { validateDossierCode } from '../../contracts/validators/dossier-code.ts';
import { validateIdentityNumber } from '../../contracts/validators/identity-number.ts';
import {
  type EducationHoSo,
  EducationTiepNhanHoSoRequestSchema,
} from '../../contracts/wire/education/messages.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping } from '../engine/define-mapping.ts';
import { normalizeText } from '../engine/transforms/text.ts';
import { validated } from '../engine/transforms/validated.ts';
import { EDUCATION_HO_SO_FIELDS } from './dossier-to-education.ts';
import { type EducationDossier, EducationDossierSchema } from './projection.ts';
import { calendarDate, vietnamInstant } from './soap-values.ts';

export const EDUCATION_TO_DOSSIER_ID = 'education.dossier.to-canonical';

function dossierCode(value: string, ctx: MappingContext): string | undefined {
  return validated(value, validateDossierCode, ctx);
}

function procedureCode(value: string, ctx: MappingContext): string | undefined {
  if (NationalProcedureCodeSchema.safeParse(value).success) return value;
  return ctx.error('procedure_code.invalid', 'expected a national procedure code like 3.000181', {
    value,
  });
}

function owner(h: EducationHoSo, ctx: MappingContext): Draft<EducationDossier['owner']> {
  const at = ctx.at('ChuHoSo');
  const birthDate = calendarDate(h.ChuHoSo.NgaySinh, at.at('NgaySinh'), { personal: true });
  const id = validateIdentityNumber(
    h.ChuHoSo.SoDinhDanh,
    birthDate === undefined ? {} : { birthDate },
  );
  if (!id.ok) {
    for (const issue of id.issues) {
      at.at('SoDinhDanh').error(issue.code, issue.message, {
        value: h.ChuHoSo.SoDinhDanh,
        personal: true,
      });
    }
  }
  return {
    fullName: normalizeText(h.ChuHoSo.HoVaTen, at.at('HoVaTen'), { personal: true }),
    idNumber: id.ok ? id.value : undefined,
    birthDate,
  };
}

function mapHoSo(
  request: z.output<typeof EducationTiepNhanHoSoRequestSchema>,
  ctx: MappingContext,
): Draft<EducationDossier> {
  const h = request.HoSo;
  const at = ctx.at('HoSo');
  return {
    code: dossierCode(h.MaHoSo, at.at('MaHoSo')),
    procedure: {
      code: procedureCode(h.MaTTHC, at.at('MaTTHC')),
      name: normalizeText(h.TenTTHC, at.at('TenTTHC')),
    },
    sectorCode: h.MaLinhVuc,
    owner: owner(h, at),
    receivedAt: vietnamInstant(h.NgayTiepNhan, at.at('NgayTiepNhan')),
    dueAt: vietnamInstant(h.NgayHenTra, at.at('NgayHenTra')),
    summary: normalizeText(h.TrichYeu, at.at('TrichYeu')),
    documents: (h.TaiLieu ?? []).map((t, i) => ({
      name: normalizeText(t.Ten, at.at('TaiLieu').at(i).at('Ten')),
      downloadUrl: t.DuongDan,
    })),
  };
}

/** Accepts what the `soap` package parses (Date objects) as well as ISO text. */
export const educationToDossier = defineMapping({
  id: EDUCATION_TO_DOSSIER_ID,
  version: 1,
  from: EducationTiepNhanHoSoRequestSchema,
  to: EducationDossierSchema,
  map: mapHoSo,
});

export const educationToDossierCoverage = declareCoverage(EducationTiepNhanHoSoRequestSchema, {
  mapped: EDUCATION_HO_SO_FIELDS,
  ignored: {},
});
