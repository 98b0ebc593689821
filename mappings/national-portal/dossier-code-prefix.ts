// The portal's dossier-code prefix rule: MaHoSo must start with an agency e-ID of the configured province.
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import { validateAgencyEId } from '../../contracts/validators/agency-eid.ts';
import { PortalDossierSchema } from '../../contracts/wire/national-portal/dossier.ts';
import type { MappingContext } from '../engine/context.ts';

/** The last part of an agency e-ID, naming the province: H26, H56 (Thanh Hóa), H22 (Hà Giang) … */
export const PROVINCE_SUFFIX_PATTERN = /^[A-Z]\d{2}$/;

const MA_HO_SO_MAX = PortalDossierSchema.shape.MaHoSo.maxLength ?? 50;

/** Options every mapping that writes MaHoSo takes. */
export type ProvinceOptions = {
  /** The province part (Mxx) of the agency e-IDs this gateway may sync, e.g. 'H26'. */
  provinceSuffix: string;
};

/**
 * Refuses a malformed province suffix when the mapping is built: it comes from the config file,
 * not from a record, and every dossier would otherwise fail the same way.
 */
export function checkProvinceSuffix(provinceSuffix: string): string {
  if (!PROVINCE_SUFFIX_PATTERN.test(provinceSuffix)) {
    throw new TypeError('provinceSuffix must be a letter and two digits, e.g. H26');
  }
  return provinceSuffix;
}

/** The agency e-ID a code starts with (the part before the first hyphen), if it is one. */
export function agencyEIdOf(code: string): string | undefined {
  const result = validateAgencyEId(code.split('-')[0] ?? '');
  return result.ok ? result.value : undefined;
}

/** True when the code's agency e-ID ends in the province suffix (e.g. `….H26`). */
export function belongsToProvince(code: string, provinceSuffix: string): boolean {
  return agencyEIdOf(code)?.endsWith(`.${provinceSuffix}`) ?? false;
}

/**
 * The MaHoSo to sync. A code of another province is reported, never replaced by a made-up one:
 * TH invents `{unit}-{yyMMdd}-{5 random digits}` (DOMAIN §4.2); here only a substitute the source
 * system recorded (`substituteCode`, MaHoSoKhac) is used, with a warning, and only if it belongs
 * to the province itself.
 */
export function portalDossierCode(
  dossier: Pick<Dossier, 'code' | 'substituteCode'>,
  provinceSuffix: string,
  ctx: MappingContext,
): string | undefined {
  if (belongsToProvince(dossier.code, provinceSuffix)) return dossier.code;
  const substitute = dossier.substituteCode;
  if (substitute === undefined) {
    return ctx
      .at('code')
      .error(
        'dossier_code.foreign_province',
        `the dossier code's agency e-ID is not of province ${provinceSuffix}, and no substitute code (MaHoSoKhac) was recorded`,
        { value: dossier.code },
      );
  }
  const at = ctx.at('substituteCode');
  if (!belongsToProvince(substitute, provinceSuffix)) {
    return at.error(
      'dossier_code.foreign_province',
      `the substitute code's agency e-ID is not of province ${provinceSuffix} either`,
      { value: substitute },
    );
  }
  if (substitute.length > MA_HO_SO_MAX) {
    return at.error('code.too_long', `MaHoSo holds at most ${MA_HO_SO_MAX} characters`, {
      value: substitute,
    });
  }
  ctx
    .at('code')
    .warn(
      'dossier_code.substitute_used',
      `the code's agency e-ID is not of province ${provinceSuffix}; synced under the recorded substitute code`,
      { value: dossier.code },
    );
  return substitute;
}
