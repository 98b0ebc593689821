// A birth-registration dossier (canonical Dossier + birth facts + files) → the health submission envelope.
import type { Applicant } from '../../contracts/canonical/applicant.ts';
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import { validatePersonalId } from '../../contracts/validators/personal-id.ts';
import {
  type HealthKhaiSinh,
  HealthKhaiSinhDataSchema,
} from '../../contracts/wire/health/birth.ts';
import {
  type HealthSubmission,
  HealthSubmissionSchema,
} from '../../contracts/wire/health/submission.ts';
import { lookupWireCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import {
  type Draft,
  defineMapping,
  type Mapping,
  zodIssuesToFieldIssues,
} from '../engine/define-mapping.ts';
import { isoDateToDmy, isoToPortal } from '../engine/transforms/dates.ts';
import { normalizeText } from '../engine/transforms/text.ts';
import {
  type BirthParent,
  type BirthSubmissionInput,
  BirthSubmissionInputSchema,
  type HealthAttachment,
  type IdentityDocument,
} from './birth-registration.ts';
import { addressToDiaChi, healthGioiTinhCodes, healthLoaiGiayToCodes } from './health-values.ts';

export const BIRTH_TO_HEALTH_ID = 'health.birth-submission.to-health';

/** `module` of a birth registration ("KT" would be a death) [I]. */
export const HEALTH_BIRTH_MODULE = 'KS';

export type HealthSubmissionOptions = {
  /** maDonVi: the sending unit's number in the health system (an int in TH). */
  maDonVi: number;
};

/** The requester's identity document: personal ID, else legacy CMND, else passport. */
export function requesterDocument(owner: Applicant): IdentityDocument | undefined {
  if (owner.kind !== 'citizen') return undefined;
  if (owner.personalId !== undefined) return { kind: 'personal_id', number: owner.personalId };
  if (owner.legacyId !== undefined) return { kind: 'legacy_id', number: owner.legacyId };
  if (owner.passportNumber !== undefined) return { kind: 'passport', number: owner.passportNumber };
  return undefined;
}

const text = (value: string | undefined, ctx: MappingContext, personal = true) =>
  normalizeText(value, ctx, { personal });

function parentDocument(parent: BirthParent, ctx: MappingContext) {
  const doc = parent.idDocument;
  if (doc?.kind === 'personal_id' && parent.birthDate !== undefined) {
    const check = validatePersonalId(doc.number, { birthDate: parent.birthDate });
    for (const issue of check.ok ? [] : check.issues) {
      ctx
        .at('idDocument.number')
        .error(issue.code, issue.message, { value: doc.number, personal: true });
    }
  }
  return {
    kind: lookupWireCode(healthLoaiGiayToCodes, doc?.kind, ctx.at('idDocument.kind')),
    number: doc?.number,
  };
}

function day(value: string | undefined, ctx: MappingContext): string | undefined {
  return isoDateToDmy(value, ctx, { personal: true });
}

function hoTich(input: BirthSubmissionInput, ctx: MappingContext): Draft<HealthKhaiSinh> {
  const { birth, dossier } = input;
  const b = ctx.at('birth');
  const { child, mother, father } = birth;
  const owner = dossier.owner;
  const o = ctx.at('dossier.owner');
  if (owner.kind !== 'citizen')
    o.at('kind').error(
      'health.owner_not_citizen',
      'the requester of a birth registration is a person',
    );
  const requesterDoc = requesterDocument(owner);
  if (owner.kind === 'citizen' && requesterDoc === undefined) {
    o.at('personalId').error(
      'value.required',
      'the requester needs a personal ID, CMND or passport',
    );
  }
  const me = parentDocument(mother, b.at('mother'));
  const cha = father && parentDocument(father, b.at('father'));
  const contact = dossier.contact;
  return {
    maGCS: birth.certificate.code,
    ngayCapGCS: day(birth.certificate.issuedOn, b.at('certificate.issuedOn')),
    loaiDangKy: birth.registrationKindCode,
    noiDangKy: text(birth.registrationOffice, b.at('registrationOffice'), false),
    soLuongBanSao: birth.copies === undefined ? undefined : String(birth.copies),
    nksHoTen: text(child.fullName, b.at('child.fullName')),
    nksGioiTinh: lookupWireCode(healthGioiTinhCodes, child.sex, b.at('child.sex')),
    nksNgaySinh: day(child.birthDate, b.at('child.birthDate')),
    nksNgaySinhBangChu: text(child.birthDateInWords, b.at('child.birthDateInWords')),
    nksNoiSinh: addressToDiaChi(child.birthPlace),
    nksQueQuan: child.hometown && addressToDiaChi(child.hometown),
    nksDanToc: child.ethnicityCode,
    nksQuocTich: child.nationalityCode,
    meHoTen: text(mother.fullName, b.at('mother.fullName')),
    meNgaySinh: day(mother.birthDate, b.at('mother.birthDate')),
    meDanToc: mother.ethnicityCode,
    meQuocTich: mother.nationalityCode,
    meNoiCuTru: mother.residence && addressToDiaChi(mother.residence),
    meLoaiGiayToTuyThan: me.kind,
    meSoGiayToTuyThan: me.number,
    ...(father && fatherFields(father, cha, b.at('father'))),
    nycHoTen: owner.kind === 'citizen' ? text(owner.fullName, o.at('fullName')) : undefined,
    nycQuanHe: text(birth.requesterRelationship, b.at('requesterRelationship'), false),
    nycLoaiGiayToTuyThan: lookupWireCode(healthLoaiGiayToCodes, requesterDoc?.kind, o),
    nycSoGiayToTuyThan: requesterDoc?.number,
    nycSoDienThoai: (owner.kind === 'citizen' ? owner.phone : undefined) ?? contact?.phone,
    nycEmail: (owner.kind === 'citizen' ? owner.email : undefined) ?? contact?.email,
  };
}

function fatherFields(
  father: BirthParent,
  doc: ReturnType<typeof parentDocument> | undefined,
  ctx: MappingContext,
): Draft<HealthKhaiSinh> {
  return {
    chaHoTen: text(father.fullName, ctx.at('fullName')),
    chaNgaySinh: day(father.birthDate, ctx.at('birthDate')),
    chaDanToc: father.ethnicityCode,
    chaQuocTich: father.nationalityCode,
    chaNoiCuTru: father.residence && addressToDiaChi(father.residence),
    chaLoaiGiayToTuyThan: doc?.kind,
    chaSoGiayToTuyThan: doc?.number,
  };
}

/** `data` is a JSON string: the record is checked against its wire schema before it is frozen in text. */
function dataJson(input: BirthSubmissionInput, ctx: MappingContext): string | undefined {
  const draft = hoTich(input, ctx);
  if (ctx.hasErrors) return undefined;
  const checked = HealthKhaiSinhDataSchema.safeParse({ hoTich: draft });
  if (checked.success) return JSON.stringify(checked.data);
  for (const issue of zodIssuesToFieldIssues(checked.error, 'output')) {
    ctx.at('data').at(issue.path).error(issue.rule, issue.message);
  }
  return undefined;
}

function fileDinhKem(a: HealthAttachment) {
  return {
    ...(a.id !== undefined && { id: a.id }),
    loaiGiayTo: a.paperKind,
    tenGiayTo: a.name,
    tenTepDinhKem: a.fileName,
    ...(a.withdrawn !== undefined && { huyGiayTo: a.withdrawn ? 1 : 0 }),
    duLieuTepDinhKem: a.contentBase64,
  };
}

function receivedAt(dossier: Dossier, ctx: MappingContext): string | undefined {
  return isoToPortal(dossier.dates.receivedAt, ctx.at('dossier.dates.receivedAt'), {
    required: true,
  });
}

export function createBirthToHealthMapping(
  options: HealthSubmissionOptions,
): Mapping<unknown, HealthSubmission> {
  return defineMapping({
    id: BIRTH_TO_HEALTH_ID,
    version: 1,
    from: BirthSubmissionInputSchema,
    to: HealthSubmissionSchema,
    map: (input, ctx): Draft<HealthSubmission> => ({
      maDonVi: options.maDonVi,
      maTTHC: input.dossier.procedure.code,
      module: HEALTH_BIRTH_MODULE,
      maHoSo: input.dossier.code,
      ngayTiepNhan: receivedAt(input.dossier, ctx),
      techId: input.dossier.owner.techId ?? '',
      data: dataJson(input, ctx),
      fileDinhKem: input.attachments.map(fileDinhKem),
    }),
  });
}
