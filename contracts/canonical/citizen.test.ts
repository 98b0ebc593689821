import { describe, expect, it } from 'vitest';
import { zodIssueCode } from '../validators/validation-result.ts';
import { CitizenSchema } from './citizen.ts';
import { exampleCitizen } from './examples.ts';

describe('CitizenSchema', () => {
  it('should accept the example citizen', () => {
    expect(CitizenSchema.parse(exampleCitizen)).toEqual(exampleCitizen);
  });

  it('should need only a kind and a full name', () => {
    expect(CitizenSchema.safeParse({ kind: 'citizen', fullName: 'Trần Thị B' }).success).toBe(true);
  });

  it('should refuse unknown fields and empty strings for absent values', () => {
    const result = CitizenSchema.safeParse({ ...exampleCitizen, hoVaTen: 'x', taxCode: '' });
    expect(result.error?.issues.map(zodIssueCode).sort()).toEqual([
      'invalid_format',
      'unrecognized_keys',
    ]);
  });

  it('should cross-check the personal ID against birth date and sex', () => {
    const result = CitizenSchema.safeParse({
      ...exampleCitizen,
      birthDate: '1991-05-12',
      sex: 'female',
    });
    expect(result.error?.issues.map(zodIssueCode)).toEqual([
      'personal_id.year_mismatch',
      'personal_id.sex_mismatch',
    ]);
    expect(result.error?.issues.every((i) => i.path.join('.') === 'personalId')).toBe(true);
  });

  it('should cross-check the personal ID against a birth year alone', () => {
    const { birthDate: _, ...noDate } = exampleCitizen;
    const result = CitizenSchema.safeParse({ ...noDate, birthYear: 2090 });
    expect(result.error?.issues.map(zodIssueCode)).toEqual(['personal_id.century_mismatch']);
  });

  it('should refuse a birth year that contradicts the birth date', () => {
    const result = CitizenSchema.safeParse({ ...exampleCitizen, birthYear: 1989 });
    expect(result.error?.issues.map(zodIssueCode)).toContain('citizen.birth_year_mismatch');
  });

  it('should refuse a structurally bad ID with the validator code', () => {
    const result = CitizenSchema.safeParse({ ...exampleCitizen, personalId: '003090000123' });
    expect(result.error?.issues.map(zodIssueCode)).toEqual(['personal_id.unknown_province']);
  });

  it('should refuse an unnormalised phone', () => {
    const result = CitizenSchema.safeParse({ ...exampleCitizen, phone: '+84912345678' });
    expect(result.error?.issues.map(zodIssueCode)).toEqual(['phone.not_normalized']);
  });
});
