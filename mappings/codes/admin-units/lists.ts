// Hanoi administrative-unit lists by version, indexed by code once at load.
import { AdminListVersion } from '../../../contracts/canonical/enums.ts';
import list2025_01 from './data/hanoi-2008-2025.json' with { type: 'json' };
import list2020_2024 from './data/hanoi-2020-2024.json' with { type: 'json' };
import list2025_07 from './data/hanoi-2025.json' with { type: 'json' };

export type AdminUnitLevel = 'province' | 'district' | 'commune';

/** One unit of one list. A code alone is meaningless: it always travels with its list version. */
export type AdminUnit = Readonly<{
  code: string;
  name: string;
  level: AdminUnitLevel;
  /** '01' for communes of the 2025-07 list (no districts), the district code before. */
  parentCode: string | null;
  /** GSO type: 'Phường', 'Xã', 'Thị trấn', 'Quận', 'Huyện', 'Thị xã', 'Thành phố Trung ương'. */
  type: string;
  listVersion: AdminListVersion;
}>;

/** A reference to a unit as other records store it. */
export type AdminUnitRef = Readonly<{ code: string; listVersion: AdminListVersion; name: string }>;

type RawUnit = {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  type: string;
};

/** Oldest first. */
export const ADMIN_LIST_VERSIONS: readonly AdminListVersion[] = AdminListVersion.options;

const RAW: Record<AdminListVersion, readonly RawUnit[]> = {
  '2020-2024': list2020_2024,
  '2025-01': list2025_01,
  '2025-07': list2025_07,
};

const INDEX: ReadonlyMap<AdminListVersion, ReadonlyMap<string, AdminUnit>> = new Map(
  ADMIN_LIST_VERSIONS.map((version) => [
    version,
    new Map(
      RAW[version].map((raw): [string, AdminUnit] => [
        raw.code,
        Object.freeze({ ...raw, level: raw.level as AdminUnitLevel, listVersion: version }),
      ]),
    ),
  ]),
);

/** The unit (province, district or commune) with this code in this list, or undefined. */
export function lookupAdminUnit(
  code: string,
  listVersion: AdminListVersion,
): AdminUnit | undefined {
  return INDEX.get(listVersion)?.get(code);
}

/** Every unit of a list, optionally of one level, in the list's order. */
export function adminUnitsOf(listVersion: AdminListVersion, level?: AdminUnitLevel): AdminUnit[] {
  const units = [...(INDEX.get(listVersion)?.values() ?? [])];
  return level === undefined ? units : units.filter((u) => u.level === level);
}

export function isAdminListVersion(value: unknown): value is AdminListVersion {
  return AdminListVersion.safeParse(value).success;
}

export function refOf(unit: AdminUnit): AdminUnitRef {
  return { code: unit.code, listVersion: unit.listVersion, name: unit.name };
}
