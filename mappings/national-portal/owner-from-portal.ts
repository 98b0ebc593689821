// The dossier owner read from a portal dossier: a citizen (with validated IDs) or an organisation.
import type { Applicant } from '../../contracts/canonical/applicant.ts';
import { validateEnterpriseCode } from '../../contracts/validators/enterprise-code.ts';
import { validateIdentityNumber } from '../../contracts/validators/identity-number.ts';
import type { PortalDossier } from '../../contracts/wire/national-portal/dossier.ts';
import { loaiDoiTuongCodes } from '../codes/applicant-kind.ts';
import { loaiDinhDanhCodes } from '../codes/identity-document-kind.ts';
import { lookupCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import type { Draft } from '../engine/define-mapping.ts';
import { codeFromPortal, requiredTextFromPortal } from './wire-values.ts';

type Ids = { personalId?: string; legacyId?: string; passportNumber?: string };

/** Validates a 9- or 12-digit number; reports the validator's codes (masked) at ctx. */
function identityNumber(
  raw: string,
  ctx: MappingContext,
): { kind: 'personal_id' | 'legacy_id'; value: string } | undefined {
  const result = validateIdentityNumber(raw);
  if (result.ok) return { kind: result.kind, value: result.value };
  for (const issue of result.issues) {
    ctx.error(issue.code, issue.message, { value: raw, personal: true });
  }
  return undefined;
}

/** Sets the ID of its kind unless a different one is already there, which is an error. */
function assign(ids: Ids, kind: 'personal_id' | 'legacy_id', value: string, ctx: MappingContext) {
  const key = kind === 'personal_id' ? 'personalId' : 'legacyId';
  const held = ids[key];
  if (held !== undefined && held !== value) {
    ctx.error('owner.conflicting_ids', `the owner has two different ${kind} numbers`, {
      value,
      personal: true,
    });
    return;
  }
  ids[key] = value;
}

/**
 * Citizen IDs: DinhDanhCHS first (LoaiDinhDanh must agree with the number's length), then
 * SoGiayToChuHoSo — a 12- or 9-digit number fills its kind, anything else is a passport number.
 */
function citizenIds(p: PortalDossier, ctx: MappingContext): Ids {
  const ids: Ids = {};
  (p.DinhDanhCHS ?? []).forEach((item, i) => {
    const at = ctx.at('DinhDanhCHS').at(i);
    const declared = lookupCode(loaiDinhDanhCodes, item.LoaiDinhDanh, at.at('LoaiDinhDanh'));
    const id = identityNumber(item.SoDinhDanh, at.at('SoDinhDanh'));
    if (id === undefined || declared === undefined) return;
    if (id.kind !== declared) {
      at.at('LoaiDinhDanh').error(
        'owner.id_kind_mismatch',
        'LoaiDinhDanh disagrees with the number',
      );
      return;
    }
    assign(ids, id.kind, id.value, at.at('SoDinhDanh'));
  });
  const raw = p.SoGiayToChuHoSo?.trim() ?? '';
  if (raw === '' || raw === ids.personalId || raw === ids.legacyId) return ids;
  const at = ctx.at('SoGiayToChuHoSo');
  if (/^\d{9}$|^\d{12}$/.test(raw)) {
    const id = identityNumber(raw, at);
    if (id) assign(ids, id.kind, id.value, at);
    return ids;
  }
  const passport = codeFromPortal(raw, at, { personal: true });
  if (passport !== undefined) ids.passportNumber = passport;
  return ids;
}

/**
 * An organisation's SoGiayToChuHoSo is its enterprise code. An enterprise's must be valid; for a
 * state agency or other body an unrecognised number is dropped with a warning (no canonical home).
 */
function enterpriseCode(p: PortalDossier, isEnterprise: boolean, ctx: MappingContext) {
  const raw = p.SoGiayToChuHoSo?.trim() ?? '';
  if (raw === '') return undefined;
  const result = validateEnterpriseCode(raw);
  if (result.ok) return result.value;
  if (isEnterprise) {
    for (const issue of result.issues) ctx.error(issue.code, issue.message, { value: raw });
  } else {
    ctx.warn(
      'owner.id_number_dropped',
      'not an enterprise code; an organisation has no other ID field',
      {
        value: raw,
      },
    );
  }
  return undefined;
}

/** The owner from ChuHoSo, SoGiayToChuHoSo, LoaiDoiTuong, MaDoiTuong and DinhDanhCHS. */
export function ownerFromPortal(p: PortalDossier, ctx: MappingContext): Draft<Applicant> {
  const kind = lookupCode(loaiDoiTuongCodes, p.LoaiDoiTuong, ctx.at('LoaiDoiTuong'));
  const name = requiredTextFromPortal(p.ChuHoSo, ctx.at('ChuHoSo'), { personal: true });
  const techId = codeFromPortal(p.MaDoiTuong, ctx.at('MaDoiTuong'));
  const tech = techId === undefined ? {} : { techId };
  if (kind === 'citizen') {
    return { kind, fullName: name, ...citizenIds(p, ctx), ...tech };
  }
  if ((p.DinhDanhCHS ?? []).length > 0) {
    ctx
      .at('DinhDanhCHS')
      .warn(
        'owner.identity_ignored',
        'an organisation has no personal ID; DinhDanhCHS (TH sends a placeholder) is ignored',
      );
  }
  const code = enterpriseCode(p, kind === 'enterprise', ctx.at('SoGiayToChuHoSo'));
  return {
    kind,
    name,
    ...(code === undefined ? {} : { enterpriseCode: code }),
    ...tech,
  };
}
