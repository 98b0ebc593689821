import { describe, expect, it } from 'vitest';
import { LegacyIdSchema, validateLegacyId } from './legacy-id.ts';
import { zodIssueCode } from './validation-result.ts';

describe('validateLegacyId', () => {
  it('should accept 9 digits and flag them legacy', () => {
    expect(validateLegacyId('012345678')).toEqual({ ok: true, value: '012345678', legacy: true });
  });

  it.each([
    ['01234567x', 'legacy_id.not_digits', 'The legacy ID card number must contain digits only'],
    ['01234567', 'legacy_id.wrong_length', 'The legacy ID card number must have exactly 9 digits'],
    [
      '001090000123',
      'legacy_id.wrong_length',
      'The legacy ID card number must have exactly 9 digits',
    ],
  ])('should reject %j with %s', (input, code, message) => {
    expect(validateLegacyId(input)).toEqual({ ok: false, issues: [{ code, message }] });
  });
});

describe('LegacyIdSchema', () => {
  it('should accept a canonical CMND and reject padding', () => {
    expect(LegacyIdSchema.safeParse('012345678').success).toBe(true);
    expect(LegacyIdSchema.safeParse('012345678 ').error?.issues.map(zodIssueCode)).toEqual([
      'legacy_id.not_normalized',
    ]);
  });
});
