import { describe, expect, it } from 'vitest';
import { PhoneNumberSchema, validatePhoneNumber } from './phone-number.ts';
import { zodIssueCode } from './validation-result.ts';

const codesOf = (r: ReturnType<typeof validatePhoneNumber>) =>
  r.ok ? [] : r.issues.map((i) => i.code);

describe('validatePhoneNumber', () => {
  it('should accept a 10-digit mobile and give its +84 form', () => {
    expect(validatePhoneNumber('0912345678')).toEqual({
      ok: true,
      value: '0912345678',
      kind: 'mobile',
      e164: '+84912345678',
    });
  });

  it.each([
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['091-234-5678', '0912345678'],
    [' 0387654321 ', '0387654321'],
    ['0871234567', '0871234567'],
    ['0591234567', '0591234567'],
  ])('should normalise the mobile %j to %s', (input, value) => {
    const result = validatePhoneNumber(input);
    expect(result.ok && [result.value, result.kind]).toEqual([value, 'mobile']);
  });

  it.each([
    ['024 3825 1234', '02438251234'],
    ['(028) 3829 1234', '02838291234'],
    ['+84 203 3825 123', '02033825123'],
    ['0237 385 1234', '02373851234'],
  ])('should accept the 11-digit landline %j as %s', (input, value) => {
    const result = validatePhoneNumber(input);
    expect(result.ok && [result.value, result.kind]).toEqual([value, 'landline']);
  });

  it.each([
    ['0912a45678', 'phone.invalid_characters'],
    ['tel:0912345678', 'phone.invalid_characters'],
    ['091234567', 'phone.wrong_length'],
    ['09123456789', 'phone.unknown_prefix'],
    ['0951234567', 'phone.unknown_prefix'],
    ['0311234567', 'phone.unknown_prefix'],
    ['0123456789', 'phone.unknown_prefix'],
    ['02012345678', 'phone.unknown_prefix'],
    ['0241234567', 'phone.unknown_prefix'],
    ['+1 202 555 0100', 'phone.unknown_prefix'],
    ['+8491234567', 'phone.wrong_length'],
  ])('should reject %j with %s', (input, code) => {
    expect(codesOf(validatePhoneNumber(input))).toEqual([code]);
  });

  it('should say which prefixes are meant', () => {
    const result = validatePhoneNumber('0951234567');
    expect(!result.ok && result.issues[0]?.message).toBe(
      'The phone number does not start with a Vietnamese mobile or landline prefix',
    );
  });
});

describe('PhoneNumberSchema', () => {
  it('should accept only the normalised 0… form', () => {
    expect(PhoneNumberSchema.safeParse('0912345678').success).toBe(true);
    expect(PhoneNumberSchema.safeParse('+84912345678').error?.issues.map(zodIssueCode)).toEqual([
      'phone.not_normalized',
    ]);
  });
});
