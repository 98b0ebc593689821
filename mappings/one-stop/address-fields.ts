// People's addresses on the one-stop wire (TinhThanh/QuanHuyen/PhuongXa/DiaChi) ⇄ canonical Address,
// all read in the list version named by the dossier's DonViTiepNhan.PhienBanDanhMuc.
import type { Address } from '../../contracts/canonical/address.ts';
import type { AdminListVersion } from '../../contracts/canonical/enums.ts';
import type { OneStopNguoi } from '../../contracts/wire/one-stop/hoso.ts';
import { lookupAdminUnit } from '../codes/admin-units/lists.ts';
import { migrateCommuneTo2025 } from '../codes/admin-units/migrate-commune.ts';
import { lookupProvince } from '../codes/admin-units/provinces.ts';
import type { MappingContext } from '../engine/context.ts';
import { truncateText } from '../engine/transforms/text.ts';
import { requiredText } from './fields.ts';

/** The city's admin-unit code: the only province whose units the shipped lists describe. */
export const HANOI_PROVINCE_CODE = '01';
const MAX_DIA_CHI = 500;

type WireAddress = Pick<OneStopNguoi, 'TinhThanh' | 'QuanHuyen' | 'PhuongXa' | 'DiaChi'>;

/**
 * TinhThanh/QuanHuyen/PhuongXa/DiaChi of a person → a canonical Address in `version`. Hanoi
 * communes and districts are checked against the list (and the commune against its district);
 * other provinces only by province code, since their communes are not in the shipped lists.
 * DiaChi becomes `detail`: the wire has one free-text line and cannot be split reliably.
 */
export function addressToCanonical(
  nguoi: WireAddress,
  version: AdminListVersion,
  ctx: MappingContext,
): Address | undefined {
  const personal = { personal: true };
  const detail = requiredText(nguoi.DiaChi, ctx.at('DiaChi'), personal);
  const districtCode = nguoi.QuanHuyen ?? undefined;
  let ok = detail !== undefined;
  if (districtCode !== undefined && version === '2025-07') {
    ctx.at('QuanHuyen').error('address.no_district_tier', 'the 2025-07 list has no district tier');
    ok = false;
  }
  if (nguoi.TinhThanh === HANOI_PROVINCE_CODE) {
    const commune = lookupAdminUnit(nguoi.PhuongXa, version);
    if (commune?.level !== 'commune') {
      ctx
        .at('PhuongXa')
        .error('admin_unit.unknown', `no Hanoi commune with this code in list ${version}`, {
          value: nguoi.PhuongXa,
          ...personal,
        });
      ok = false;
    } else if (districtCode !== undefined && version !== '2025-07') {
      if (lookupAdminUnit(districtCode, version)?.level !== 'district') {
        ctx
          .at('QuanHuyen')
          .error('admin_unit.unknown', `no Hanoi district with this code in list ${version}`, {
            value: districtCode,
            ...personal,
          });
        ok = false;
      } else if (commune.parentCode !== districtCode) {
        ctx
          .at('PhuongXa')
          .error('admin_unit.parent_mismatch', 'the commune is not in this district', {
            value: nguoi.PhuongXa,
            ...personal,
          });
        ok = false;
      }
    }
  } else if (lookupProvince(nguoi.TinhThanh, version) === undefined) {
    ctx
      .at('TinhThanh')
      .error('admin_unit.unknown', `no province with this code in list ${version}`, {
        value: nguoi.TinhThanh,
      });
    ok = false;
  }
  if (!ok || detail === undefined) return undefined;
  const ref = (code: string) => ({ code, listVersion: version });
  return {
    province: ref(nguoi.TinhThanh),
    ...(districtCode !== undefined && { district: ref(districtCode) }),
    commune: ref(nguoi.PhuongXa),
    detail,
  };
}

/**
 * A canonical Address → wire codes in the dossier's `version`. An older Hanoi address going into
 * a 2025-07 dossier is migrated when its commune moved whole (with a warning); a split commune is
 * an error, because its successor depends on the street address. `ctx` is at the address.
 */
export function addressToWire(
  address: Address,
  version: AdminListVersion,
  ctx: MappingContext,
): WireAddress | undefined {
  const from = address.province.listVersion;
  const DiaChi = truncateText(address.detail, ctx.at('detail'), {
    maxLength: MAX_DIA_CHI,
    personal: true,
  });
  if (from === version) {
    return {
      TinhThanh: address.province.code,
      QuanHuyen: address.district?.code,
      PhuongXa: address.commune.code,
      DiaChi,
    };
  }
  const communeCtx = ctx.at('commune').at('code');
  const issue = { value: address.commune.code, personal: true };
  if (version !== '2025-07' || address.province.code !== HANOI_PROVINCE_CODE) {
    return ctx
      .at('province')
      .at('listVersion')
      .error(
        'address.list_version_mismatch',
        `the address uses list ${from} but the dossier uses list ${version}`,
        { value: from },
      );
  }
  const migration = migrateCommuneTo2025(address.commune.code, from);
  if (migration.kind === 'moved' || migration.kind === 'current') {
    communeCtx.warn(
      'admin_unit.migrated',
      `commune code migrated from list ${from} to 2025-07`,
      issue,
    );
    return { TinhThanh: HANOI_PROVINCE_CODE, PhuongXa: migration.to.code, DiaChi };
  }
  if (migration.kind === 'split') {
    return communeCtx.error(
      'admin_unit.split_commune',
      'the commune was split on 2025-07-01; its successor depends on the street address',
      issue,
    );
  }
  return communeCtx.error(
    'admin_unit.unmapped',
    `no 2025-07 successor (${migration.reason})`,
    issue,
  );
}
