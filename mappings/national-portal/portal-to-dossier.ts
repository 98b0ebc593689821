// A portal dossier (DongBoHoSoMC item, also how the portal hands over online submissions) → canonical Dossier.
import type { z } from 'zod';
import { type Dossier, DossierSchema } from '../../contracts/canonical/dossier.ts';
import type { ReturnMethod } from '../../contracts/canonical/enums.ts';
import { validateDossierCode } from '../../contracts/validators/dossier-code.ts';
import { validateEmail } from '../../contracts/validators/email.ts';
import { validatePhoneNumber } from '../../contracts/validators/phone-number.ts';
import type { ValidationResult } from '../../contracts/validators/validation-result.ts';
import {
  type PortalDossier,
  PortalDossierSchema,
} from '../../contracts/wire/national-portal/dossier.ts';
import { kenhThucHienCodes } from '../codes/channel.ts';
import { trangThaiHoSoCodes } from '../codes/dossier-status.ts';
import { lookupCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping, type Mapping } from '../engine/define-mapping.ts';
import { validated as validatedValue } from '../engine/transforms/validated.ts';
import { nationalProcedureCode } from './catalogue-values.ts';
import { PORTAL_DOSSIER_IGNORED_FIELDS, PORTAL_DOSSIER_MAPPED_FIELDS } from './dossier-coverage.ts';
import { ownerFromPortal } from './owner-from-portal.ts';
import { portalDates } from './portal-dates.ts';
import {
  documentFromPortal,
  eachFromPortal,
  feeFromPortal,
  paperItemFromPortal,
  resultFromPortal,
  supplementFromPortal,
} from './portal-parts-to-dossier.ts';
import type { ReceivingUnitResolver } from './receiving-unit.ts';
import {
  codeFromPortal,
  compact,
  flagFromPortal,
  requiredCodeFromPortal,
  requiredTextFromPortal,
  textFromPortal,
} from './wire-values.ts';

export const PORTAL_TO_DOSSIER_ID = 'national-portal.dossier.to-canonical';

export type PortalToDossierOptions = {
  /** The portal names no receiving unit; it is looked up from the MaHoSo agency e-ID. */
  resolveReceivingUnit: ReceivingUnitResolver;
};

/** Runs a validator on a non-empty value, reporting its issue codes (masked when personal). */
function validated(
  value: string | undefined,
  validate: (input: string) => ValidationResult<object>,
  ctx: MappingContext,
  personal = false,
): string | undefined {
  const raw = value?.trim();
  if (raw === undefined || raw === '') return undefined;
  return validatedValue(raw, validate, ctx, { personal });
}

const RETURN_METHOD: Record<'0' | '1', ReturnMethod> = { '0': 'in_person', '1': 'postal' };

