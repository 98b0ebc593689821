// Tests for the health result query and birth-certificate lookup → canonical records.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  healthGiayChungSinhExample,
  healthResultItemExample,
} from '../../contracts/wire/health/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import {
  CERTIFICATE_TO_CANONICAL_ID,
  certificateToCanonical,
  certificateToCanonicalCoverage,
} from './certificate-to-canonical.ts';
import {
  HEALTH_RESULT_TO_CANONICAL_ID,
  healthResultToCanonical,
  healthResultToCanonicalCoverage,
} from './result-to-canonical.ts';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are free-form JSON patched by path in tests
type Json = Record<string, any>;
const fixture = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

const results = fixture('result.input');
const certificate = fixture('certificate.input');

const errors = (result: { ok: boolean; errors?: { path: string; rule: string }[] }) =>
  result.ok ? [] : (result.errors ?? []).map((e) => `${e.path}:${e.rule}`);

/** The result answer with fields of the first item (or of its ketQuaXuLy) replaced. */
function withItem(item: Json, ketQua: Json = {}): Json {
  const copy = structuredClone(results);
  Object.assign(copy.value[0], item);
  Object.assign(copy.value[0].ketQuaXuLy, ketQua);
  return copy;
}

describe('healthResultToCanonical', () => {
  it('should map the golden answer: a registered birth and a dossier awaiting a supplement', () => {
    expect(healthResultToCanonical.id).toBe(HEALTH_RESULT_TO_CANONICAL_ID);
    expect(healthResultToCanonical.run(results)).toEqual({
      ok: true,
      value: fixture('result.expected'),
      warnings: [],
    });
  });

  it('should map the contract example item to a returned dossier with its birth certificate', () => {
    const result = healthResultToCanonical.run({ status: 1, value: [healthResultItemExample] });
    const [state] = result.ok ? result.value.dossiers : [];
    expect(state?.status).toBe('returned');
    expect(state?.results).toEqual([
      {
        name: 'Giấy khai sinh',
        resultCode: 'KQ.G09-TP01.000001',
        fileUrl: 'https://hotich.example.gov.vn/files/giay-khai-sinh-000318.pdf',
        documentNumber: '125',
        signedOn: '2025-07-04',
      },
    ]);
  });

  it('should treat status 0 as the health system refusing, not as no results', () => {
    expect(errors(healthResultToCanonical.run({ ...results, status: 0, value: [] }))).toEqual([
      'status:health.upstream_failure',
    ]);
  });

  it('should report bad items as field errors at their paths', () => {
    const at = 'value[0]';
    expect(errors(healthResultToCanonical.run(withItem({ trangThai: '11' })))).toEqual([
      `${at}.trangThai:code.unknown`,
    ]);
    expect(
      errors(healthResultToCanonical.run(withItem({ thoiGianThucHien: '2025-07-04 14:45' }))),
    ).toEqual([`${at}.thoiGianThucHien:date.invalid_format`]);
    expect(
      errors(healthResultToCanonical.run(withItem({}, { nksNgaySinh: '31/02/2025' }))),
    ).toEqual([`${at}.ketQuaXuLy.nksNgaySinh:date.invalid_calendar_date`]);
    expect(errors(healthResultToCanonical.run(withItem({}, { nksGioiTinh: 2 })))).toEqual([
      `${at}.ketQuaXuLy.soDinhDanh:personal_id.sex_mismatch`,
    ]);
    expect(errors(healthResultToCanonical.run(withItem({ maHoSoMCDT: 'HS0012' })))).toEqual([
      `${at}.maHoSoMCDT:dossier_code.invalid_format`,
    ]);
  });

  it('should map NFD names like NFC ones', () => {
    const nfd = withItem({}, { nksHoTen: 'Trần Minh Khôi'.normalize('NFD') });
    expect(healthResultToCanonical.run(nfd)).toEqual(healthResultToCanonical.run(results));
  });

  it('should cover every wire field', () => {
    expect(uncoveredFields(healthResultToCanonicalCoverage)).toEqual([]);
    expect(invalidCoverageEntries(healthResultToCanonicalCoverage)).toEqual([]);
  });
});

describe('certificateToCanonical', () => {
  it('should map the golden certificate, the mother three-tier', () => {
    expect(certificateToCanonical.id).toBe(CERTIFICATE_TO_CANONICAL_ID);
    expect(certificateToCanonical.run(certificate)).toEqual({
      ok: true,
      value: fixture('certificate.expected'),
      warnings: [],
    });
    const example = certificateToCanonical.run({ status: 1, value: healthGiayChungSinhExample });
    expect(example.ok && example.value.outcome).toBe('found');
  });

  it('should answer value null as not found and status 0 as an error', () => {
    expect(certificateToCanonical.run({ status: 1, value: null })).toEqual({
      ok: true,
      value: { outcome: 'not_found' },
      warnings: [],
    });
    expect(
      errors(certificateToCanonical.run({ status: 0, statusDescription: 'Lỗi', value: null })),
    ).toEqual(['status:health.upstream_failure']);
  });

  it('should check a 12-digit mother ID against her birth date and keep other documents as given', () => {
    const bad = { ...certificate, value: { ...certificate.value, meNgaySinh: '15/03/1991' } };
    expect(errors(certificateToCanonical.run(bad))).toEqual([
      'value.meSoGiayTo:personal_id.year_mismatch',
    ]);
    const passport = { ...certificate, value: { ...certificate.value, meSoGiayTo: 'C1234567' } };
    const result = certificateToCanonical.run(passport);
    expect(
      result.ok && result.value.outcome === 'found' && result.value.certificate.mother.idNumber,
    ).toBe('C1234567');
  });

  it('should refuse impossible dates and unknown sex codes as field errors', () => {
    const badDay = { ...certificate, value: { ...certificate.value, nksNgaySinh: '30/02/2025' } };
    expect(errors(certificateToCanonical.run(badDay))).toEqual([
      'value.nksNgaySinh:date.invalid_calendar_date',
    ]);
    const badSex = { ...certificate, value: { ...certificate.value, nksGioiTinh: '0' } };
    expect(errors(certificateToCanonical.run(badSex))).toEqual([
      'value.nksGioiTinh:schema.invalid_value',
    ]);
  });

  it('should cover every wire field', () => {
    expect(uncoveredFields(certificateToCanonicalCoverage)).toEqual([]);
    expect(invalidCoverageEntries(certificateToCanonicalCoverage)).toEqual([]);
  });
});
