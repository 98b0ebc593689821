// Tests for the portal code tables: golden pairs, completeness against the canonical enums, round trips.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ApplicantKind,
  Channel,
  DigitizationState,
  DossierStatus,
  IdentityDocumentKind,
  ServiceLevel,
} from '../../contracts/canonical/enums.ts';
import type { CodeTable } from '../engine/code-table.ts';
import { loaiDoiTuongCodes } from './applicant-kind.ts';
import { kenhThucHienCodes } from './channel.ts';
import { duocTaiSuDungFor, trangThaiSoHoaCodes } from './digitization.ts';
import {
  dossierStatusGroups,
  isInStatusGroup,
  trangThaiHoSoCodes,
  trangThaiHoSoGroups,
} from './dossier-status.ts';
import { loaiDinhDanhCodes } from './identity-document-kind.ts';
import { mucDoCodes } from './service-level.ts';

const RUNS = { numRuns: 1000 };

type Row = {
  table: CodeTable<string, string>;
  wire: readonly string[];
  canonical: readonly string[];
};

const TABLES: Row[] = [
  {
    table: trangThaiHoSoCodes,
    wire: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    canonical: DossierStatus.options,
  },
  { table: kenhThucHienCodes, wire: ['1', '2', '3'], canonical: Channel.options },
  { table: loaiDoiTuongCodes, wire: ['1', '2', '3', '4'], canonical: ApplicantKind.options },
  { table: mucDoCodes, wire: ['2', '3', '4'], canonical: ServiceLevel.options },
  { table: trangThaiSoHoaCodes, wire: ['0', '1', '2', '3'], canonical: DigitizationState.options },
  { table: loaiDinhDanhCodes, wire: ['1', '2'], canonical: IdentityDocumentKind.options },
];

const value = <T>(r: { ok: boolean; value?: T }) => (r.ok ? r.value : undefined);

describe.each(TABLES)('$table.name code table', ({ table, wire, canonical }) => {
  it('should cover exactly the documented wire codes and every canonical value', () => {
    expect([...table.wireCodes].sort()).toEqual([...wire].sort());
    expect([...table.canonicalValues].sort()).toEqual([...canonical].sort());
  });

  it('should round-trip every wire code and every canonical value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...table.wireCodes), (code) => {
        const c = table.toCanonical(code);
        expect(c.ok).toBe(true);
        expect(value(table.fromCanonical(value(c)))).toBe(code);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.constantFrom(...table.canonicalValues), (v) => {
        expect(value(table.toCanonical(value(table.fromCanonical(v))))).toBe(v);
      }),
      RUNS,
    );
  });

  it('should reject anything else with code.unknown, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), (junk) => {
        fc.pre(!(table.wireCodes as readonly unknown[]).includes(String(junk)));
        const r = table.toCanonical(junk);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors[0]?.rule).toBe('code.unknown');
      }),
      RUNS,
    );
  });
});

describe('trangThaiHoSoCodes', () => {
  it('should map the DOMAIN.md §2 codes', () => {
    expect(value(trangThaiHoSoCodes.toCanonical('1'))).toBe('submitted');
    expect(value(trangThaiHoSoCodes.toCanonical('5'))).toBe('awaiting_supplement');
    expect(value(trangThaiHoSoCodes.toCanonical('10'))).toBe('returned');
    expect(value(trangThaiHoSoCodes.fromCanonical('suspended'))).toBe('8');
    expect(trangThaiHoSoCodes.toCanonical('0').ok).toBe(false);
  });

  it('should expose the reporting groups as wire codes and canonical statuses', () => {
    expect(trangThaiHoSoGroups.inProgress).toEqual(['2', '4']);
    expect(trangThaiHoSoGroups.received).toEqual(['2', '4', '5', '6', '7', '8', '9', '10']);
    expect(dossierStatusGroups.inProgress).toEqual(['received', 'processing']);
    expect(dossierStatusGroups.done).toEqual(['resolved', 'returned']);
    expect(dossierStatusGroups.supplement).toEqual(['awaiting_supplement']);
    expect(dossierStatusGroups.withdrawn).toEqual(['withdrawn']);
    expect(dossierStatusGroups.received).not.toContain('submitted');
    expect(dossierStatusGroups.received).not.toContain('rejected');
    expect(dossierStatusGroups.received).toHaveLength(8);
    expect(isInStatusGroup('returned', 'done')).toBe(true);
    expect(isInStatusGroup('withdrawn', 'done')).toBe(false);
    expect(isInStatusGroup('withdrawn', 'doneDecision766')).toBe(true);
  });
});

describe('simple portal tables', () => {
  it('should map the documented codes', () => {
    expect(value(kenhThucHienCodes.toCanonical('3'))).toBe('postal');
    expect(value(loaiDoiTuongCodes.toCanonical('2'))).toBe('enterprise');
    expect(value(mucDoCodes.toCanonical('4'))).toBe('full');
    expect(mucDoCodes.toCanonical('1').ok).toBe(false);
    expect(value(trangThaiSoHoaCodes.toCanonical('0'))).toBe('not_digitized');
    expect(value(loaiDinhDanhCodes.fromCanonical('legacy_id'))).toBe('2');
  });
});

describe('duocTaiSuDungFor', () => {
  it('should derive DuocTaiSuDung from TrangThaiSoHoa 2 → "1", 3 → "2", else "0"', () => {
    const derived = ['0', '1', '2', '3'].map((code) => {
      const state = value(trangThaiSoHoaCodes.toCanonical(code));
      return state === undefined ? undefined : duocTaiSuDungFor(state);
    });
    expect(derived).toEqual(['0', '0', '1', '2']);
  });
});
