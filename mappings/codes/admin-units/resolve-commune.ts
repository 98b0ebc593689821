// Resolves a commune code to one unit, refusing to guess when the code's meaning depends on the list.
import type { AdminListVersion } from '../../../contracts/canonical/enums.ts';
import {
  describeValue,
  fail,
  type MappingResult,
  makeIssue,
  succeed,
} from '../../engine/issues.ts';
import {
  ADMIN_LIST_VERSIONS,
  type AdminUnit,
  isAdminListVersion,
  lookupAdminUnit,
} from './lists.ts';

const COMMUNE_CODE_RE = /^\d{5}$/;

/** The communes a code names across all lists, oldest list first. */
export function communeCandidates(code: string): AdminUnit[] {
  return ADMIN_LIST_VERSIONS.map((v) => lookupAdminUnit(code, v)).filter(
    (u): u is AdminUnit => u?.level === 'commune',
  );
}

/**
 * The commune a 5-digit code names. With a list version, that list decides. Without one, the
 * code must name the same commune (by name) in every list that has it; otherwise the error
 * 'admin_unit.ambiguous_without_version' lists the candidates (103 of the 126 codes of 2025-07
 * named another commune before). When several lists agree, the newest is returned with a
 * 'admin_unit.version_assumed' warning: the name matches, but the territory may not.
 */
export function resolveCommune(
  code: unknown,
  listVersion: AdminListVersion | undefined,
): MappingResult<AdminUnit> {
  if (typeof code !== 'string' || !COMMUNE_CODE_RE.test(code)) {
    return fail([
      makeIssue(
        '',
        'admin_unit.invalid_code',
        'expected a 5-digit commune code',
        describeValue(code),
      ),
    ]);
  }
  if (listVersion !== undefined) {
    if (!isAdminListVersion(listVersion)) {
      return fail([
        makeIssue(
          '',
          'admin_unit.unknown_list_version',
          `unknown list version; allowed: ${ADMIN_LIST_VERSIONS.join(', ')}`,
          describeValue(listVersion),
        ),
      ]);
    }
    const unit = lookupAdminUnit(code, listVersion);
    if (unit?.level === 'commune') return succeed(unit);
    return fail([
      makeIssue('', 'admin_unit.unknown', `no commune with this code in list ${listVersion}`, code),
    ]);
  }
  const candidates = communeCandidates(code);
  const newest = candidates.at(-1);
  if (newest === undefined) {
    return fail([
      makeIssue('', 'admin_unit.unknown', 'no commune with this code in any list', code),
    ]);
  }
  if (candidates.some((u) => u.name !== newest.name)) {
    return fail([
      makeIssue(
        '',
        'admin_unit.ambiguous_without_version',
        `code names different communes in different lists: ${describeCandidates(candidates)}; a list version is required`,
        code,
      ),
    ]);
  }
  if (candidates.length === 1) return succeed(newest);
  return succeed(newest, [
    makeIssue(
      '',
      'admin_unit.version_assumed',
      `no list version given; assumed ${newest.listVersion} (same name in ${candidates.map((u) => u.listVersion).join(', ')})`,
      code,
    ),
  ]);
}

/** "Phường Liễu Giai (2020-2024, 2025-01); Phường Ngọc Hà (2025-07)". */
function describeCandidates(candidates: readonly AdminUnit[]): string {
  const byName = new Map<string, string[]>();
  for (const u of candidates) byName.set(u.name, [...(byName.get(u.name) ?? []), u.listVersion]);
  return [...byName].map(([name, versions]) => `${name} (${versions.join(', ')})`).join('; ');
}
