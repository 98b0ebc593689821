// A person or organisation on a one-stop dossier (ChuHoSo, NguoiUyQuyen) → canonical Applicant.
import type { Applicant } from '../../contracts/canonical/applicant.ts';
import type { Citizen } from '../../contracts/canonical/citizen.ts';
import type { AdminListVersion, ApplicantKind } from '../../contracts/canonical/enums.ts';
import { validateEmail } from '../../contracts/validators/email.ts';
import { validateEnterpriseCode } from '../../contracts/validators/enterprise-code.ts';
import { validateLegacyId } from '../../contracts/validators/legacy-id.ts';
import { validatePersonalId } from '../../contracts/validators/personal-id.ts';
import { validatePhoneNumber } from '../../contracts/validators/phone-number.ts';
import type { ValidationResult } from '../../contracts/validators/validation-result.ts';
import type { OneStopNguoi } from '../../contracts/wire/one-stop/hoso.ts';
import { lookupCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { dmyToIsoDate } from '../engine/transforms/dates.ts';
import { validated as validatedValue } from '../engine/transforms/validated.ts';
import { addressToCanonical } from './address-fields.ts';
import { gioiTinhCodes } from './codes.ts';
import { requiredText } from './fields.ts';

const PERSONAL = { personal: true } as const;

/** Runs a validator; on failure records each issue code at ctx (value masked) and returns undefined. */
function validated(
  value: string | null | undefined,
  validate: (input: string) => ValidationResult<object>,
  ctx: MappingContext,
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return validatedValue(value, validate, ctx, PERSONAL);
}

type Common = { phone?: string; email?: string; techId?: string };

function commonFields(nguoi: OneStopNguoi, ctx: MappingContext, techId?: string): Common {
  const phone = validated(nguoi.SoDienThoai, validatePhoneNumber, ctx.at('SoDienThoai'));
  const email = validated(nguoi.Email, validateEmail, ctx.at('Email'));
  return {
    ...(phone !== undefined && { phone }),
    ...(email !== undefined && { email }),
    ...(techId !== undefined && { techId }),
  };
}

/**
 * ChuHoSo or NguoiUyQuyen → Applicant. `kind` is the owner's LoaiDoiTuong; for NguoiUyQuyen,
 * which has no kind on the wire, it is 'citizen' unless LoaiGiayTo is MaSoDoanhNghiep
 * ('enterprise'). `techId` (the dossier's MaDoiTuong) belongs to the owner only.
 */
export function nguoiToApplicant(
  nguoi: OneStopNguoi,
  kind: ApplicantKind | undefined,
  version: AdminListVersion,
  ctx: MappingContext,
  techId?: string,
): Applicant | undefined {
  const effective = kind ?? (nguoi.LoaiGiayTo === 'MaSoDoanhNghiep' ? 'enterprise' : 'citizen');
  const name = requiredText(nguoi.HoVaTen, ctx.at('HoVaTen'), PERSONAL);
  const address = addressToCanonical(nguoi, version, ctx);
  const common = commonFields(nguoi, ctx, techId);
  if (effective === 'citizen') {
    const citizen = citizenFields(nguoi, ctx);
    if (name === undefined || address === undefined || citizen === undefined) return undefined;
    return { kind: 'citizen', fullName: name, ...citizen, ...common, currentAddress: address };
  }
  const enterpriseCode = organizationCode(nguoi, ctx);
  if (name === undefined || address === undefined || enterpriseCode === undefined) return undefined;
  return { kind: effective, name, enterpriseCode, ...common, headOffice: address };
}

function citizenFields(
  nguoi: OneStopNguoi,
  ctx: MappingContext,
):
  | Partial<Pick<Citizen, 'personalId' | 'legacyId' | 'passportNumber' | 'birthDate' | 'sex'>>
  | undefined {
  const birthDate = dmyToIsoDate(nguoi.NgaySinh, ctx.at('NgaySinh'), PERSONAL);
  const sex = lookupCode(gioiTinhCodes, nguoi.GioiTinh, ctx.at('GioiTinh'));
  const idCtx = ctx.at('SoGiayTo');
  const out = {
    ...(birthDate !== undefined && { birthDate }),
    ...(sex !== undefined && { sex }),
  };
  switch (nguoi.LoaiGiayTo) {
    case 'CCCD': {
      const facts = { ...out };
      const personalId = validated(nguoi.SoGiayTo, (v) => validatePersonalId(v, facts), idCtx);
      return personalId === undefined ? undefined : { ...out, personalId };
    }
    case 'CMND': {
      const legacyId = validated(nguoi.SoGiayTo, validateLegacyId, idCtx);
      return legacyId === undefined ? undefined : { ...out, legacyId };
    }
    case 'HoChieu':
      return { ...out, passportNumber: nguoi.SoGiayTo };
    default:
      return ctx
        .at('LoaiGiayTo')
        .error(
          'applicant.document_kind_mismatch',
          'a citizen (LoaiDoiTuong 1) is identified by CCCD, CMND or HoChieu',
          { value: nguoi.LoaiGiayTo },
        );
  }
}

function organizationCode(nguoi: OneStopNguoi, ctx: MappingContext): string | undefined {
  for (const field of ['NgaySinh', 'GioiTinh'] as const) {
    if (nguoi[field] !== undefined && nguoi[field] !== null) {
      ctx
        .at(field)
        .warn('applicant.field_not_applicable', 'an organisation has no such field; dropped');
    }
  }
  if (nguoi.LoaiGiayTo !== 'MaSoDoanhNghiep') {
    return ctx
      .at('LoaiGiayTo')
      .error(
        'applicant.document_kind_mismatch',
        'an organisation (LoaiDoiTuong 2–4) is identified by MaSoDoanhNghiep',
        { value: nguoi.LoaiGiayTo },
      );
  }
  return validated(nguoi.SoGiayTo, validateEnterpriseCode, ctx.at('SoGiayTo'));
}
