// Tests for the national catalogue: LayThuTuc → Procedure and LayDanhSachTTHC → summary, lenient but never silent.
import { describe, expect, it } from 'vitest';
import { portalProcedureExample } from '../../contracts/wire/national-portal/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import khaiSinhExpected from './fixtures/procedure-khai-sinh.canonical.expected.json' with {
  type: 'json',
};
import khaiSinh from './fixtures/procedure-khai-sinh.portal.json' with { type: 'json' };
import listExpected from './fixtures/procedure-list.canonical.expected.json' with { type: 'json' };
import list from './fixtures/procedure-list.portal.json' with { type: 'json' };
import { procedureToCanonical, procedureToCanonicalCoverage } from './procedure-from-portal.ts';
import {
  procedureSummaryToCanonical,
  procedureSummaryToCanonicalCoverage,
} from './procedure-summary-from-portal.ts';

const rules = (r: ReturnType<typeof procedureToCanonical.run>) =>
  r.ok ? [] : r.errors.map((e) => [e.path, e.rule]);

describe('procedureToCanonical', () => {
  it('should map the golden procedure, dropping blank entries and bad URLs with warnings', () => {
    expect(procedureToCanonical.run(khaiSinh)).toEqual(khaiSinhExpected);
  });

  it('should map KENH 1/2/3 to channels and TRANGTHAI 1 only to published', () => {
    const result = procedureToCanonical.run(khaiSinh);
    if (!result.ok) expect.fail('should map');
    expect(result.value.channels.map((c) => c.channel)).toEqual(['in_person', 'online', 'postal']);
    expect(result.value.published).toBe(true);
    for (const TRANGTHAI of [0, 2, -1]) {
      expect(procedureToCanonical.run({ ...khaiSinh, TRANGTHAI })).toMatchObject({
        value: { published: false },
      });
    }
  });

  it('should give field errors for an unknown KENH, a non-national MATTHC and a blank name', () => {
    const channels = [{ ...portalProcedureExample.CACHTHUCTHUCHIEN[0]!, KENH: '4' }];
    expect(
      rules(procedureToCanonical.run({ ...portalProcedureExample, CACHTHUCTHUCHIEN: channels })),
    ).toEqual([['CACHTHUCTHUCHIEN[0].KENH', 'schema.invalid_value']]);
    expect(
      rules(
        procedureToCanonical.run({ ...portalProcedureExample, MATTHC: '1.001193.000.00.00.H26' }),
      ),
    ).toEqual([['MATTHC', 'procedure.not_national_code']]);
    expect(rules(procedureToCanonical.run({ ...portalProcedureExample, TENTTHC: ' ' }))).toEqual([
      ['TENTTHC', 'value.required'],
    ]);
  });

  it('should map NFD and NFC catalogue text identically', () => {
    const nfd = {
      ...portalProcedureExample,
      TENTTHC: portalProcedureExample.TENTTHC.normalize('NFD'),
    };
    expect(procedureToCanonical.run(nfd)).toEqual(procedureToCanonical.run(portalProcedureExample));
  });

  it('should read MADONVI as the agency e-ID only when it is one', () => {
    const result = procedureToCanonical.run(khaiSinh);
    expect(result.ok && result.value.agencies).toEqual([
      { code: '000.00.01.H26', eId: '000.00.01.H26', name: 'UBND phường Ba Đình' },
      { code: 'G09', name: 'Bộ Tư pháp' },
    ]);
  });
});

describe('procedureSummaryToCanonical', () => {
  it('should map the golden LayDanhSachTTHC items', () => {
    expect(list.map((i) => procedureSummaryToCanonical.run(i))).toEqual(listExpected);
  });

  it('should refuse a local variant code as the national code', () => {
    const result = procedureSummaryToCanonical.run({
      MATTHC: '2.000477.000.00.00.H56',
      TENTTHC: 'Thủ tục',
    });
    expect(result.ok ? [] : result.errors.map((e) => e.rule)).toEqual([
      'procedure.not_national_code',
    ]);
  });
});

describe('catalogue coverage', () => {
  it('should map every LayThuTuc and LayDanhSachTTHC field', () => {
    for (const coverage of [procedureToCanonicalCoverage, procedureSummaryToCanonicalCoverage]) {
      expect(uncoveredFields(coverage)).toEqual([]);
      expect(invalidCoverageEntries(coverage)).toEqual([]);
    }
  });
});
