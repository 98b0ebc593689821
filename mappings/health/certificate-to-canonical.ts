// The birth-certificate lookup answer (GiayChungSinh by maGCS) → a canonical BirthCertificate, or not found.
import { z } from 'zod';
import { AddressSchema } from '../../contracts/canonical/address.ts';
import { Sex } from '../../contracts/canonical/enums.ts';
import { CalendarDateSchema, CodeSchema, TextSchema } from '../../contracts/canonical/scalars.ts';
import { validateIdentityNumber } from '../../contracts/validators/identity-number.ts';
import {
  type HealthGiayChungSinh,
  HealthGiayChungSinhResponseSchema,
} from '../../contracts/wire/health/results.ts';
import { lookupCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping } from '../engine/define-mapping.ts';
import { diaChiToAddress, dmyDay, healthGioiTinhCodes, wireText } from './health-values.ts';

export const CERTIFICATE_TO_CANONICAL_ID = 'health.birth-certificate.to-canonical';

/** A birth certificate (giấy chứng sinh) as a health facility issued it; contracts/canonical has none. */
export const BirthCertificateSchema = z.strictObject({
  code: CodeSchema,
  issuedOn: CalendarDateSchema,
  facility: z.strictObject({ name: TextSchema, code: CodeSchema.optional() }),
  child: z.strictObject({
    /** Often empty: the child is named at registration, after the certificate. */
    fullName: TextSchema.optional(),
    sex: Sex,
    birthDate: CalendarDateSchema,
    /** nksGioSinh: HH:mm, Vietnam time. */
    birthTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .optional(),
    weightGrams: z.number().int().positive().optional(),
  }),
  mother: z.strictObject({
    fullName: TextSchema,
    birthDate: CalendarDateSchema.optional(),
    /** meSoGiayTo: any identity document number; a 12-digit one is checked as a personal ID. */
    idNumber: CodeSchema,
    residence: AddressSchema.optional(),
  }),
  fatherName: TextSchema.optional(),
});
export type BirthCertificate = z.infer<typeof BirthCertificateSchema>;

export const BirthCertificateOutcomeSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('found'), certificate: BirthCertificateSchema }),
  z.strictObject({ outcome: z.literal('not_found') }),
]);
export type BirthCertificateOutcome = z.infer<typeof BirthCertificateOutcomeSchema>;

function motherId(g: HealthGiayChungSinh, birthDate: string | undefined, ctx: MappingContext) {
  const raw = wireText(g.meSoGiayTo);
  if (raw === undefined || !/^(\d{12}|\d{9})$/.test(raw)) return raw;
  const check = validateIdentityNumber(raw, birthDate === undefined ? {} : { birthDate });
  if (check.ok) return check.value;
  for (const issue of check.issues)
    ctx.error(issue.code, issue.message, { value: raw, personal: true });
  return undefined;
}

function certificate(g: HealthGiayChungSinh, ctx: MappingContext): Draft<BirthCertificate> {
  const motherBirth = dmyDay(g.meNgaySinh, ctx.at('meNgaySinh'), { personal: true });
  return {
    code: wireText(g.maGCS),
    issuedOn: dmyDay(g.ngayCapGCS, ctx.at('ngayCapGCS')),
    facility: { name: wireText(g.coSoKhamChuaBenh), code: wireText(g.maCoSoKhamChuaBenh) },
    child: {
      fullName: wireText(g.nksHoTen),
      sex: lookupCode(healthGioiTinhCodes, g.nksGioiTinh, ctx.at('nksGioiTinh')),
      birthDate: dmyDay(g.nksNgaySinh, ctx.at('nksNgaySinh'), { personal: true }),
      birthTime: wireText(g.nksGioSinh),
      weightGrams: g.nksCanNang ?? undefined,
    },
    mother: {
      fullName: wireText(g.meHoTen),
      birthDate: motherBirth,
      idNumber: motherId(g, motherBirth, ctx.at('meSoGiayTo')),
      residence: diaChiToAddress(g.meNoiCuTru, ctx.at('meNoiCuTru')),
    },
    fatherName: wireText(g.chaHoTen),
  };
}

/** `value: null` is not found; status 0 is the health system's refusal ('health.upstream_failure'). */
export const certificateToCanonical = defineMapping({
  id: CERTIFICATE_TO_CANONICAL_ID,
  version: 1,
  from: HealthGiayChungSinhResponseSchema,
  to: BirthCertificateOutcomeSchema,
  map: (r, ctx): Draft<BirthCertificateOutcome> => {
    if (r.status !== 1) {
      ctx.at('status').error('health.upstream_failure', 'the health system reported a failure', {
        value: r.statusDescription ?? undefined,
      });
      return {};
    }
    if (r.value === null) return { outcome: 'not_found' };
    return { outcome: 'found', certificate: certificate(r.value, ctx.at('value')) };
  },
});

export const certificateToCanonicalCoverage = declareCoverage(HealthGiayChungSinhResponseSchema, {
  mapped: [
    'status',
    'statusDescription',
    ...[
      'maGCS',
      'ngayCapGCS',
      'coSoKhamChuaBenh',
      'maCoSoKhamChuaBenh',
      'nksHoTen',
      'nksGioiTinh',
      'nksNgaySinh',
      'nksGioSinh',
      'nksCanNang',
      'meHoTen',
      'meNgaySinh',
      'meSoGiayTo',
      'meNoiCuTru',
      'chaHoTen',
    ].map((field) => `value.${field}`),
  ],
  ignored: {},
});