function mapPortalDossier(
  p: PortalDossier,
  ctx: MappingContext,
  options: PortalToDossierOptions,
): Draft<z.input<typeof DossierSchema>> {
  const codeAt = ctx.at('MaHoSo');
  const code = validated(p.MaHoSo, validateDossierCode, codeAt);
  const receivingUnit =
    code === undefined
      ? undefined
      : codeAt.absorb(options.resolveReceivingUnit(code.split('-')[0] ?? ''));
  const documents = eachFromPortal(p.TaiLieuNop, ctx.at('TaiLieuNop'), documentFromPortal);
  const anyDigitized = documents.some((d) => d.digitizationState !== 'not_digitized');
  let hasDigitized = flagFromPortal(p.HoSoCoThanhPhanSoHoa) ?? anyDigitized;
  if (anyDigitized && !hasDigitized) {
    ctx
      .at('HoSoCoThanhPhanSoHoa')
      .warn(
        'dossier.digitized_flag_corrected',
        'a component is digitized; the flag is taken as "1"',
      );
    hasDigitized = true;
  }
  const contact = compact({
    email: validated(p.Email, validateEmail, ctx.at('Email'), true),
    phone: validated(p.SoDienThoai, validatePhoneNumber, ctx.at('SoDienThoai'), true),
    fax: textFromPortal(p.Fax, ctx.at('Fax')),
    other: textFromPortal(p.ThongTinKhac, ctx.at('ThongTinKhac')),
  });
  const paperItems = eachFromPortal(
    p.DanhSachTepDinhKemKhac,
    ctx.at('DanhSachTepDinhKemKhac'),
    paperItemFromPortal,
  );
  const databases = eachFromPortal(p.DSKetNoiCSDL, ctx.at('DSKetNoiCSDL'), (item, at) =>
    requiredCodeFromPortal(item.MaCSDL, at.at('MaCSDL')),
  );
  return compact({
    code,
    procedure: compact({
      code: nationalProcedureCode(p.MaTTHC, ctx.at('MaTTHC')),
      name: requiredTextFromPortal(p.TenTTHC, ctx.at('TenTTHC')),
    }),
    sector: {
      code: requiredCodeFromPortal(p.MaLinhVuc, ctx.at('MaLinhVuc')),
      name: requiredTextFromPortal(p.TenLinhVuc, ctx.at('TenLinhVuc')),
    },
    receiptNumber: codeFromPortal(p.SoBienNhan, ctx.at('SoBienNhan')),
    channel: lookupCode(kenhThucHienCodes, p.KenhThucHien, ctx.at('KenhThucHien')),
    owner: ownerFromPortal(p, ctx),
    contact: Object.keys(contact).length > 0 ? contact : undefined,
    summary: textFromPortal(p.TrichYeuHoSo, ctx.at('TrichYeuHoSo')),
    dates: portalDates(p, ctx),
    status: lookupCode(trangThaiHoSoCodes, p.TrangThaiHoSo, ctx.at('TrangThaiHoSo')),
    processingAgency: { name: requiredTextFromPortal(p.DonViXuLy, ctx.at('DonViXuLy')) },
    receivingUnit,
    documents,
    paperItems: paperItems.length > 0 ? paperItems : undefined,
    fees: eachFromPortal(p.DanhSachLePhi, ctx.at('DanhSachLePhi'), feeFromPortal),
    results: eachFromPortal(
      p.DanhSachGiayToKetQua,
      ctx.at('DanhSachGiayToKetQua'),
      resultFromPortal,
    ),
    supplements: eachFromPortal(
      p.DanhSachHoSoBoSung,
      ctx.at('DanhSachHoSoBoSung'),
      supplementFromPortal,
    ),
    returnMethod: p.HinhThuc && RETURN_METHOD[p.HinhThuc],
    returnInfo: textFromPortal(p.ThongTinTra, ctx.at('ThongTinTra')),
    note: textFromPortal(p.GhiChu, ctx.at('GhiChu')),
    hasDigitizedComponents: hasDigitized,
    vneidVerified: flagFromPortal(p.TaiKhoanDuocXacThucVoiVNeID),
    // "1" paid online; TH's "3" and the SLD sync's "0" both mean not paid online.
    paidOnline:
      p.DuocThanhToanTrucTuyen === undefined ? undefined : p.DuocThanhToanTrucTuyen === '1',
    databasesConsulted: databases.length > 0 ? databases : undefined,
  });
}

/**
 * The mapping, given how to find the receiving unit. Issues are reported at wire paths
 * (`DinhDanhCHS[0].SoDinhDanh`, `TaiLieuNop[1].DuongDanTaiTepTin`).
 */
export function createPortalToDossierMapping(
  options: PortalToDossierOptions,
): Mapping<unknown, Dossier> {
  return defineMapping({
    id: PORTAL_TO_DOSSIER_ID,
    version: 1,
    from: PortalDossierSchema,
    to: DossierSchema,
    map: (p, ctx) => mapPortalDossier(p, ctx, options),
  });
}

export const portalToDossierCoverage = declareCoverage(PortalDossierSchema, {
  mapped: PORTAL_DOSSIER_MAPPED_FIELDS,
  ignored: PORTAL_DOSSIER_IGNORED_FIELDS,
});
