// Portal LoaiDoiTuong ⇄ canonical ApplicantKind.
import type { ApplicantKind } from '../../contracts/canonical/enums.ts';
import { defineCodeTable } from '../engine/code-table.ts';

/** TH's four-value table; OpenCPS only ever sends 1 and 2 (DOMAIN.md §1.2). */
export const loaiDoiTuongCodes = defineCodeTable('LoaiDoiTuong', [
  ['1', 'citizen'],
  ['2', 'enterprise'],
  ['3', 'state_agency'],
  ['4', 'other_organization'],
] as const satisfies readonly (readonly [string, ApplicantKind])[]);
