// TrangThaiSoHoa ⇄ canonical DigitizationState, and the portal's DuocTaiSuDung derived from it.
import type { DigitizationState } from '../../contracts/canonical/enums.ts';
import { defineCodeTable } from '../engine/code-table.ts';

/** 0 Chưa số hóa, 1 Được số hóa, 2 Tái sử dụng, 3 Tái sử dụng từ kết quả hồ sơ khác (DOMAIN.md §1.4). */
export const trangThaiSoHoaCodes = defineCodeTable('TrangThaiSoHoa', [
  ['0', 'not_digitized'],
  ['1', 'digitized'],
  ['2', 'reused'],
  ['3', 'reused_from_other_result'],
] as const satisfies readonly (readonly [string, DigitizationState])[]);

export type DuocTaiSuDung = '0' | '1' | '2';

/**
 * TaiLieuNop.DuocTaiSuDung as TH's sync computes it: TrangThaiSoHoa 2 → "1", 3 → "2", else "0".
 * One-way: "0" does not tell digitized from not digitized.
 */
export function duocTaiSuDungFor(state: DigitizationState): DuocTaiSuDung {
  if (state === 'reused') return '1';
  if (state === 'reused_from_other_result') return '2';
  return '0';
}
