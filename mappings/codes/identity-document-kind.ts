// LoaiDinhDanh ⇄ canonical IdentityDocumentKind.
import type { IdentityDocumentKind } from '../../contracts/canonical/enums.ts';
import { defineCodeTable } from '../engine/code-table.ts';

/** "1" 12-digit personal ID (CCCD), "2" legacy 9-digit CMND (DOMAIN.md §1.2, §4.1). */
export const loaiDinhDanhCodes = defineCodeTable('LoaiDinhDanh', [
  ['1', 'personal_id'],
  ['2', 'legacy_id'],
] as const satisfies readonly (readonly [string, IdentityDocumentKind])[]);
