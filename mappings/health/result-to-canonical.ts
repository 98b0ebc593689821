// The health result query answer → per dossier: canonical status, Result documents and the registered birth.
import { z } from 'zod';
import { AddressSchema } from '../../contracts/canonical/address.ts';
import { DossierStatus, Sex } from '../../contracts/canonical/enums.ts';
import { type Result, ResultSchema } from '../../contracts/canonical/result.ts';
import {
  CalendarDateSchema,
  CodeSchema,
  InstantSchema,
  TextSchema,
} from '../../contracts/canonical/scalars.ts';
import { DossierCodeSchema, validateDossierCode } from '../../contracts/validators/dossier-code.ts';
import { PersonalIdSchema, validatePersonalId } from '../../contracts/validators/personal-id.ts';
import {
  type HealthKetQuaKhaiSinh,
  type HealthResultItem,
  HealthResultQueryResponseSchema,
} from '../../contracts/wire/health/results.ts';
import { trangThaiHoSoCodes } from '../codes/dossier-status.ts';
import { lookupCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping } from '../engine/define-mapping.ts';
import { validated } from '../engine/transforms/validated.ts';
import {
  diaChiToAddress,
  dmyDay,
  dmyTimeToInstant,
  healthGioiTinhCodes,
  wireText,
} from './health-values.ts';

export const HEALTH_RESULT_TO_CANONICAL_ID = 'health.result.to-canonical';

/** The result document of a birth registration: the wire names no document, only the module. */
export const BIRTH_CERTIFICATE_RESULT_NAME = 'Giấy khai sinh';

const RelativeSchema = z.strictObject({
  fullName: TextSchema,
  idNumber: CodeSchema.optional(),
  /** *LoaiCuTru: residence kind code (code list not published). */
  residenceKindCode: CodeSchema.optional(),
});

/** The registered birth (not in contracts/canonical, so defined here). */
export const RegisteredBirthSchema = z.strictObject({
  registeredOn: CalendarDateSchema,
  registrationNumber: TextSchema,
  bookNumber: TextSchema.optional(),
  pageNumber: TextSchema.optional(),
  child: z.strictObject({
    fullName: TextSchema,
    sex: Sex,
    birthDate: CalendarDateSchema,
    /** soDinhDanh: the personal ID the child was given. */
    personalId: PersonalIdSchema.optional(),
    birthPlace: AddressSchema.optional(),
    hometown: AddressSchema.optional(),
    /** Names here ("Kinh", "Việt Nam"), where the submission sends codes. */
    ethnicity: TextSchema.optional(),
    nationality: TextSchema.optional(),
  }),
  mother: RelativeSchema.optional(),
  father: RelativeSchema.optional(),
  requester: z
    .strictObject({
      fullName: TextSchema,
      relationship: TextSchema.optional(),
      idNumber: CodeSchema.optional(),
    })
    .optional(),
});
export type RegisteredBirth = z.infer<typeof RegisteredBirthSchema>;

export const HealthDossierStateSchema = z.strictObject({
  dossierCode: DossierCodeSchema,
  linkCode: CodeSchema.optional(),
  status: DossierStatus,
  processedAt: InstantSchema.optional(),
  note: TextSchema.optional(),
  errors: TextSchema.optional(),
  handler: z
    .strictObject({
      name: TextSchema,
      title: TextSchema.optional(),
      department: TextSchema.optional(),
    })
    .optional(),
  processing: TextSchema.optional(),
  supplementDueAt: InstantSchema.optional(),
  results: z.array(ResultSchema),
  registeredBirth: RegisteredBirthSchema.optional(),
});
export type HealthDossierState = z.infer<typeof HealthDossierStateSchema>;

export const HealthResultStatesSchema = z.strictObject({
  dossiers: z.array(HealthDossierStateSchema),
});
export type HealthResultStates = z.infer<typeof HealthResultStatesSchema>;

function relative(
  name: string | null | undefined,
  id: string | null | undefined,
  kind: number | null | undefined,
) {
  const fullName = wireText(name);
  if (fullName === undefined) return undefined;
  return {
    fullName,
    idNumber: wireText(id),
    residenceKindCode: kind === null || kind === undefined ? undefined : String(kind),
  };
}

