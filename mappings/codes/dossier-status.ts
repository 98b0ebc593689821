// Portal TrangThaiHoSo "1".."10" ⇄ canonical DossierStatus, and the reporting groups built on it.
import type { DossierStatus } from '../../contracts/canonical/enums.ts';
import { defineCodeTable } from '../engine/code-table.ts';

/** DOMAIN.md §2: the DVCQG table, identical in OpenCPS and the Thanh Hóa system. */
export const trangThaiHoSoCodes = defineCodeTable('TrangThaiHoSo', [
  ['1', 'submitted'],
  ['2', 'received'],
  ['3', 'rejected'],
  ['4', 'processing'],
  ['5', 'awaiting_supplement'],
  ['6', 'awaiting_payment'],
  ['7', 'withdrawn'],
  ['8', 'suspended'],
  ['9', 'resolved'],
  ['10', 'returned'],
] as const satisfies readonly (readonly [string, DossierStatus])[]);

export type TrangThaiHoSo = (typeof trangThaiHoSoCodes.wireCodes)[number];

/**
 * Reporting groups as wire codes (DOMAIN.md §2, §4.6; TH BaoCaoTongHopConstants and the
 * Decision 766 builders). `doneDecision766` is the Decision 766 builders' wider "done" (adds 7).
 */
export const trangThaiHoSoGroups = {
  inProgress: ['2', '4'],
  done: ['9', '10'],
  doneDecision766: ['7', '9', '10'],
  supplement: ['5'],
  withdrawn: ['7'],
  received: ['2', '4', '5', '6', '7', '8', '9', '10'],
} as const satisfies Record<string, readonly TrangThaiHoSo[]>;

export type DossierStatusGroup = keyof typeof trangThaiHoSoGroups;

const toCanonical = (codes: readonly TrangThaiHoSo[]): readonly DossierStatus[] =>
  codes.map((code) => {
    const pair = trangThaiHoSoCodes.pairs.find(([w]) => w === code);
    if (!pair) throw new Error(`TrangThaiHoSo group names unknown code ${code}`);
    return pair[1];
  });

/** The same groups as canonical statuses. */
export const dossierStatusGroups: Readonly<Record<DossierStatusGroup, readonly DossierStatus[]>> = {
  inProgress: toCanonical(trangThaiHoSoGroups.inProgress),
  done: toCanonical(trangThaiHoSoGroups.done),
  doneDecision766: toCanonical(trangThaiHoSoGroups.doneDecision766),
  supplement: toCanonical(trangThaiHoSoGroups.supplement),
  withdrawn: toCanonical(trangThaiHoSoGroups.withdrawn),
  received: toCanonical(trangThaiHoSoGroups.received),
};

export function isInStatusGroup(status: DossierStatus, group: DossierStatusGroup): boolean {
  return dossierStatusGroups[group].includes(status);
}
