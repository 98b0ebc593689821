// Canonical Dossier → one DongBoHoSoMC dossier item of the national portal (Cổng DVCQG).
import type { z } from 'zod';
import { type Dossier, DossierSchema } from '../../contracts/canonical/dossier.ts';
import type { PaperItem } from '../../contracts/canonical/paper-item.ts';
import {
  PORTAL_TRICH_YEU_MAX,
  PortalDossierSchema,
} from '../../contracts/wire/national-portal/dossier.ts';
import { kenhThucHienCodes } from '../codes/channel.ts';
import { trangThaiHoSoCodes } from '../codes/dossier-status.ts';
import { lookupWireCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping, type Mapping } from '../engine/define-mapping.ts';
import {
  checkProvinceSuffix,
  type ProvinceOptions,
  portalDossierCode,
} from './dossier-code-prefix.ts';
import { PORTAL_DOSSIER_IGNORED_FIELDS, PORTAL_DOSSIER_MAPPED_FIELDS } from './dossier-coverage.ts';
import {
  documentToPortal,
  eachToPortal,
  feeToPortal,
  paperItemToPortal,
  resultToPortal,
  supplementToPortal,
} from './dossier-parts-to-portal.ts';
import { ownerToPortal } from './owner-to-portal.ts';
import {
  compact,
  dateToPortal,
  flagToPortal,
  optionalFlagToPortal,
  textToPortal,
} from './wire-values.ts';

export const DOSSIER_TO_PORTAL_ID = 'national-portal.dossier.to-portal';

export type PortalDossierOut = z.output<typeof PortalDossierSchema>;
type PortalDossierIn = z.input<typeof PortalDossierSchema>;

/** A value the portal requires but the canonical record leaves optional. */
function required<T>(value: T | undefined, ctx: MappingContext, what: string): T | undefined {
  if (value === undefined) ctx.error('value.required', `the portal requires ${what}`);
  return value;
}

/** HinhThuc: "0" at the desk, "1" by post [I]; absent stays absent (the flag enum has no ""). */
const HINH_THUC = { in_person: '0', postal: '1' } as const;

/** DuocThanhToanTrucTuyen as TH writes it: "1" paid online, "3" otherwise. */
function paidOnlineToPortal(value: boolean | undefined): '1' | '3' | undefined {
  return value === undefined ? undefined : value ? '1' : '3';
}

