// Hà Nội receiving units from the shipped admin-unit lists (2025-01 three tiers, 2025-07 two tiers) and their agencies.
import { type AdminUnit, adminUnitsOf } from '../../../mappings/codes/admin-units/index.ts';
import type { Rng } from './random.ts';

/**
 * [I] Hà Nội's province suffix in agency e-IDs is NOT verified (DOMAIN §4.1); H26 is a stand-in. The
 * unit parts below are synthetic but well formed: `000.<commune>.<district>.H26` for the 2025-01
 * list, `000.<commune>.<90|91>.H26` for the two-tier 2025-07 list, `000.00.<dept>.H26` for departments.
 */
export const HANOI_EID_SUFFIX = 'H26';

export type ListVersion = '2025-01' | '2025-07';
export type CapTiepNhan = 'Thành phố' | 'Quận/Huyện' | 'Xã/Phường';

export interface Agency {
  /** Agency e-ID (MaDinhDanh), the dossier-code prefix. */
  eId: string;
  name: string;
}

/** Where a person lives, in one list version. */
export interface Residence {
  version: ListVersion;
  commune: AdminUnit;
  /** The commune's district (2025-01 only). */
  district?: AdminUnit;
}

export interface ReceivingUnit {
  version: ListVersion;
  level: CapTiepNhan;
  code: string;
  name: string;
  agency: Agency;
  /** A commune inside the unit, for the applicants' addresses. */
  residenceIn(rng: Rng): Residence;
}

/** City departments that receive dossiers at city level (synthetic e-IDs). */
export const CITY_DEPARTMENTS = {
  education: { eId: `000.00.85.${HANOI_EID_SUFFIX}`, name: 'Sở Giáo dục và Đào tạo Hà Nội' },
  justice: { eId: `000.00.86.${HANOI_EID_SUFFIX}`, name: 'Sở Tư pháp Hà Nội' },
} as const satisfies Record<string, Agency>;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "Phường Ba Đình" → "phường Ba Đình" (the unit type is lower-case inside a sentence or address). */
export function lowerType(name: string): string {
  return name.replace(/^(Thành phố|Thị xã|Thị trấn|Phường|Xã|Quận|Huyện)/u, (t) => t.toLowerCase());
}

/** 001–030 → 01–30, 250–282 → 50–82: unique two-digit district parts. */
const districtPart = (code: string) => pad2(Number(code) % 200);

function byVersion(version: ListVersion) {
  const communes = adminUnitsOf(version, 'commune');
  const districts = new Map(adminUnitsOf(version, 'district').map((d) => [d.code, d]));
  const indexInParent = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const commune of communes) {
    const parent = commune.parentCode ?? '';
    const n = (seen.get(parent) ?? 0) + 1;
    seen.set(parent, n);
    indexInParent.set(commune.code, n);
  }
  const communeAgency = (commune: AdminUnit, position: number): Agency => {
    const eId =
      version === '2025-01'
        ? `000.${pad2(indexInParent.get(commune.code) ?? 0)}.${districtPart(commune.parentCode ?? '0')}.${HANOI_EID_SUFFIX}`
        : `000.${pad2((position % 99) + 1)}.${position < 99 ? '90' : '91'}.${HANOI_EID_SUFFIX}`;
    return { eId, name: `UBND ${lowerType(commune.name)}` };
  };
  return { communes, districts, communeAgency };
}

const LISTS = { '2025-01': byVersion('2025-01'), '2025-07': byVersion('2025-07') } as const;

function residenceOf(version: ListVersion, commune: AdminUnit): Residence {
  const district = LISTS[version].districts.get(commune.parentCode ?? '');
  return district === undefined ? { version, commune } : { version, commune, district };
}

export function communeUnit(rng: Rng, version: ListVersion): ReceivingUnit {
  const list = LISTS[version];
  const position = rng.int(0, list.communes.length - 1);
  const commune = list.communes[position] as AdminUnit;
  return {
    version,
    level: 'Xã/Phường',
    code: commune.code,
    name: commune.name,
    agency: list.communeAgency(commune, position),
    residenceIn: () => residenceOf(version, commune),
  };
}

/** A district-level unit: only the three-tier 2025-01 list has them. */
export function districtUnit(rng: Rng): ReceivingUnit {
  const list = LISTS['2025-01'];
  const district = rng.pick([...list.districts.values()]);
  const inside = list.communes.filter((c) => c.parentCode === district.code);
  return {
    version: '2025-01',
    level: 'Quận/Huyện',
    code: district.code,
    name: district.name,
    agency: {
      eId: `000.00.${districtPart(district.code)}.${HANOI_EID_SUFFIX}`,
      name: `UBND ${lowerType(district.name)}`,
    },
    residenceIn: (r) => residenceOf('2025-01', r.pick(inside)),
  };
}

export function cityUnit(version: ListVersion, agency: Agency): ReceivingUnit {
  const list = LISTS[version];
  return {
    version,
    level: 'Thành phố',
    code: '01',
    name: 'Thành phố Hà Nội',
    agency,
    residenceIn: (r) => residenceOf(version, r.pick(list.communes)),
  };
}
