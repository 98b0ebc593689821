import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EnterpriseCodeSchema,
  enterpriseCheckDigit,
  validateEnterpriseCode,
} from './enterprise-code.ts';
import { zodIssueCode } from './validation-result.ts';

const codesOf = (r: ReturnType<typeof validateEnterpriseCode>) =>
  r.ok ? [] : r.issues.map((i) => i.code);

describe('validateEnterpriseCode', () => {
  it.each(['0100109106', '0300588569', '0101248141', '0100112437', '0101245486'])(
    'should accept the published code %s',
    (code) => {
      expect(validateEnterpriseCode(code)).toEqual({
        ok: true,
        value: code,
        baseCode: code,
        dependentUnit: false,
      });
    },
  );

  it('should accept a dependent unit written with a hyphen', () => {
    expect(validateEnterpriseCode('0100109106-001')).toEqual({
      ok: true,
      value: '0100109106-001',
      baseCode: '0100109106',
      unitSuffix: '001',
      dependentUnit: true,
    });
  });

  it('should normalise 13 run-together digits to the hyphen form', () => {
    const result = validateEnterpriseCode(' 0100109106001 ');
    expect(result.ok && result.value).toBe('0100109106-001');
  });

  it.each([
    ['010010910', 'enterprise_code.invalid_format'],
    ['01001091061', 'enterprise_code.invalid_format'],
    ['0100109106-01', 'enterprise_code.invalid_format'],
    ['0100109106_001', 'enterprise_code.invalid_format'],
    ['01001O9106', 'enterprise_code.invalid_format'],
    ['0100109107', 'enterprise_code.check_digit'],
    ['0100109106-000', 'enterprise_code.invalid_unit_suffix'],
  ])('should reject %j with %s', (input, code) => {
    expect(codesOf(validateEnterpriseCode(input))).toEqual([code]);
  });

  it('should reject a code whose weighted sum leaves remainder 0 (no check digit exists)', () => {
    // 0,0,0,0,0,0,0,0,0 sums to 0: N10 would have to be 10.
    expect(enterpriseCheckDigit('000000000')).toBeUndefined();
    expect(codesOf(validateEnterpriseCode('0000000000'))).toEqual(['enterprise_code.check_digit']);
  });

  it('should state the check-digit rule in English', () => {
    const result = validateEnterpriseCode('0100109107');
    expect(!result.ok && result.issues[0]?.message).toBe(
      'The tenth digit is not the check digit of the first nine',
    );
  });
});

describe('validateEnterpriseCode (properties)', () => {
  const firstNine = fc
    .stringMatching(/^\d{9}$/)
    .filter((s) => enterpriseCheckDigit(s) !== undefined);

  it('should accept the first nine digits followed by their check digit', () => {
    fc.assert(
      fc.property(firstNine, (nine) => {
        expect(validateEnterpriseCode(`${nine}${enterpriseCheckDigit(nine)}`).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('should detect any single changed digit among the ten', () => {
    fc.assert(
      fc.property(
        firstNine,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (nine, position, shift) => {
          const code = `${nine}${enterpriseCheckDigit(nine)}`;
          const digit = String((Number(code[position]) + shift) % 10);
          const mutated = code.slice(0, position) + digit + code.slice(position + 1);
          expect(codesOf(validateEnterpriseCode(mutated))).toEqual(['enterprise_code.check_digit']);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('EnterpriseCodeSchema', () => {
  it('should accept canonical forms and refuse the run-together 13-digit form', () => {
    expect(EnterpriseCodeSchema.safeParse('0100109106').success).toBe(true);
    expect(EnterpriseCodeSchema.safeParse('0100109106-001').success).toBe(true);
    expect(EnterpriseCodeSchema.safeParse('0100109106001').error?.issues.map(zodIssueCode)).toEqual(
      ['enterprise_code.not_normalized'],
    );
  });
});
