// The receiving unit on the one-stop wire (CapTiepNhan + DonViTiepNhan) ⇄ canonical, checked against the Hanoi lists.
import type { LeveledAdminUnit } from '../../contracts/canonical/admin-unit-ref.ts';
import type { AdminLevel, AdminListVersion } from '../../contracts/canonical/enums.ts';
import type { OneStopDonViTiepNhan } from '../../contracts/wire/one-stop/hoso.ts';
import { type AdminUnitLevel, lookupAdminUnit } from '../codes/admin-units/lists.ts';
import { lookupCode, lookupWireCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { capTiepNhanCodes } from './codes.ts';
import { optionalText } from './fields.ts';

const LIST_LEVEL: Readonly<Record<AdminLevel, AdminUnitLevel>> = {
  city: 'province',
  district: 'district',
  commune: 'commune',
};

/** Names seen, normalised: the same few hundred unit names arrive on every dossier. */
const comparableNames = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 10_000;

/** "Phường Ba Đình", "P. Ba Đình" and "ba đình" (NFC or NFD) name the same unit. */
function comparableName(name: string): string {
  let comparable = comparableNames.get(name);
  if (comparable === undefined) {
    comparable = normalizedName(name);
    if (comparableNames.size >= MAX_REMEMBERED_NAMES) comparableNames.clear();
    comparableNames.set(name, comparable);
  }
  return comparable;
}

function normalizedName(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(
      /^(thành phố|tỉnh|quận|huyện|thị xã|phường|xã|thị trấn|tp\.?|tx\.?|tt\.?|[qhpx]\.)\s*/u,
      '',
    );
}

/**
 * Checks a receiving unit against the Hanoi list of its version. A name that disagrees with the
 * list is an error, not a warning: it is the sign of a code read in the wrong list (00008 was
 * Phường Liễu Giai before 2025-07 and is Phường Ngọc Hà since).
 */
function checkHanoiUnit(
  code: string,
  level: AdminLevel,
  version: AdminListVersion,
  name: string | undefined,
  codeCtx: MappingContext,
  nameCtx: MappingContext,
): boolean {
  const unit = lookupAdminUnit(code, version);
  if (unit?.level !== LIST_LEVEL[level]) {
    codeCtx.error('admin_unit.unknown', `no Hanoi ${level} with this code in list ${version}`, {
      value: code,
    });
    return false;
  }
  if (name !== undefined && comparableName(name) !== comparableName(unit.name)) {
    nameCtx.error('admin_unit.name_mismatch', `list ${version} gives this code to ${unit.name}`, {
      value: name,
    });
    return false;
  }
  return true;
}

/** CapTiepNhan + DonViTiepNhan → the canonical receiving unit. `ctx` is the HoSo root. */
export function receivingUnitToCanonical(
  capTiepNhan: unknown,
  donVi: OneStopDonViTiepNhan,
  ctx: MappingContext,
): LeveledAdminUnit | undefined {
  const level = lookupCode(capTiepNhanCodes, capTiepNhan, ctx.at('CapTiepNhan'), {
    required: true,
  });
  const at = ctx.at('DonViTiepNhan');
  const name = optionalText(donVi.TenDonViHanhChinh, at.at('TenDonViHanhChinh'));
  const code = donVi.MaDonViHanhChinh;
  const listVersion = donVi.PhienBanDanhMuc;
  if (level === undefined) return undefined;
  const nameCtx = at.at('TenDonViHanhChinh');
  if (!checkHanoiUnit(code, level, listVersion, name, at.at('MaDonViHanhChinh'), nameCtx)) {
    return undefined;
  }
  return { level, unit: { code, listVersion, ...(name !== undefined && { name }) } };
}

/** The canonical receiving unit → CapTiepNhan + DonViTiepNhan. `ctx` is at `receivingUnit`. */
export function receivingUnitToWire(unit: LeveledAdminUnit, ctx: MappingContext) {
  const capTiepNhan = lookupWireCode(capTiepNhanCodes, unit.level, ctx.at('level'));
  const { code, listVersion, name } = unit.unit;
  const unitCtx = ctx.at('unit');
  checkHanoiUnit(code, unit.level, listVersion, name, unitCtx.at('code'), unitCtx.at('name'));
  return {
    CapTiepNhan: capTiepNhan,
    DonViTiepNhan: {
      MaDonViHanhChinh: code,
      TenDonViHanhChinh: name,
      PhienBanDanhMuc: listVersion,
    },
  };
}
