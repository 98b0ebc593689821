// Admin-unit codes from a national database → canonical Address, with the list version inferred from the tiers.
import type { Address } from '../../contracts/canonical/address.ts';
import type { AdminUnitRef } from '../../contracts/canonical/admin-unit-ref.ts';
import type { AdminListVersion } from '../../contracts/canonical/enums.ts';
import { lookupAdminUnit } from '../codes/admin-units/lists.ts';
import { lookupProvince } from '../codes/admin-units/provinces.ts';
import type { MappingContext } from '../engine/context.ts';
import { nfc } from '../engine/transforms/text.ts';

/** The raw parts of an address; "" and undefined both mean absent. */
export type AddressCodes = {
  province?: string | undefined;
  district?: string | undefined;
  commune?: string | undefined;
  detail?: string | undefined;
  fullText?: string | undefined;
  country?: string | undefined;
  /** Unit names as the source wrote them; they win over the list names (with a warning if they differ). */
  provinceName?: string | undefined;
  districtName?: string | undefined;
  communeName?: string | undefined;
};

/** Wire field names of the parts, so issues point at the field the source sent. */
export type AddressFieldNames = {
  province: string;
  district: string;
  commune: string;
  detail: string;
};

/** The only province whose district and commune lists lienthong ships. */
const HANOI = '01';
const CODE_RE = { province: /^\d{2}$/, district: /^\d{3}$/, commune: /^\d{5}$/ } as const;

const present = (value: string | undefined): string | undefined => {
  const text = value === undefined ? undefined : nfc(value).trim();
  return text === '' ? undefined : text;
};

const sameName = (a: string, b: string): boolean =>
  nfc(a).toLowerCase().replace(/\s+/g, ' ') === nfc(b).toLowerCase().replace(/\s+/g, ' ');

/**
 * The list a code set belongs to. The national databases write pre-reform addresses with three
 * tiers and post-reform ones with two, so a district code means a three-tier list: 2025-01, or
 * 2020-2024 for a Hà Nội commune merged away on 01/01/2025. No district means the 2025-07 list.
 */
export function inferListVersion(
  province: string,
  district: string | undefined,
  commune: string,
): AdminListVersion {
  if (district === undefined) return '2025-07';
  if (province !== HANOI || lookupAdminUnit(commune, '2025-01')?.level === 'commune') {
    return '2025-01';
  }
  return lookupAdminUnit(commune, '2020-2024')?.level === 'commune' ? '2020-2024' : '2025-01';
}

function ref(
  code: string,
  listVersion: AdminListVersion,
  sourceName: string | undefined,
  listName: string | undefined,
  ctx: MappingContext,
): AdminUnitRef {
  if (sourceName !== undefined && listName !== undefined && !sameName(sourceName, listName)) {
    ctx.warn(
      'admin_unit.name_mismatch',
      `the source names unit ${code} differently from list ${listVersion} (${listName})`,
      { value: sourceName },
    );
  }
  const name = sourceName ?? listName;
  return name === undefined ? { code, listVersion } : { code, listVersion, name };
}

/**
 * A canonical Address, or undefined. An address missing its province, commune or detail is
 * incomplete: a warning, and no address (sparse national records are common). A malformed code,
 * or a Hà Nội unit its list does not know, is an error.
 */
export function addressFromCodes(
  codes: AddressCodes,
  fields: AddressFieldNames,
  ctx: MappingContext,
): Address | undefined {
  const province = present(codes.province);
  const district = present(codes.district);
  const commune = present(codes.commune);
  const fullText = present(codes.fullText);
  let detail = present(codes.detail);
  if (detail === undefined && fullText !== undefined && province && commune) {
    ctx.at(fields.detail).warn('address.detail_from_full_text', 'no detail; the full text is used');
    detail = fullText;
  }
  if (province === undefined || commune === undefined || detail === undefined) {
    const missing = [
      province === undefined && fields.province,
      commune === undefined && fields.commune,
      detail === undefined && fields.detail,
    ].filter(Boolean);
    ctx.warn('address.incomplete', `address left out: no ${missing.join(', ')}`);
    return undefined;
  }
  const parts = { province, district, commune } as const;
  let malformed = false;
  for (const tier of ['province', 'district', 'commune'] as const) {
    const code = parts[tier];
    if (code !== undefined && !CODE_RE[tier].test(code)) {
      ctx
        .at(fields[tier])
        .error(
          'admin_unit.invalid_code',
          `a ${tier} code has ${tier === 'province' ? 2 : tier === 'district' ? 3 : 5} digits`,
          {
            value: code,
          },
        );
      malformed = true;
    }
  }
  if (malformed) return undefined;
  const listVersion = inferListVersion(province, district, commune);
  if (listVersion === '2020-2024') {
    ctx
      .at(fields.commune)
      .warn(
        'admin_unit.version_inferred',
        'the commune is not in the 2025-01 list; read as list 2020-2024',
        { value: commune },
      );
  }
  return checkedAddress(
    { province, district, commune, detail, fullText, country: present(codes.country) },
    codes,
    listVersion,
    fields,
    ctx,
  );
}

type Present = {
  province: string;
  district: string | undefined;
  commune: string;
  detail: string;
  fullText: string | undefined;
  country: string | undefined;
};

function checkedAddress(
  p: Present,
  codes: AddressCodes,
  listVersion: AdminListVersion,
  fields: AddressFieldNames,
  ctx: MappingContext,
): Address | undefined {
  const provinceUnit = lookupProvince(p.province, listVersion);
  if (provinceUnit === undefined) {
    return ctx
      .at(fields.province)
      .error('admin_unit.unknown', `no province with this code in list ${listVersion}`, {
        value: p.province,
      });
  }
  let districtName: string | undefined;
  let communeName: string | undefined;
  if (p.province === HANOI) {
    const districtUnit =
      p.district === undefined ? undefined : lookupAdminUnit(p.district, listVersion);
    if (p.district !== undefined && districtUnit?.level !== 'district') {
      return ctx
        .at(fields.district)
        .error('admin_unit.unknown', `no Hà Nội district with this code in list ${listVersion}`, {
          value: p.district,
        });
    }
    const communeUnit = lookupAdminUnit(p.commune, listVersion);
    if (communeUnit?.level !== 'commune') {
      return ctx
        .at(fields.commune)
        .error('admin_unit.unknown', `no Hà Nội commune with this code in list ${listVersion}`, {
          value: p.commune,
        });
    }
    if (p.district !== undefined && communeUnit.parentCode !== p.district) {
      return ctx
        .at(fields.commune)
        .error(
          'address.commune_not_in_district',
          `commune ${p.commune} belongs to district ${communeUnit.parentCode} in list ${listVersion}`,
          { value: p.commune },
        );
    }
    districtName = districtUnit?.name;
    communeName = communeUnit.name;
  }
  const source = {
    province: present(codes.provinceName),
    district: present(codes.districtName),
    commune: present(codes.communeName),
  };
  const at = (tier: 'province' | 'district' | 'commune') => ctx.at(fields[tier]);
  return {
    province: ref(p.province, listVersion, source.province, provinceUnit.name, at('province')),
    ...(p.district !== undefined && {
      district: ref(p.district, listVersion, source.district, districtName, at('district')),
    }),
    commune: ref(p.commune, listVersion, source.commune, communeName, at('commune')),
    detail: p.detail,
    ...(p.fullText !== undefined && { fullText: p.fullText }),
    ...(p.country !== undefined && { country: p.country }),
  };
}
