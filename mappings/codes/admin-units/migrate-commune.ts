// Migrates a pre-reform commune code to the 2025-07 two-tier list, never guessing a split.
import type { AdminListVersion } from '../../../contracts/canonical/enums.ts';
import mappingData from './data/hanoi-2025-mapping.json' with { type: 'json' };
import { type AdminUnitRef, lookupAdminUnit, refOf } from './lists.ts';

type RawMapping = {
  oldName: string;
  split: boolean;
  new: readonly { code: string; name: string; whole: boolean }[];
  defaultNewCode: string;
  defaultNewCodeSource?: string;
};

/** Old code of the 2025-01 list → its entry (526 keys: 327 whole moves, 199 splits). */
const MAPPING: ReadonlyMap<string, RawMapping> = new Map(
  Object.entries(mappingData as Record<string, RawMapping>),
);

/** A third-party guess at the "main" successor of a split commune. Not official: never apply silently. */
export type SplitHeuristic = Readonly<{
  code: string;
  listVersion: '2025-07';
  name: string;
  official: false;
  source: string;
}>;

export type CommuneMigration =
  /** The whole old commune went into one new commune. */
  | { kind: 'moved'; from: AdminUnitRef; to: AdminUnitRef; via?: AdminUnitRef }
  /** The old commune was divided: the right successor depends on the address. */
  | {
      kind: 'split';
      from: AdminUnitRef;
      candidates: AdminUnitRef[];
      heuristic: SplitHeuristic;
      via?: AdminUnitRef;
    }
  /** Already a commune of the 2025-07 list. */
  | { kind: 'current'; to: AdminUnitRef }
  /**
   * No successor known: `dropped_2025_01` for 2020-2024 communes merged away on 01/01/2025 (the
   * mapping covers the 2025-01 list only); `not_in_list` when the code is no commune of fromVersion.
   */
  | { kind: 'unmapped'; reason: 'dropped_2025_01' | 'not_in_list' };

const HEURISTIC_SOURCE_DEFAULT = 'third-party heuristic (no source recorded)';

const newRef = (code: string, name: string): AdminUnitRef => ({
  code,
  listVersion: '2025-07',
  name,
});

/**
 * The 2025-07 successor(s) of a commune code of `fromVersion`. A 2020-2024 code reaches 2025-07
 * through the 2025-01 commune that kept the same code (reported as `via`): a commune that keeps
 * its code on a merger contains its former territory, so a whole move stays a whole move.
 */
export function migrateCommuneTo2025(
  oldCode: string,
  fromVersion: AdminListVersion,
): CommuneMigration {
  const from = lookupAdminUnit(oldCode, fromVersion);
  if (from?.level !== 'commune') return { kind: 'unmapped', reason: 'not_in_list' };
  if (fromVersion === '2025-07') return { kind: 'current', to: refOf(from) };
  const bridge = lookupAdminUnit(oldCode, '2025-01');
  const entry = MAPPING.get(oldCode);
  if (bridge?.level !== 'commune' || entry === undefined) {
    return { kind: 'unmapped', reason: 'dropped_2025_01' };
  }
  const via = fromVersion === '2025-01' ? {} : { via: refOf(bridge) };
  const targets = entry.new.map((n) => newRef(n.code, n.name));
  const first = entry.new[0];
  if (!entry.split && entry.new.length === 1 && first?.whole) {
    return { kind: 'moved', from: refOf(from), to: newRef(first.code, first.name), ...via };
  }
  const guess = entry.new.find((n) => n.code === entry.defaultNewCode) ?? first;
  return {
    kind: 'split',
    from: refOf(from),
    candidates: targets,
    heuristic: {
      code: guess?.code ?? entry.defaultNewCode,
      listVersion: '2025-07',
      name: guess?.name ?? '',
      official: false,
      source: entry.defaultNewCodeSource ?? HEURISTIC_SOURCE_DEFAULT,
    },
    ...via,
  };
}

/** Every old code the mapping covers (the 526 communes of the 2025-01 list). */
export function mappedOldCommuneCodes(): string[] {
  return [...MAPPING.keys()];
}
