import { describe, expect, it } from 'vitest';
import { IdentityNumberSchema, validateIdentityNumber } from './identity-number.ts';
import { zodIssueCode } from './validation-result.ts';

describe('validateIdentityNumber', () => {
  it('should sort a 12-digit number as a personal ID (LoaiDinhDanh 1)', () => {
    const result = validateIdentityNumber('001090000123', { birthDate: '1990-05-12' });
    expect(result).toMatchObject({ ok: true, kind: 'personal_id', legacy: false });
  });

  it('should sort a 9-digit number as a legacy ID card (LoaiDinhDanh 2)', () => {
    expect(validateIdentityNumber('012345678', { birthDate: '1990-05-12' })).toEqual({
      ok: true,
      value: '012345678',
      kind: 'legacy_id',
      legacy: true,
    });
  });

  it('should apply the holder checks to a 12-digit number', () => {
    const result = validateIdentityNumber('001090000123', { birthDate: '1991-05-12' });
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['personal_id.year_mismatch']);
  });

  it.each([
    ['0123456789', 'identity_number.wrong_length'],
    ['12345', 'identity_number.wrong_length'],
    ['C1234567', 'identity_number.not_digits'],
  ])('should reject %j with %s', (input, code) => {
    const result = validateIdentityNumber(input);
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual([code]);
  });

  it('should explain which lengths are accepted', () => {
    const result = validateIdentityNumber('0123456789');
    expect(!result.ok && result.issues[0]?.message).toBe(
      'The identity number must have 12 digits (personal ID) or 9 digits (legacy ID card)',
    );
  });
});

describe('IdentityNumberSchema', () => {
  it('should accept both kinds and report the personal-ID codes of a bad 12-digit number', () => {
    expect(IdentityNumberSchema.safeParse('012345678').success).toBe(true);
    expect(IdentityNumberSchema.safeParse('001090000123').success).toBe(true);
    expect(IdentityNumberSchema.safeParse('003090000123').error?.issues.map(zodIssueCode)).toEqual([
      'personal_id.unknown_province',
    ]);
  });
});
