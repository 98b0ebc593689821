// The health submission envelope → the birth-registration facts it carries (the simulator's and round trip's view).
import type { z } from 'zod';
import { NationalProcedureCodeSchema } from '../../contracts/canonical/scalars.ts';
import { validateDossierCode } from '../../contracts/validators/dossier-code.ts';
import { validateEmail } from '../../contracts/validators/email.ts';
import { validatePersonalId } from '../../contracts/validators/personal-id.ts';
import {
  type HealthKhaiSinh,
  HealthKhaiSinhDataJsonSchema,
} from '../../contracts/wire/health/birth.ts';
import { HealthSubmissionSchema } from '../../contracts/wire/health/submission.ts';
import { lookupCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { type Draft, defineMapping, zodIssuesToFieldIssues } from '../engine/define-mapping.ts';
import { portalToIso } from '../engine/transforms/dates.ts';
import { validated } from '../engine/transforms/validated.ts';
import {
  type BirthParent,
  type BirthRegistration,
  type BirthSubmission,
  BirthSubmissionSchema,
  type IdentityDocument,
} from './birth-registration.ts';
import { HEALTH_BIRTH_MODULE } from './birth-to-health.ts';
import {
  diaChiToAddress,
  dmyDay,
  healthGioiTinhCodes,
  healthLoaiGiayToCodes,
  wireText,
} from './health-values.ts';

export const HEALTH_TO_BIRTH_ID = 'health.birth-submission.to-canonical';

type Envelope = z.output<typeof HealthSubmissionSchema>;

function identityDocument(
  kind: string | null | undefined,
  number: string | null | undefined,
  birthDate: string | undefined,
  ctx: MappingContext,
  [kindField, numberField]: [string, string],
): Draft<IdentityDocument> | undefined {
  const value = wireText(number);
  if (value === undefined && wireText(kind) === undefined) return undefined;
  const docKind = lookupCode(healthLoaiGiayToCodes, wireText(kind), ctx.at(kindField), {
    required: true,
  });
  if (docKind === 'personal_id' && value !== undefined) {
    const check = validatePersonalId(value, birthDate === undefined ? {} : { birthDate });
    for (const issue of check.ok ? [] : check.issues) {
      ctx.at(numberField).error(issue.code, issue.message, { value, personal: true });
    }
  }
  return { kind: docKind, number: value };
}

function parent(
  k: HealthKhaiSinh,
  who: 'me' | 'cha',
  ctx: MappingContext,
): Draft<BirthParent> | undefined {
  const fullName = wireText(k[`${who}HoTen`]);
  if (who === 'cha' && fullName === undefined) return undefined;
  const birthDate = dmyDay(k[`${who}NgaySinh`], ctx.at(`${who}NgaySinh`), { personal: true });
  return {
    fullName,
    birthDate,
    ethnicityCode: wireText(k[`${who}DanToc`]),
    nationalityCode: wireText(k[`${who}QuocTich`]),
    residence: diaChiToAddress(k[`${who}NoiCuTru`], ctx.at(`${who}NoiCuTru`)),
    idDocument: identityDocument(
      k[`${who}LoaiGiayToTuyThan`],
      k[`${who}SoGiayToTuyThan`],
      birthDate,
      ctx,
      [`${who}LoaiGiayToTuyThan`, `${who}SoGiayToTuyThan`],
    ),
  };
}

function birth(k: HealthKhaiSinh, ctx: MappingContext): Draft<BirthRegistration> {
  const copies = wireText(k.soLuongBanSao);
  return {
    certificate: { code: k.maGCS, issuedOn: dmyDay(k.ngayCapGCS, ctx.at('ngayCapGCS')) },
    registrationKindCode: wireText(k.loaiDangKy),
    registrationOffice: wireText(k.noiDangKy),
    copies: copies === undefined ? undefined : Number(copies),
    child: {
      fullName: wireText(k.nksHoTen),
      sex: lookupCode(healthGioiTinhCodes, k.nksGioiTinh, ctx.at('nksGioiTinh')),
      birthDate: dmyDay(k.nksNgaySinh, ctx.at('nksNgaySinh'), { personal: true }),
      birthDateInWords: wireText(k.nksNgaySinhBangChu),
      birthPlace: diaChiToAddress(k.nksNoiSinh, ctx.at('nksNoiSinh')),
      hometown: diaChiToAddress(k.nksQueQuan, ctx.at('nksQueQuan')),
      ethnicityCode: wireText(k.nksDanToc),
      nationalityCode: wireText(k.nksQuocTich),
    },
    mother: parent(k, 'me', ctx),
    father: parent(k, 'cha', ctx),
    requesterRelationship: wireText(k.nycQuanHe),
  };
}

function email(value: string | null | undefined, ctx: MappingContext): string | undefined {
  const raw = wireText(value);
  if (raw === undefined) return undefined;
  const result = validateEmail(raw);
  if (result.ok) return result.value;
  for (const issue of result.issues)
    ctx.error(issue.code, issue.message, { value: raw, personal: true });
  return undefined;
}

function dossierCode(value: string, ctx: MappingContext): string | undefined {
  return validated(value, validateDossierCode, ctx);
}

function procedureCode(value: string, ctx: MappingContext): string | undefined {
  if (NationalProcedureCodeSchema.safeParse(value).success) return value;
  return ctx.error('procedure_code.invalid', 'expected a national procedure code like 1.001193', {
    value,
  });
}

/** huyGiayTo 1 withdrawn, 0 not [I]; anything else is refused rather than read as "not". */
function withdrawn(value: number | undefined, ctx: MappingContext): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 0 || value === 1) return value === 1;
  return ctx.error('code.unknown', 'huyGiayTo is 0 or 1', { value });
}

