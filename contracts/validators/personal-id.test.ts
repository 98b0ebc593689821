import { describe, expect, it } from 'vitest';
import { PERSONAL_ID_ISSUES, PersonalIdSchema, validatePersonalId } from './personal-id.ts';
import { zodIssueCode } from './validation-result.ts';

const codesOf = (r: ReturnType<typeof validatePersonalId>) =>
  r.ok ? [] : r.issues.map((i) => i.code);

describe('validatePersonalId', () => {
  it('should decode a Hà Nội male born in 1990', () => {
    const result = validatePersonalId('001090000123', { birthDate: '1990-05-12', sex: 'male' });
    expect(result).toEqual({
      ok: true,
      value: '001090000123',
      legacy: false,
      decoded: {
        provinceCode: '001',
        adminProvinceCode: '01',
        provinceName: 'Thành phố Hà Nội',
        century: 1900,
        sex: 'male',
        yearDigits: '90',
        birthYear: 1990,
      },
    });
  });

  it('should decode G=3 as a woman born in the 2000s', () => {
    const result = validatePersonalId('079305001234', { birthYear: 2005, sex: 'female' });
    expect(result.ok && result.decoded).toMatchObject({
      century: 2000,
      sex: 'female',
      birthYear: 2005,
    });
  });

  it('should decode G=9 as the 2300s and G=8 as male', () => {
    const g9 = validatePersonalId('001900000001');
    const g8 = validatePersonalId('001800000001');
    expect(g9.ok && g9.decoded).toMatchObject({ century: 2300, sex: 'female' });
    expect(g8.ok && g8.decoded).toMatchObject({ century: 2300, sex: 'male' });
  });

  it('should trim surrounding whitespace into the normalised value', () => {
    const result = validatePersonalId(' 001090000123 ');
    expect(result.ok && result.value).toBe('001090000123');
  });

  it.each([
    ['00109000012a', 'personal_id.not_digits'],
    ['001 090 000123', 'personal_id.not_digits'],
    ['', 'personal_id.not_digits'],
    ['00109000012', 'personal_id.wrong_length'],
    ['0010900001234', 'personal_id.wrong_length'],
    ['003090000123', 'personal_id.unknown_province'],
    ['097090000123', 'personal_id.unknown_province'],
    ['101090000123', 'personal_id.unknown_province'],
  ])('should reject %j with %s', (input, code) => {
    expect(codesOf(validatePersonalId(input))).toEqual([code]);
  });

  it('should report a century mismatch when G says 1900s but the birth year is 2001', () => {
    expect(codesOf(validatePersonalId('001001000123', { birthDate: '2001-02-03' }))).toEqual([
      'personal_id.century_mismatch',
    ]);
  });

  it('should report a year mismatch when YY differs from the birth year', () => {
    expect(codesOf(validatePersonalId('001091000123', { birthDate: '1990-05-12' }))).toEqual([
      'personal_id.year_mismatch',
    ]);
  });

  it('should report a sex mismatch when G is odd for a man', () => {
    expect(codesOf(validatePersonalId('001190000123', { sex: 'male' }))).toEqual([
      'personal_id.sex_mismatch',
    ]);
  });

  it('should report a birth year outside 1900–2399 as a century mismatch', () => {
    expect(codesOf(validatePersonalId('001090000123', { birthYear: 1890 }))).toEqual([
      'personal_id.century_mismatch',
    ]);
  });

  it('should report an impossible birth date to check against', () => {
    expect(codesOf(validatePersonalId('001090000123', { birthDate: '1990-02-30' }))).toEqual([
      'personal_id.invalid_birth_date',
    ]);
  });

  it('should prefer the birth date over the birth year', () => {
    expect(
      validatePersonalId('001090000123', { birthDate: '1990-01-01', birthYear: 1991 }).ok,
    ).toBe(true);
  });

  it('should report every broken rule at once', () => {
    expect(
      codesOf(validatePersonalId('003191000123', { birthDate: '2090-01-01', sex: 'male' })),
    ).toEqual([
      'personal_id.unknown_province',
      'personal_id.century_mismatch',
      'personal_id.year_mismatch',
      'personal_id.sex_mismatch',
    ]);
  });

  it('should use the English message of its table and never echo the number', () => {
    const result = validatePersonalId('003090000123', { birthDate: '1991-01-01' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        code: 'personal_id.unknown_province',
        message: 'The first three digits are not a known province-of-birth code',
      },
      { code: 'personal_id.year_mismatch', message: 'The year digits do not match the birth year' },
    ]);
    for (const issue of result.issues) expect(issue.message).not.toContain('003090000123');
  });

  it('should have a message for every code', () => {
    for (const [code, message] of Object.entries(PERSONAL_ID_ISSUES)) {
      expect(code).toMatch(/^personal_id\.[a-z_]+$/);
      expect(message.length).toBeGreaterThan(10);
    }
  });
});

describe('PersonalIdSchema', () => {
  it('should accept a canonical personal ID', () => {
    expect(PersonalIdSchema.safeParse('001090000123').success).toBe(true);
  });

  it('should turn each issue into a zod issue carrying params.code', () => {
    const result = PersonalIdSchema.safeParse('003090000123');
    expect(result.error?.issues).toEqual([
      {
        code: 'custom',
        message: 'The first three digits are not a known province-of-birth code',
        params: { code: 'personal_id.unknown_province' },
        path: [],
      },
    ]);
  });

  it('should reject a valid ID that is not in normalised form', () => {
    const result = PersonalIdSchema.safeParse(' 001090000123');
    expect(result.error?.issues.map(zodIssueCode)).toEqual(['personal_id.not_normalized']);
  });
});
