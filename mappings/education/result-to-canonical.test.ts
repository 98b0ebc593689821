// Tests for TraCuuKetQua → canonical status and results.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { educationTraCuuKetQuaExample } from '../../contracts/wire/education/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import {
  EDUCATION_RESULT_TO_CANONICAL_ID,
  educationResultToCanonical,
  educationResultToCanonicalCoverage,
} from './result-to-canonical.ts';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

const input = fixture('result.input');
const errors = (value: unknown) => {
  const result = educationResultToCanonical.run(value);
  return result.ok ? [] : result.errors.map((e) => `${e.path}:${e.rule}`);
};

describe('educationResultToCanonical', () => {
  it('should map the golden answer: status, return instant at +07:00, numbered and unnumbered results', () => {
    expect(educationResultToCanonical.id).toBe(EDUCATION_RESULT_TO_CANONICAL_ID);
    expect(educationResultToCanonical.run(input)).toEqual({
      ok: true,
      value: fixture('result.expected'),
      warnings: [],
    });
  });

  it('should read the soap-parsed Date of NgayTra like its text', () => {
    const parsed = { ...input, NgayTra: new Date(String(input.NgayTra)) };
    expect(educationResultToCanonical.run(parsed)).toEqual(educationResultToCanonical.run(input));
  });

  it('should map an answer without results or return date', () => {
    expect(educationResultToCanonical.run({ TrangThaiHoSo: '4' })).toEqual({
      ok: true,
      value: { status: 'processing', results: [] },
      warnings: [],
    });
    const example = educationResultToCanonical.run(educationTraCuuKetQuaExample);
    expect(example.ok && example.value.results[0]?.documentNumber).toBe('215/GBTT-PĐP');
  });

  it('should refuse unknown status codes and non-http result links as field errors', () => {
    expect(errors({ ...input, TrangThaiHoSo: '11' })).toEqual([
      'TrangThaiHoSo:schema.invalid_value',
    ]);
    expect(errors({ ...input, NgayTra: '2025-02-30T10:00:00+07:00' })).toEqual([
      'NgayTra:schema.invalid_format',
    ]);
    const ftp = {
      ...input,
      KetQua: [
        { TenGiayTo: 'Giấy báo', SoKyHieu: '1', DuongDan: 'ftp://giaoduc.example.gov.vn/1.pdf' },
      ],
    };
    expect(errors(ftp)).toEqual(['results[0].fileUrl:output.invalid_format']);
  });

  it('should map NFD names like NFC ones', () => {
    const nfd = {
      ...input,
      KetQua: (input.KetQua as Record<string, string>[]).map((k) => ({
        ...k,
        TenGiayTo: String(k.TenGiayTo).normalize('NFD'),
      })),
    };
    expect(educationResultToCanonical.run(nfd)).toEqual(educationResultToCanonical.run(input));
  });

  it('should cover every wire field', () => {
    expect(uncoveredFields(educationResultToCanonicalCoverage)).toEqual([]);
    expect(invalidCoverageEntries(educationResultToCanonicalCoverage)).toEqual([]);
  });
});
