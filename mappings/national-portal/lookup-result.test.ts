// Tests for TraCuuHoSo → lookup result: found or not (isUpdating), status, latest event date, errors as data.
import { describe, expect, it } from 'vitest';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import foundExpected from './fixtures/lookup-found.canonical.expected.json' with { type: 'json' };
import found from './fixtures/lookup-found.portal.json' with { type: 'json' };
import { isUpdatingFor, lookupToCanonical, lookupToCanonicalCoverage } from './lookup-result.ts';

const header = found.result[0]!;

describe('lookupToCanonical', () => {
  it('should map a found dossier to its status and latest event date (golden)', () => {
    expect(lookupToCanonical.run(found)).toEqual(foundExpected);
  });

  it('should treat an empty or absent result as not found, and set isUpdating accordingly', () => {
    const empty = lookupToCanonical.run({
      error_code: '0',
      message: 'Không có dữ liệu',
      result: [],
    });
    expect(empty).toEqual({ ok: true, value: { found: false }, warnings: [] });
    expect(lookupToCanonical.run({ error_code: 0 })).toMatchObject({ value: { found: false } });
    expect(isUpdatingFor({ found: false })).toBe('False');
    expect(isUpdatingFor({ found: true, status: 'processing' })).toBe('True');
  });

  it('should use the latest of the event dates, not the due date', () => {
    const result = lookupToCanonical.run({
      error_code: 0,
      result: [
        {
          MaHoSo: header.MaHoSo,
          TrangThaiHoSo: '4',
          NgayTiepNhan: '20250314082000',
          NgayHenTra: '20301231170000',
          NgayTra: '',
        },
      ],
    });
    expect(result).toMatchObject({
      ok: true,
      value: { status: 'processing', updatedAt: '2025-03-14T08:20:00+07:00' },
    });
  });

  it('should report an error answer as an error, without echoing the portal message', () => {
    const result = lookupToCanonical.run({ error_code: -1, message: 'Phiên làm việc đã hết hạn' });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'error_code',
          rule: 'portal.error_response',
          message: 'TraCuuHoSo answered with an error code',
          value: '-1',
        },
      ],
    });
  });

  it('should give field errors for an unknown status and 31 February', () => {
    const run = (patch: object) => {
      const r = lookupToCanonical.run({ error_code: 0, result: [{ ...header, ...patch }] });
      return r.ok ? [] : r.errors.map((e) => [e.path, e.rule]);
    };
    expect(run({ TrangThaiHoSo: '11' })).toEqual([
      ['result[0].TrangThaiHoSo', 'schema.invalid_value'],
    ]);
    expect(run({ NgayTra: '20250231000000' })).toEqual([['result[0].NgayTra', 'schema.custom']]);
  });

  it('should leave a malformed passed-through date out of updatedAt with a warning', () => {
    const result = lookupToCanonical.run({
      error_code: 0,
      result: [{ ...header, NgayKetThucXuLy: '2025-03-20' }],
    });
    if (!result.ok) expect.fail('should map');
    expect(result.value.updatedAt).toBe('2025-03-17T14:30:00+07:00');
    expect(result.warnings.map((w) => [w.path, w.rule])).toEqual([
      ['result[0].NgayKetThucXuLy', 'date.ignored'],
    ]);
  });

  it('should warn when the portal returns several dossiers', () => {
    const result = lookupToCanonical.run({ error_code: 0, result: [header, { MaHoSo: 'X' }] });
    expect(result.ok && result.warnings.map((w) => w.rule)).toEqual(['lookup.multiple_results']);
  });
});

describe('lookupToCanonical coverage', () => {
  it('should map or knowingly ignore every TraCuuHoSo field', () => {
    expect(uncoveredFields(lookupToCanonicalCoverage)).toEqual([]);
    expect(invalidCoverageEntries(lookupToCanonicalCoverage)).toEqual([]);
  });
});