function mapDossier(
  d: Dossier,
  ctx: MappingContext,
  provinceSuffix: string,
): Draft<PortalDossierIn> {
  const dates = ctx.at('dates');
  // compact: an absent optional flag is left out, never written as undefined.
  return compact({
    MaHoSo: portalDossierCode(d, provinceSuffix, ctx),
    MaTTHC: d.procedure.code,
    TenTTHC: textToPortal(
      required(d.procedure.name, ctx.at('procedure.name'), 'TenTTHC, the procedure name'),
      ctx.at('procedure.name'),
    ),
    MaLinhVuc: required(d.sector, ctx.at('sector'), 'MaLinhVuc and TenLinhVuc, the sector')?.code,
    TenLinhVuc: d.sector && textToPortal(d.sector.name, ctx.at('sector.name')),
    SoBienNhan: d.receiptNumber ?? '',
    KenhThucHien: lookupWireCode(kenhThucHienCodes, d.channel, ctx.at('channel')),
    ...ownerToPortal(d.owner, d.channel, ctx.at('owner')),
    ThongTinKhac: textToPortal(d.contact?.other, ctx.at('contact.other')),
    Email: d.contact?.email ?? '',
    Fax: textToPortal(d.contact?.fax, ctx.at('contact.fax')),
    SoDienThoai: d.contact?.phone ?? '',
    // Personal: a summary usually names the applicant, and a truncation warning echoes it.
    TrichYeuHoSo: textToPortal(d.summary, ctx.at('summary'), {
      maxLength: PORTAL_TRICH_YEU_MAX,
      personal: true,
    }),
    NgayNopHoSo: dateToPortal(d.dates.submittedAt, dates.at('submittedAt')),
    NgayTiepNhan: dateToPortal(
      required(d.dates.receivedAt, dates.at('receivedAt'), 'NgayTiepNhan, the reception date'),
      dates.at('receivedAt'),
    ),
    NgayHenTra: dateToPortal(d.dates.dueAt, dates.at('dueAt')),
    TrangThaiHoSo: lookupWireCode(trangThaiHoSoCodes, d.status, ctx.at('status')),
    NgayTra: dateToPortal(d.dates.returnedAt, dates.at('returnedAt')),
    ThongTinTra: textToPortal(d.returnInfo, ctx.at('returnInfo')),
    HinhThuc: d.returnMethod && HINH_THUC[d.returnMethod],
    NgayKetThucXuLy: dateToPortal(d.dates.finishedAt, dates.at('finishedAt')),
    NgayTuChoi: dateToPortal(d.dates.rejectedAt, dates.at('rejectedAt')),
    DonViXuLy: textToPortal(
      required(d.processingAgency, ctx.at('processingAgency'), 'DonViXuLy, the processing agency')
        ?.name,
      ctx.at('processingAgency.name'),
    ),
    GhiChu: textToPortal(d.note, ctx.at('note')),
    NoiNopHoSo: '',
    HoSoCoThanhPhanSoHoa: flagToPortal(d.hasDigitizedComponents),
    TaiKhoanDuocXacThucVoiVNeID: optionalFlagToPortal(d.vneidVerified),
    DuocThanhToanTrucTuyen: paidOnlineToPortal(d.paidOnline),
    DSKetNoiCSDL: (d.databasesConsulted ?? []).map((MaCSDL) => ({ MaCSDL })),
    // Only files travel as TaiLieuNop (the portal downloads them); a component handed in on paper
    // alone is listed with the paper-only items, as the portal's own forms do.
    TaiLieuNop: eachToPortal(d.documents, ctx.at('documents'), (doc, c) =>
      isPaperOnly(doc) ? undefined : documentToPortal(doc, c),
    ).filter((item) => item !== undefined),
    DanhSachLePhi: eachToPortal(d.fees, ctx.at('fees'), feeToPortal),
    DanhSachTepDinhKemKhac: [
      ...eachToPortal(d.paperItems, ctx.at('paperItems'), paperItemToPortal),
      ...d.documents
        .filter(isPaperOnly)
        .map((doc, i) => paperItemToPortal(paperOnly(doc), ctx.at('documents').at(i))),
    ],
    DanhSachHoSoBoSung: eachToPortal(d.supplements, ctx.at('supplements'), supplementToPortal),
    DanhSachGiayToKetQua: eachToPortal(d.results, ctx.at('results'), resultToPortal),
  });
}

/** Handed in on paper only: not digitized and no file to download. A digitized component must
 *  have its file, so a missing URL there stays an error. */
function isPaperOnly(doc: Dossier['documents'][number]): boolean {
  return doc.downloadUrl === undefined && doc.digitizationState === 'not_digitized';
}

/** A component with no file: listed as paper (TenGiayTo, SoLuong) with the copies handed in. */
function paperOnly(doc: Dossier['documents'][number]): PaperItem {
  const count = (doc.originalCount ?? 0) + (doc.copyCount ?? 0);
  return { name: doc.name, quantity: count > 0 ? count : 1 };
}

/**
 * The mapping for one province. Issues are reported at canonical paths (`owner.personalId`,
 * `documents[0].downloadUrl`); the output is checked against PortalDossierSchema.
 */
export function createDossierToPortalMapping(
  options: ProvinceOptions,
): Mapping<unknown, PortalDossierOut> {
  const provinceSuffix = checkProvinceSuffix(options.provinceSuffix);
  return defineMapping({
    id: DOSSIER_TO_PORTAL_ID,
    version: 1,
    from: DossierSchema,
    to: PortalDossierSchema,
    map: (d, ctx) => mapDossier(d, ctx, provinceSuffix),
  });
}

export const dossierToPortalCoverage = declareCoverage(PortalDossierSchema, {
  mapped: PORTAL_DOSSIER_MAPPED_FIELDS,
  ignored: PORTAL_DOSSIER_IGNORED_FIELDS,
});
