// Which Hanoi administrative-unit list was in force on a given day.
import type { AdminListVersion } from '../../../contracts/canonical/enums.ts';
import { createContext } from '../../engine/context.ts';
import { isoDate, vietnamDateOf } from '../../engine/transforms/dates.ts';

/**
 * First day (Vietnam calendar) each list is known to be in force. The 2020-2024 list is dated by
 * its earliest GSO snapshot (01/03/2020); it may have applied a little earlier, but we ship no
 * evidence for that, so earlier days have no list. 2025-01 starts with the 01/01/2025
 * arrangement; 2025-07 with the two-tier reform of 01/07/2025 (Resolution 1656/NQ-UBTVQH15).
 */
export const LIST_VERSION_STARTS: readonly (readonly [string, AdminListVersion])[] = [
  ['2020-03-01', '2020-2024'],
  ['2025-01-01', '2025-01'],
  ['2025-07-01', '2025-07'],
];

/**
 * The list version in force on a day: a `yyyy-MM-dd` calendar date, or a Date (an instant, read
 * on the Vietnam calendar). Undefined before 2020-03-01 or for input that is not a real date.
 */
export function listVersionOn(date: Date | string): AdminListVersion | undefined {
  let day: string | undefined;
  if (date instanceof Date) {
    day = Number.isNaN(date.getTime()) ? undefined : vietnamDateOf(date);
  } else {
    day = isoDate(date, createContext());
  }
  if (day === undefined) return undefined;
  let found: AdminListVersion | undefined;
  for (const [start, version] of LIST_VERSION_STARTS) if (day >= start) found = version;
  return found;
}
