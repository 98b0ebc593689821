// A canonical Applicant → a person or organisation on a one-stop dossier (ChuHoSo, NguoiUyQuyen).
import type { Applicant } from '../../contracts/canonical/applicant.ts';
import type { Citizen } from '../../contracts/canonical/citizen.ts';
import type { DossierContact } from '../../contracts/canonical/dossier.ts';
import type { AdminListVersion } from '../../contracts/canonical/enums.ts';
import type { Organization } from '../../contracts/canonical/organization.ts';
import type { OneStopNguoi } from '../../contracts/wire/one-stop/hoso.ts';
import { lookupWireCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { isoDateToDmy } from '../engine/transforms/dates.ts';
import { truncateText } from '../engine/transforms/text.ts';
import { addressToWire } from './address-fields.ts';
import { gioiTinhCodes } from './codes.ts';

const MAX_HO_VA_TEN = 500;
/** OneStopNguoiSchema's HoChieu rule; other passport numbers cannot be sent. */
const PASSPORT_RE = /^[A-Z0-9]{6,9}$/;
const PERSONAL = { personal: true } as const;

/** OneStopNguoi as written by the reverse mapping (nullable fields left undefined). */
export type NguoiDraft = Partial<OneStopNguoi>;

/**
 * Applicant → ChuHoSo/NguoiUyQuyen in the dossier's list `version`. A citizen's address is
 * currentAddress, else permanentAddress; phone and e-mail fall back to the dossier contact.
 */
export function applicantToNguoi(
  applicant: Applicant,
  version: AdminListVersion,
  ctx: MappingContext,
  contact?: DossierContact,
): NguoiDraft | undefined {
  const contactFields = {
    SoDienThoai: applicant.phone ?? contact?.phone,
    Email: applicant.email ?? contact?.email,
  };
  if (applicant.kind === 'citizen') return citizenToNguoi(applicant, version, ctx, contactFields);
  return organizationToNguoi(applicant, version, ctx, contactFields);
}

type ContactFields = { SoDienThoai: string | undefined; Email: string | undefined };

function citizenToNguoi(
  citizen: Citizen,
  version: AdminListVersion,
  ctx: MappingContext,
  contact: ContactFields,
): NguoiDraft | undefined {
  const HoVaTen = truncateText(citizen.fullName, ctx.at('fullName'), {
    maxLength: MAX_HO_VA_TEN,
    ...PERSONAL,
  });
  const document = citizenDocument(citizen, ctx);
  const addressKey = citizen.currentAddress ? 'currentAddress' : 'permanentAddress';
  const address = citizen[addressKey];
  if (address === undefined) {
    ctx.at('currentAddress').error('value.required', 'the one-stop needs the applicant address');
  }
  const wireAddress = address && addressToWire(address, version, ctx.at(addressKey));
  if (document === undefined || wireAddress === undefined) return undefined;
  return {
    HoVaTen,
    ...document,
    NgaySinh: isoDateToDmy(citizen.birthDate, ctx.at('birthDate'), PERSONAL),
    GioiTinh: lookupWireCode(gioiTinhCodes, citizen.sex, ctx.at('sex')),
    ...wireAddress,
    ...contact,
  };
}

function citizenDocument(
  citizen: Citizen,
  ctx: MappingContext,
): Pick<OneStopNguoi, 'SoGiayTo' | 'LoaiGiayTo'> | undefined {
  if (citizen.personalId !== undefined) return { SoGiayTo: citizen.personalId, LoaiGiayTo: 'CCCD' };
  if (citizen.legacyId !== undefined) return { SoGiayTo: citizen.legacyId, LoaiGiayTo: 'CMND' };
  if (citizen.passportNumber !== undefined) {
    if (PASSPORT_RE.test(citizen.passportNumber)) {
      return { SoGiayTo: citizen.passportNumber, LoaiGiayTo: 'HoChieu' };
    }
    return ctx
      .at('passportNumber')
      .error(
        'applicant.passport_not_accepted',
        'the one-stop accepts passport numbers of 6–9 upper-case letters and digits',
        { value: citizen.passportNumber, ...PERSONAL },
      );
  }
  return ctx
    .at('personalId')
    .error('value.required', 'the one-stop needs a personal ID, legacy ID or passport number');
}

function organizationToNguoi(
  organization: Organization,
  version: AdminListVersion,
  ctx: MappingContext,
  contact: ContactFields,
): NguoiDraft | undefined {
  const HoVaTen = truncateText(organization.name, ctx.at('name'), { maxLength: MAX_HO_VA_TEN });
  if (organization.enterpriseCode === undefined) {
    ctx.at('enterpriseCode').error('value.required', 'the one-stop needs the enterprise code');
  }
  if (organization.headOffice === undefined) {
    ctx.at('headOffice').error('value.required', 'the one-stop needs the head-office address');
  }
  const wireAddress =
    organization.headOffice &&
    addressToWire(organization.headOffice, version, ctx.at('headOffice'));
  if (organization.enterpriseCode === undefined || wireAddress === undefined) return undefined;
  return {
    HoVaTen,
    SoGiayTo: organization.enterpriseCode,
    LoaiGiayTo: 'MaSoDoanhNghiep',
    ...wireAddress,
    ...contact,
  };
}
