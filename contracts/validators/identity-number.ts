// An identity number of either kind: 12-digit personal ID, or legacy 9-digit CMND (flagged legacy).
import type { IdentityDocumentKind } from '../canonical/enums.ts';
import { validateLegacyId } from './legacy-id.ts';
import {
  type PersonalIdContext,
  type PersonalIdDecoded,
  type PersonalIdIssueCode,
  validatePersonalId,
} from './personal-id.ts';
import { invalid, type ValidationResult, validatedString } from './validation-result.ts';

export const IDENTITY_NUMBER_ISSUES = {
  'identity_number.not_digits': 'The identity number must contain digits only',
  'identity_number.wrong_length':
    'The identity number must have 12 digits (personal ID) or 9 digits (legacy ID card)',
  'identity_number.not_normalized': 'The identity number must be written as digits without spaces',
} as const;
export type IdentityNumberIssueCode = keyof typeof IDENTITY_NUMBER_ISSUES | PersonalIdIssueCode;

export type IdentityNumberResult = ValidationResult<
  | {
      kind: Extract<IdentityDocumentKind, 'personal_id'>;
      legacy: false;
      decoded: PersonalIdDecoded;
    }
  | { kind: Extract<IdentityDocumentKind, 'legacy_id'>; legacy: true },
  IdentityNumberIssueCode
>;

/**
 * Sorts a number into its kind (the portal's LoaiDinhDanh "1"/"2") and validates it; the
 * context (birth date, sex) applies to 12-digit IDs only, since a CMND encodes neither.
 */
export function validateIdentityNumber(
  input: string,
  context: PersonalIdContext = {},
): IdentityNumberResult {
  const value = input.trim();
  if (!/^\d+$/.test(value)) return invalid(IDENTITY_NUMBER_ISSUES, ['identity_number.not_digits']);
  if (value.length === 12) {
    const result = validatePersonalId(value, context);
    return result.ok ? { ...result, kind: 'personal_id' } : result;
  }
  if (value.length === 9) {
    const result = validateLegacyId(value);
    if (result.ok) return { ...result, kind: 'legacy_id' };
  }
  return invalid(IDENTITY_NUMBER_ISSUES, ['identity_number.wrong_length']);
}

export const IdentityNumberSchema = validatedString((input) => validateIdentityNumber(input), {
  code: 'identity_number.not_normalized',
  message: IDENTITY_NUMBER_ISSUES['identity_number.not_normalized'],
}).meta({ description: '12-digit personal ID or legacy 9-digit CMND', examples: ['001090000123'] });
