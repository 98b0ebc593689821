// Canonical Dossier → the education system's TiepNhanHoSo request ({HoSo}), SOAP 1.1 via the `soap` package.
import { type Dossier, DossierSchema } from '../../contracts/canonical/dossier.ts';
import {
  type EducationTiepNhanHoSoRequest,
  EducationTiepNhanHoSoRequestSchema,
} from '../../contracts/wire/education/messages.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping } from '../engine/define-mapping.ts';
import { normalizeText } from '../engine/transforms/text.ts';
import { EDUCATION_SECTOR_CODE_RE, sendableDocuments } from './projection.ts';
import { calendarDate, vietnamInstant } from './soap-values.ts';

export const DOSSIER_TO_EDUCATION_ID = 'education.dossier.to-education';

type HoSoDraft = Draft<EducationTiepNhanHoSoRequest['HoSo']>;

function chuHoSo(owner: Dossier['owner'], ctx: MappingContext): HoSoDraft['ChuHoSo'] {
  if (owner.kind !== 'citizen') {
    ctx.at('kind').error('education.owner_not_citizen', 'education dossiers belong to a person');
    return undefined;
  }
  const idNumber = owner.personalId ?? owner.legacyId;
  if (idNumber === undefined) {
    ctx.at('personalId').error('value.required', 'education needs the personal ID (or CMND)');
  }
  return {
    HoVaTen: normalizeText(owner.fullName, ctx.at('fullName'), { personal: true }),
    SoDinhDanh: idNumber,
    NgaySinh: calendarDate(owner.birthDate, ctx.at('birthDate'), {
      required: true,
      personal: true,
    }),
  };
}

function sectorCode(d: Dossier, ctx: MappingContext): string | undefined {
  const code = d.sector?.code;
  if (code === undefined) return ctx.error('value.required', 'education needs MaLinhVuc');
  if (!EDUCATION_SECTOR_CODE_RE.test(code)) {
    return ctx.at('code').error('education.sector_code_format', 'expected a code like G03-GD10', {
      value: code,
    });
  }
  return code;
}

function trichYeu(d: Dossier, ctx: MappingContext): string | undefined {
  if (d.summary !== undefined) return normalizeText(d.summary, ctx);
  // TrichYeu is required; the procedure name is what the desk writes when nothing else is known.
  if (d.procedure.name !== undefined) {
    ctx.warn('education.summary_defaulted', 'no summary; TrichYeu is the procedure name');
  }
  return normalizeText(d.procedure.name, ctx, { required: true });
}

function taiLieu(d: Dossier, ctx: MappingContext): HoSoDraft['TaiLieu'] {
  d.documents.forEach((doc, i) => {
    if (doc.deleted === true || doc.downloadUrl === undefined) {
      ctx
        .at(i)
        .warn(
          'education.document_not_sent',
          doc.deleted === true ? 'withdrawn document not sent' : 'document without a URL not sent',
        );
    }
  });
  const sendable = sendableDocuments(d);
  // A repeated element that is empty is absent, as the `soap` package parses it.
  if (sendable.length === 0) return undefined;
  return sendable.map((doc) => ({
    Ten: normalizeText(doc.name, ctx.at(d.documents.indexOf(doc)).at('name')),
    DuongDan: doc.downloadUrl,
  }));
}

function mapDossier(d: Dossier, ctx: MappingContext): Draft<EducationTiepNhanHoSoRequest> {
  const dates = ctx.at('dates');
  return {
    HoSo: {
      MaHoSo: d.code,
      MaTTHC: d.procedure.code,
      TenTTHC: normalizeText(d.procedure.name, ctx.at('procedure.name'), { required: true }),
      MaLinhVuc: sectorCode(d, ctx.at('sector')),
      ChuHoSo: chuHoSo(d.owner, ctx.at('owner')),
      NgayTiepNhan: vietnamInstant(d.dates.receivedAt, dates.at('receivedAt'), { required: true }),
      NgayHenTra: vietnamInstant(d.dates.dueAt, dates.at('dueAt')),
      TrichYeu: trichYeu(d, ctx.at('summary')),
      TaiLieu: taiLieu(d, ctx.at('documents')),
    },
  };
}

/** Issues are reported at canonical paths (`owner.birthDate`, `sector.code`). */
export const dossierToEducation = defineMapping({
  id: DOSSIER_TO_EDUCATION_ID,
  version: 1,
  from: DossierSchema,
  to: EducationTiepNhanHoSoRequestSchema,
  map: mapDossier,
});

const HO_SO_FIELDS = [
  'MaHoSo',
  'MaTTHC',
  'TenTTHC',
  'MaLinhVuc',
  'ChuHoSo.HoVaTen',
  'ChuHoSo.SoDinhDanh',
  'ChuHoSo.NgaySinh',
  'NgayTiepNhan',
  'NgayHenTra',
  'TrichYeu',
  'TaiLieu[].Ten',
  'TaiLieu[].DuongDan',
].map((f) => `HoSo.${f}`);

export const dossierToEducationCoverage = declareCoverage(EducationTiepNhanHoSoRequestSchema, {
  mapped: HO_SO_FIELDS,
  ignored: {},
});

/** The HoSo field paths, for the reverse mapping's coverage. */
export const EDUCATION_HO_SO_FIELDS: readonly string[] = HO_SO_FIELDS;
