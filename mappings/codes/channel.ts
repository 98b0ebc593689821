// Portal KenhThucHien ⇄ canonical Channel.
import type { Channel } from '../../contracts/canonical/enums.ts';
import { defineCodeTable } from '../engine/code-table.ts';

/** 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích (DOMAIN.md §1.2; also KENH in LayThuTuc). */
export const kenhThucHienCodes = defineCodeTable('KenhThucHien', [
  ['1', 'in_person'],
  ['2', 'online'],
  ['3', 'postal'],
] as const satisfies readonly (readonly [string, Channel])[]);
