// Agency electronic ID (mã định danh điện tử, QCVN 102:2016) `V1V2V3.Z1Z2.Y1Y2.Mxx`, e.g. 000.00.00.H56.
import { invalid, type ValidationResult, validatedString } from './validation-result.ts';

export const AGENCY_EID_ISSUES = {
  'agency_eid.invalid_format':
    'The agency e-ID must look like 000.00.00.H56: 3 digits, 2 digits, 2 digits, a letter and 2 digits, separated by dots',
  'agency_eid.not_normalized':
    'The agency e-ID must be written with an upper-case letter and no spaces',
} as const;
export type AgencyEIdIssueCode = keyof typeof AGENCY_EID_ISSUES;

/** The four parts, most specific first as written; "000.00.00.Hxx" is a provincial People's Committee. */
export type AgencyEIdDecoded = {
  /** V1V2V3: level-4 unit, "000" when the agency sits higher. */
  level4: string;
  /** Z1Z2: level-3 unit. */
  level3: string;
  /** Y1Y2: level-2 unit. */
  level2: string;
  /** Mxx: level-1 agency, a letter and two digits (H56 Thanh Hóa, H22 Hà Giang, G01 …). */
  level1: string;
};

export type AgencyEIdResult = ValidationResult<{ decoded: AgencyEIdDecoded }, AgencyEIdIssueCode>;

export const AGENCY_EID_PATTERN = /^(\d{3})\.(\d{2})\.(\d{2})\.([A-Z]\d{2})$/;

/** The letter is upper-cased; nothing else is repaired. */
export function validateAgencyEId(input: string): AgencyEIdResult {
  const value = input.trim().toUpperCase();
  const match = AGENCY_EID_PATTERN.exec(value);
  if (!match) return invalid(AGENCY_EID_ISSUES, ['agency_eid.invalid_format']);
  return {
    ok: true,
    value,
    decoded: { level4: match[1]!, level3: match[2]!, level2: match[3]!, level1: match[4]! },
  };
}

export const AgencyEIdSchema = validatedString(validateAgencyEId, {
  code: 'agency_eid.not_normalized',
  message: AGENCY_EID_ISSUES['agency_eid.not_normalized'],
}).meta({ description: 'Agency e-ID V1V2V3.Z1Z2.Y1Y2.Mxx', examples: ['000.00.00.H56'] });
