// Tests for the canonical lookup request → PopulationRequest mapping.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import {
  createLookupToPopulationMapping,
  LOOKUP_TO_POPULATION_ID,
  lookupToPopulationCoverage,
} from './lookup-request.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

const mapping = createLookupToPopulationMapping({ maTichHop: '037', maDVC: 'VPCP' });
const input = fixture('lookup-request.input.json') as Record<string, unknown>;

const rules = (result: ReturnType<typeof mapping.run>) =>
  result.ok ? [] : result.errors.map((e) => `${e.path}:${e.rule}`);

describe('createLookupToPopulationMapping', () => {
  it('should map the golden request', () => {
    expect(mapping.id).toBe(LOOKUP_TO_POPULATION_ID);
    expect(mapping.run(input)).toEqual({
      ok: true,
      value: fixture('lookup-request.expected.json'),
      warnings: [],
    });
  });

  it('should send the request id as MaYeuCau, never a timestamp', () => {
    const result = mapping.run({ ...input, requestId: '20250703093000' });
    expect(rules(result)).toEqual(['requestId:schema.invalid_format']);
    const other = mapping.run({ ...input, requestId: '3f2b8c1d-4e5a-4b6c-8d7e-9f0a1b2c3d4e' });
    expect(other.ok && other.value.MaYeuCau).toBe('3f2b8c1d-4e5a-4b6c-8d7e-9f0a1b2c3d4e');
  });

  it('should send a legacy 9-digit CMND as SoCMND', () => {
    const result = mapping.run({ ...input, idNumber: '012345678' });
    expect(result.ok && [result.value.SoDinhDanh, result.value.SoCMND]).toEqual(['', '012345678']);
  });

  it('should report a personal ID whose year digits disagree with the birth date at idNumber, masked', () => {
    const result = mapping.run({ ...input, birthDate: '1991-03-15' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        expect.objectContaining({
          path: 'idNumber',
          rule: 'personal_id.year_mismatch',
          value: '00********45',
        }),
      ]);
    }
  });

  it('should refuse dates that do not exist and malformed IDs as field errors', () => {
    expect(rules(mapping.run({ ...input, birthDate: '31/02/2024' }))).toEqual([
      'birthDate:schema.invalid_format',
    ]);
    expect(rules(mapping.run({ ...input, birthDate: '2024-02-31' }))).toEqual([
      'birthDate:schema.invalid_format',
    ]);
    expect(rules(mapping.run({ ...input, idNumber: '0011900123' }))).toEqual([
      'idNumber:identity_number.wrong_length',
    ]);
  });

  it('should require an officer unless a default one is configured', () => {
    const { officer: _officer, ...anonymous } = input;
    expect(rules(mapping.run(anonymous))).toEqual(['officer:value.required']);
    const system = createLookupToPopulationMapping({
      maTichHop: '037',
      maDVC: 'VPCP',
      defaultOfficer: 'he-thong.lienthong',
    });
    const result = system.run(anonymous);
    expect(result.ok && result.value.MaCanBo).toBe('he-thong.lienthong');
  });

  it('should send NFD and NFC names identically', () => {
    const nfd = mapping.run({ ...input, fullName: String(input.fullName).normalize('NFD') });
    const nfc = mapping.run(input);
    expect(nfd.ok && nfd.value.HoVaTen).toBe('Nguyễn Thị Thu Hương');
    expect(nfd).toEqual(nfc);
  });

  it('should cover every wire field', () => {
    expect(uncoveredFields(lookupToPopulationCoverage)).toEqual([]);
    expect(invalidCoverageEntries(lookupToPopulationCoverage)).toEqual([]);
  });
});