function mapEnvelope(e: Envelope, ctx: MappingContext): Draft<BirthSubmission> {
  const data = HealthKhaiSinhDataJsonSchema.safeParse(e.data);
  if (!data.success) {
    for (const issue of zodIssuesToFieldIssues(data.error, 'schema')) {
      ctx.at('data').at(issue.path).error(issue.rule, issue.message);
    }
    return {};
  }
  const k = data.data.hoTich;
  const at = ctx.at('data.hoTich');
  return {
    dossier: {
      code: dossierCode(e.maHoSo, ctx.at('maHoSo')),
      procedureCode: procedureCode(e.maTTHC, ctx.at('maTTHC')),
      receivedAt: portalToIso(e.ngayTiepNhan, ctx.at('ngayTiepNhan')),
      healthUnit: e.maDonVi,
      techId: wireText(e.techId),
      requester: {
        fullName: wireText(k.nycHoTen),
        idDocument: identityDocument(k.nycLoaiGiayToTuyThan, k.nycSoGiayToTuyThan, undefined, at, [
          'nycLoaiGiayToTuyThan',
          'nycSoGiayToTuyThan',
        ]),
        phone: wireText(k.nycSoDienThoai),
        email: email(k.nycEmail, at.at('nycEmail')),
      },
    },
    birth: birth(k, at),
    attachments: e.fileDinhKem.map((f, i) => ({
      ...(f.id !== undefined && { id: f.id }),
      paperKind: f.loaiGiayTo,
      name: wireText(f.tenGiayTo),
      fileName: wireText(f.tenTepDinhKem),
      contentBase64: f.duLieuTepDinhKem,
      withdrawn: withdrawn(f.huyGiayTo, ctx.at('fileDinhKem').at(i).at('huyGiayTo')),
    })),
  };
}

/** `module` must be the birth module; the envelope's `data` is parsed, never trusted as text. */
export const healthToBirth = defineMapping({
  id: HEALTH_TO_BIRTH_ID,
  version: 1,
  from: HealthSubmissionSchema,
  to: BirthSubmissionSchema,
  map: (e, ctx) => {
    if (e.module !== HEALTH_BIRTH_MODULE) {
      ctx
        .at('module')
        .error('health.unsupported_module', 'only birth registrations (KS) are mapped', {
          value: e.module,
        });
    }
    return mapEnvelope(e, ctx);
  },
});
