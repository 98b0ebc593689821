// Enterprise code (mã số doanh nghiệp = tax code): 10 digits with a check digit, `-NNN` for dependent units.
import { invalid, type ValidationResult, validatedString } from './validation-result.ts';

export const ENTERPRISE_CODE_ISSUES = {
  'enterprise_code.invalid_format':
    'The enterprise code must be 10 digits, or 10 digits, a hyphen and 3 digits for a dependent unit',
  'enterprise_code.check_digit': 'The tenth digit is not the check digit of the first nine',
  'enterprise_code.invalid_unit_suffix': 'The 3-digit dependent-unit suffix cannot be 000',
  'enterprise_code.not_normalized':
    'The enterprise code must be written as 10 digits, or 10 digits, a hyphen and 3 digits',
} as const;
export type EnterpriseCodeIssueCode = keyof typeof ENTERPRISE_CODE_ISSUES;

export type EnterpriseCodeResult = ValidationResult<
  {
    /** N1…N10: the enterprise's own 10-digit code (the parent's, for a dependent unit). */
    baseCode: string;
    /** N11N12N13: branch, representative office or business location, if any. */
    unitSuffix?: string;
    dependentUnit: boolean;
  },
  EnterpriseCodeIssueCode
>;

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * N10 = 10 − (Σ wᵢ·Nᵢ mod 11) with the weights above; a remainder of 0 would need "10", so no
 * valid code has it. Verified against published codes (e.g. 0100109106, 0300588569, 0101248141).
 */
export function enterpriseCheckDigit(firstNine: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += WEIGHTS[i]! * Number(firstNine[i]);
  const digit = 10 - (sum % 11);
  return digit === 10 ? undefined : digit;
}

/** Accepts `NNNNNNNNNN`, `NNNNNNNNNN-NNN` and 13 run-together digits (normalised with the hyphen). */
export function validateEnterpriseCode(input: string): EnterpriseCodeResult {
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(input.trim());
  if (!match) return invalid(ENTERPRISE_CODE_ISSUES, ['enterprise_code.invalid_format']);
  const baseCode = match[1]!;
  const unitSuffix = match[2];

  const codes: EnterpriseCodeIssueCode[] = [];
  if (enterpriseCheckDigit(baseCode.slice(0, 9)) !== Number(baseCode[9])) {
    codes.push('enterprise_code.check_digit');
  }
  if (unitSuffix === '000') codes.push('enterprise_code.invalid_unit_suffix');
  if (codes.length > 0) return invalid(ENTERPRISE_CODE_ISSUES, codes);

  return unitSuffix === undefined
    ? { ok: true, value: baseCode, baseCode, dependentUnit: false }
    : { ok: true, value: `${baseCode}-${unitSuffix}`, baseCode, unitSuffix, dependentUnit: true };
}

export const EnterpriseCodeSchema = validatedString(validateEnterpriseCode, {
  code: 'enterprise_code.not_normalized',
  message: ENTERPRISE_CODE_ISSUES['enterprise_code.not_normalized'],
}).meta({
  description: 'Enterprise code: 10 digits with check digit, or 10-3 for a dependent unit',
  examples: ['0100109106'],
});
