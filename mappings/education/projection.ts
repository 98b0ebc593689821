// The part of a canonical Dossier the education system can carry (TiepNhanHoSo.HoSo), and how to take it.
import { z } from 'zod';
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import {
  CalendarDateSchema,
  HttpUrlSchema,
  InstantSchema,
  NationalProcedureCodeSchema,
  TextSchema,
} from '../../contracts/canonical/scalars.ts';
import { DossierCodeSchema } from '../../contracts/validators/dossier-code.ts';
import { IdentityNumberSchema } from '../../contracts/validators/identity-number.ts';
import { createContext } from '../engine/context.ts';
import { nfc } from '../engine/transforms/text.ts';
import { vietnamInstant } from './soap-values.ts';

/** MaLinhVuc as the education WSDL restricts it, e.g. G03-GD10 (Giáo dục Trung học). */
export const EDUCATION_SECTOR_CODE_RE = /^G\d{2}-[A-Z]{2}\d{2}$/;

/**
 * A dossier as education sees it: no channel, status, fees, receiving unit or results. Instants
 * are at +07:00 to the second; text is NFC. Not in contracts/canonical, so defined here.
 */
export const EducationDossierSchema = z.strictObject({
  code: DossierCodeSchema,
  procedure: z.strictObject({ code: NationalProcedureCodeSchema, name: TextSchema }),
  sectorCode: z.string().regex(EDUCATION_SECTOR_CODE_RE),
  owner: z.strictObject({
    fullName: TextSchema,
    /** 12-digit personal ID, or a legacy 9-digit CMND when the pupil has no personal ID. */
    idNumber: IdentityNumberSchema,
    birthDate: CalendarDateSchema,
  }),
  receivedAt: InstantSchema,
  dueAt: InstantSchema.optional(),
  summary: TextSchema,
  documents: z.array(z.strictObject({ name: TextSchema, downloadUrl: HttpUrlSchema })),
});
export type EducationDossier = z.infer<typeof EducationDossierSchema>;

/** Documents education receives: not withdrawn, with a public URL to fetch them from. */
export function sendableDocuments(dossier: Dossier): Dossier['documents'] {
  return dossier.documents.filter((d) => d.deleted !== true && d.downloadUrl !== undefined);
}

/**
 * What a round trip through education must give back for a dossier, computed from the canonical
 * record directly; undefined when education cannot carry it (organisation owner, no sector, no
 * reception date, no ID or birth date, no procedure name).
 */
export function educationProjectionOf(dossier: Dossier): EducationDossier | undefined {
  const { owner, sector, procedure, dates } = dossier;
  if (owner.kind !== 'citizen' || sector === undefined || procedure.name === undefined) return;
  const idNumber = owner.personalId ?? owner.legacyId;
  if (idNumber === undefined || owner.birthDate === undefined) return;
  const ctx = createContext();
  const receivedAt = vietnamInstant(dates.receivedAt, ctx);
  const dueAt = vietnamInstant(dates.dueAt, ctx);
  if (receivedAt === undefined || ctx.hasErrors) return;
  return {
    code: dossier.code,
    procedure: { code: procedure.code, name: nfc(procedure.name).trim() },
    sectorCode: sector.code,
    owner: { fullName: nfc(owner.fullName).trim(), idNumber, birthDate: owner.birthDate },
    receivedAt,
    ...(dueAt !== undefined && { dueAt }),
    summary: nfc(dossier.summary ?? procedure.name).trim(),
    documents: sendableDocuments(dossier).map((d) => ({
      name: nfc(d.name).trim(),
      downloadUrl: d.downloadUrl ?? '',
    })),
  };
}
