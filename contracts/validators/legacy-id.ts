// The legacy 9-digit identity card number (CMND): accepted, but always flagged as legacy.
import { invalid, type ValidationResult, validatedString } from './validation-result.ts';

export const LEGACY_ID_ISSUES = {
  'legacy_id.not_digits': 'The legacy ID card number must contain digits only',
  'legacy_id.wrong_length': 'The legacy ID card number must have exactly 9 digits',
  'legacy_id.not_normalized':
    'The legacy ID card number must be written as 9 digits without spaces',
} as const;
export type LegacyIdIssueCode = keyof typeof LEGACY_ID_ISSUES;

export type LegacyIdResult = ValidationResult<{ legacy: true }, LegacyIdIssueCode>;

/** No structure is checked beyond 9 digits: the CMND numbering by issuing province is unverified. */
export function validateLegacyId(input: string): LegacyIdResult {
  const value = input.trim();
  if (!/^\d+$/.test(value)) return invalid(LEGACY_ID_ISSUES, ['legacy_id.not_digits']);
  if (value.length !== 9) return invalid(LEGACY_ID_ISSUES, ['legacy_id.wrong_length']);
  return { ok: true, value, legacy: true };
}

export const LegacyIdSchema = validatedString(validateLegacyId, {
  code: 'legacy_id.not_normalized',
  message: LEGACY_ID_ISSUES['legacy_id.not_normalized'],
}).meta({ description: 'Legacy 9-digit identity card number (CMND)', examples: ['012345678'] });
