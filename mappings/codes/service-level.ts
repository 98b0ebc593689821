// MucDo ⇄ canonical ServiceLevel.
import type { ServiceLevel } from '../../contracts/canonical/enums.ts';
import { defineCodeTable } from '../engine/code-table.ts';

/** "2" information-level, "3" một phần, "4" toàn trình (DOMAIN.md §2). */
export const mucDoCodes = defineCodeTable('MucDo', [
  ['2', 'information'],
  ['3', 'partial'],
  ['4', 'full'],
] as const satisfies readonly (readonly [string, ServiceLevel])[]);
