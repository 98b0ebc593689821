// Where a portal dossier was received: the portal has no such field, so it is resolved from the MaHoSo agency e-ID.
import type { LeveledAdminUnit } from '../../contracts/canonical/admin-unit-ref.ts';
import type { AdminLevel, AdminListVersion } from '../../contracts/canonical/enums.ts';
import { validateAgencyEId } from '../../contracts/validators/agency-eid.ts';
import {
  ADMIN_LIST_VERSIONS,
  type AdminUnit,
  lookupAdminUnit,
} from '../codes/admin-units/lists.ts';
import { fail, type MappingResult, makeIssue, succeed } from '../engine/issues.ts';

/** The receiving unit for an agency e-ID, or the issues explaining why there is none. */
export type ReceivingUnitResolver = (agencyEId: string) => MappingResult<LeveledAdminUnit>;

/**
 * One configured agency: its e-ID and the unit it receives dossiers for. Without `listVersion`
 * the code must name the same unit in every list that has it (00008 does not: Phường Liễu Giai
 * before 07/2025, Phường Ngọc Hà after).
 */
export type ReceivingUnitEntry = {
  agencyEId: string;
  level: AdminLevel;
  code: string;
  listVersion?: AdminListVersion;
};

const UNIT_LEVEL = { city: 'province', district: 'district', commune: 'commune' } as const;

function unitIn(code: string, level: AdminLevel, version: AdminListVersion) {
  const unit = lookupAdminUnit(code, version);
  return unit?.level === UNIT_LEVEL[level] ? unit : undefined;
}

function resolveUnit(entry: ReceivingUnitEntry): MappingResult<AdminUnit> {
  const { code, level, listVersion } = entry;
  if (listVersion !== undefined) {
    const unit = unitIn(code, level, listVersion);
    return unit
      ? succeed(unit)
      : fail([makeIssue('', 'admin_unit.unknown', `no ${level} ${code} in list ${listVersion}`)]);
  }
  const candidates = ADMIN_LIST_VERSIONS.map((v) => unitIn(code, level, v)).filter(
    (u): u is AdminUnit => u !== undefined,
  );
  const newest = candidates.at(-1);
  if (newest === undefined) {
    return fail([makeIssue('', 'admin_unit.unknown', `no ${level} ${code} in any list`)]);
  }
  if (candidates.some((u) => u.name !== newest.name)) {
    const names = candidates.map((u) => `${u.name} (${u.listVersion})`).join('; ');
    return fail([
      makeIssue(
        '',
        'admin_unit.ambiguous_without_version',
        `code ${code} names different units in different lists: ${names}; configure a list version`,
      ),
    ]);
  }
  const assumed =
    candidates.length > 1
      ? [
          makeIssue(
            '',
            'admin_unit.version_assumed',
            `no list version; assumed ${newest.listVersion}`,
          ),
        ]
      : [];
  return succeed(newest, assumed);
}

/**
 * A resolver over a configured table. An unknown e-ID is 'receiving_unit.unknown_agency'; a code
 * that cannot be pinned to one unit is an admin_unit.* error. Agencies are public, so e-IDs and
 * unit codes are quoted in messages.
 */
export function createReceivingUnitResolver(
  entries: readonly ReceivingUnitEntry[],
): ReceivingUnitResolver {
  const byEId = new Map<string, ReceivingUnitEntry>();
  for (const entry of entries) {
    const eId = validateAgencyEId(entry.agencyEId);
    byEId.set(eId.ok ? eId.value : entry.agencyEId, entry);
  }
  return (agencyEId) => {
    const entry = byEId.get(agencyEId);
    if (entry === undefined) {
      return fail([
        makeIssue(
          '',
          'receiving_unit.unknown_agency',
          `no receiving unit configured for agency ${agencyEId}`,
          agencyEId,
        ),
      ]);
    }
    const unit = resolveUnit(entry);
    if (!unit.ok) return unit;
    const { code, listVersion, name } = unit.value;
    return succeed({ level: entry.level, unit: { code, listVersion, name } }, unit.warnings);
  };
}