function registeredBirth(k: HealthKetQuaKhaiSinh, ctx: MappingContext): Draft<RegisteredBirth> {
  const sex = lookupCode(healthGioiTinhCodes, k.nksGioiTinh, ctx.at('nksGioiTinh'));
  const birthDate = dmyDay(k.nksNgaySinh, ctx.at('nksNgaySinh'), {
    personal: true,
    required: true,
  });
  const personalId = wireText(k.soDinhDanh);
  if (personalId !== undefined && birthDate !== undefined && sex !== undefined) {
    const check = validatePersonalId(personalId, { birthDate, sex });
    for (const issue of check.ok ? [] : check.issues) {
      ctx.at('soDinhDanh').error(issue.code, issue.message, { value: personalId, personal: true });
    }
  }
  const nycHoTen = wireText(k.nycHoTen);
  return {
    registeredOn: dmyDay(k.ngayDangKy, ctx.at('ngayDangKy'), { required: true }),
    registrationNumber: wireText(k.soDangKy),
    bookNumber: wireText(k.quyenSo),
    pageNumber: wireText(k.trangSo),
    child: {
      fullName: wireText(k.nksHoTen),
      sex,
      birthDate,
      personalId,
      birthPlace: diaChiToAddress(k.nksNoiSinh, ctx.at('nksNoiSinh')),
      hometown: diaChiToAddress(k.nksQueQuan, ctx.at('nksQueQuan')),
      ethnicity: wireText(k.nksDanToc),
      nationality: wireText(k.nksQuocTich),
    },
    mother: relative(k.meHoTen, k.meSoGiayTo, k.meLoaiCuTru),
    father: relative(k.chaHoTen, k.chaSoGiayTo, k.chaLoaiCuTru),
    requester:
      nycHoTen === undefined
        ? undefined
        : {
            fullName: nycHoTen,
            relationship: wireText(k.nycQuanHe),
            idNumber: wireText(k.nycSoGiayTo),
          },
  };
}

function birthResult(k: HealthKetQuaKhaiSinh, ctx: MappingContext): Draft<Result> {
  return {
    name: BIRTH_CERTIFICATE_RESULT_NAME,
    resultCode: wireText(k.maGiayToKetQua),
    fileUrl: wireText(k.giayKhaiSinh),
    documentNumber: wireText(k.soDangKy),
    signedOn: dmyDay(k.ngayDangKy, ctx.at('ngayDangKy')),
  };
}

function dossierCode(value: string, ctx: MappingContext): string | undefined {
  return validated(value, validateDossierCode, ctx);
}

function dossierState(item: HealthResultItem, ctx: MappingContext): Draft<HealthDossierState> {
  const k = item.ketQuaXuLy ?? undefined;
  const kq = ctx.at('ketQuaXuLy');
  const handler = wireText(item.nguoiXuLy);
  return {
    dossierCode: dossierCode(item.maHoSoMCDT, ctx.at('maHoSoMCDT')),
    linkCode: wireText(item.maHoSoLT),
    status: lookupCode(trangThaiHoSoCodes, item.trangThai, ctx.at('trangThai')),
    processedAt: dmyTimeToInstant(item.thoiGianThucHien, ctx.at('thoiGianThucHien')),
    note: wireText(item.ghiChu),
    errors: wireText(item.errors),
    handler:
      handler === undefined
        ? undefined
        : {
            name: handler,
            title: wireText(item.chucDanh),
            department: wireText(item.phongBanXuLy),
          },
    processing: wireText(item.noiDungXuLy),
    supplementDueAt: dmyTimeToInstant(item.hanBoSungHoSo, ctx.at('hanBoSungHoSo')),
    results: k ? [birthResult(k, kq)] : [],
    registeredBirth: k && registeredBirth(k, kq),
  };
}

/**
 * status 0 is the health system's refusal: an error ('health.upstream_failure'), not an empty
 * list. Items are checked against the query's own unit, province and module by the connector.
 */
export const healthResultToCanonical = defineMapping({
  id: HEALTH_RESULT_TO_CANONICAL_ID,
  version: 1,
  from: HealthResultQueryResponseSchema,
  to: HealthResultStatesSchema,
  map: (r, ctx): Draft<HealthResultStates> => {
    if (r.status !== 1) {
      ctx.at('status').error('health.upstream_failure', 'the health system reported a failure', {
        value: r.statusDescription ?? undefined,
      });
      return {};
    }
    return { dossiers: r.value.map((item, i) => dossierState(item, ctx.at('value').at(i))) };
  },
});

const ITEM_FIELDS = [
  'maHoSoLT',
  'maHoSoMCDT',
  'errors',
  'trangThai',
  'thoiGianThucHien',
  'ghiChu',
  'nguoiXuLy',
  'chucDanh',
  'phongBanXuLy',
  'noiDungXuLy',
  'hanBoSungHoSo',
  ...[
    'soDinhDanh',
    'ngayDangKy',
    'nksHoTen',
    'nksGioiTinh',
    'nksNgaySinh',
    'nksNoiSinh',
    'nksQueQuan',
    'nksDanToc',
    'nksQuocTich',
    'meHoTen',
    'meSoGiayTo',
    'meLoaiCuTru',
    'chaHoTen',
    'chaSoGiayTo',
    'chaLoaiCuTru',
    'nycHoTen',
    'nycQuanHe',
    'nycSoGiayTo',
    'giayKhaiSinh',
    'soDangKy',
    'quyenSo',
    'trangSo',
    'maGiayToKetQua',
  ].map((field) => `ketQuaXuLy.${field}`),
];

const ECHOED =
  'echo of the query (unit, province, module); the connector matches it against what it asked';

export const healthResultToCanonicalCoverage = declareCoverage(HealthResultQueryResponseSchema, {
  mapped: ['status', 'statusDescription', ...ITEM_FIELDS.map((field) => `value[].${field}`)],
  ignored: { 'value[].maDonVi': ECHOED, 'value[].maTinh': ECHOED, 'value[].module': ECHOED },
});
