import { describe, expect, it } from 'vitest';
import { EmailSchema, validateEmail } from './email.ts';
import { zodIssueCode } from './validation-result.ts';

const codesOf = (r: ReturnType<typeof validateEmail>) => (r.ok ? [] : r.issues.map((i) => i.code));

describe('validateEmail', () => {
  it('should lower-case the domain and keep the name part', () => {
    expect(validateEmail(' Nguyen.Van.A@HaNoi.Gov.VN ')).toEqual({
      ok: true,
      value: 'Nguyen.Van.A@hanoi.gov.vn',
      domain: 'hanoi.gov.vn',
    });
  });

  it.each(['a+tag@example.vn', "o'brien@mail.example.com", 'x_y-z@sub-domain.example.org'])(
    'should accept %s',
    (input) => {
      expect(validateEmail(input).ok).toBe(true);
    },
  );

  it.each([
    ['plainaddress', 'email.invalid_format'],
    ['@example.vn', 'email.invalid_format'],
    ['a@localhost', 'email.invalid_format'],
    ['a..b@example.vn', 'email.invalid_format'],
    ['.a@example.vn', 'email.invalid_format'],
    ['a b@example.vn', 'email.invalid_format'],
    ['a@-example.vn', 'email.invalid_format'],
    ['a@example.v', 'email.invalid_format'],
    ['a@[127.0.0.1]', 'email.invalid_format'],
    [`${'a'.repeat(65)}@example.vn`, 'email.too_long'],
    [`a@${`${'b'.repeat(60)}.`.repeat(5)}vn`, 'email.too_long'],
  ])('should reject %j with %s', (input, code) => {
    expect(codesOf(validateEmail(input))).toEqual([code]);
  });

  it('should not echo the address in its message', () => {
    const result = validateEmail('nguyen.van.a@@example.vn');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.message).toBe(
      'The e-mail address is not of the form name@domain.tld',
    );
  });
});

describe('EmailSchema', () => {
  it('should refuse an upper-case domain as not normalised', () => {
    expect(EmailSchema.safeParse('a@example.vn').success).toBe(true);
    expect(EmailSchema.safeParse('a@Example.vn').error?.issues.map(zodIssueCode)).toEqual([
      'email.not_normalized',
    ]);
  });
});
