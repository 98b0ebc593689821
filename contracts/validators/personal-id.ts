// The 12-digit personal ID (CCCD) `PPP G YY RRRRRR`: province of birth, century+sex, year; no check digit.
import type { Sex } from '../canonical/enums.ts';
import { parseIsoCalendarDay } from './calendar-day.ts';
import { cccdProvince } from './cccd-provinces.ts';
import { invalid, type ValidationResult, validatedString } from './validation-result.ts';

export const PERSONAL_ID_ISSUES = {
  'personal_id.not_digits': 'The personal ID must contain digits only',
  'personal_id.wrong_length': 'The personal ID must have exactly 12 digits',
  'personal_id.unknown_province': 'The first three digits are not a known province-of-birth code',
  'personal_id.invalid_birth_date': 'The birth date to check against is not a real YYYY-MM-DD date',
  'personal_id.century_mismatch': 'The century digit does not match the century of the birth year',
  'personal_id.year_mismatch': 'The year digits do not match the birth year',
  'personal_id.sex_mismatch': 'The century digit does not match the sex',
  'personal_id.not_normalized': 'The personal ID must be written as 12 digits without spaces',
} as const;
export type PersonalIdIssueCode = keyof typeof PERSONAL_ID_ISSUES;

/** What the 12 digits say about the holder. */
export type PersonalIdDecoded = {
  /** PPP: CCCD province-of-birth code, e.g. "001" (Hà Nội). */
  provinceCode: string;
  /** The admin province code behind PPP, e.g. "01". */
  adminProvinceCode: string;
  provinceName: string;
  /** First year of the birth century encoded by G: 1900, 2000, … 2300. */
  century: number;
  sex: Sex;
  /** YY: birth year mod 100, two digits. */
  yearDigits: string;
  /** century + YY. */
  birthYear: number;
};

/** Facts to check the ID against; `birthDate` wins over `birthYear` when both are given. */
export type PersonalIdContext = { birthDate?: string; birthYear?: number; sex?: Sex };

export type PersonalIdResult = ValidationResult<
  { legacy: false; decoded: PersonalIdDecoded },
  PersonalIdIssueCode
>;

const FIRST_CENTURY = 1900;
const LAST_CENTURY = 2300;

/** Decodes G: 0/1 = 1900s male/female, 2/3 = 2000s, … 8/9 = 2300s; even = male. */
export function decodeCenturySexDigit(g: number): { century: number; sex: Sex } {
  return { century: FIRST_CENTURY + Math.floor(g / 2) * 100, sex: g % 2 === 0 ? 'male' : 'female' };
}

/** The G digit for a birth year and sex, or undefined outside 1900–2399. */
export function centurySexDigit(birthYear: number, sex: Sex): number | undefined {
  const century = Math.floor(birthYear / 100) * 100;
  if (century < FIRST_CENTURY || century > LAST_CENTURY) return undefined;
  return ((century - FIRST_CENTURY) / 100) * 2 + (sex === 'male' ? 0 : 1);
}

function birthYearOf(context: PersonalIdContext): number | 'invalid' | undefined {
  if (context.birthDate !== undefined) {
    return parseIsoCalendarDay(context.birthDate)?.year ?? 'invalid';
  }
  if (context.birthYear !== undefined) {
    return Number.isInteger(context.birthYear) ? context.birthYear : 'invalid';
  }
  return undefined;
}

export function validatePersonalId(
  input: string,
  context: PersonalIdContext = {},
): PersonalIdResult {
  const value = input.trim();
  if (!/^\d+$/.test(value)) return invalid(PERSONAL_ID_ISSUES, ['personal_id.not_digits']);
  if (value.length !== 12) return invalid(PERSONAL_ID_ISSUES, ['personal_id.wrong_length']);

  const codes: PersonalIdIssueCode[] = [];
  const provinceCode = value.slice(0, 3);
  const province = cccdProvince(provinceCode);
  if (!province) codes.push('personal_id.unknown_province');

  const { century, sex } = decodeCenturySexDigit(Number(value[3]));
  const yearDigits = value.slice(4, 6);

  const birthYear = birthYearOf(context);
  if (birthYear === 'invalid') {
    codes.push('personal_id.invalid_birth_date');
  } else if (birthYear !== undefined) {
    if (Math.floor(birthYear / 100) * 100 !== century) codes.push('personal_id.century_mismatch');
    if (birthYear % 100 !== Number(yearDigits)) codes.push('personal_id.year_mismatch');
  }
  if (context.sex !== undefined && context.sex !== sex) codes.push('personal_id.sex_mismatch');

  if (codes.length > 0 || !province) return invalid(PERSONAL_ID_ISSUES, codes);
  return {
    ok: true,
    value,
    legacy: false,
    decoded: {
      provinceCode,
      adminProvinceCode: province.adminCode,
      provinceName: province.name,
      century,
      sex,
      yearDigits,
      birthYear: century + Number(yearDigits),
    },
  };
}

/** A canonical 12-digit personal ID (structure only; cross-checks need the holder's facts). */
export const PersonalIdSchema = validatedString((input) => validatePersonalId(input), {
  code: 'personal_id.not_normalized',
  message: PERSONAL_ID_ISSUES['personal_id.not_normalized'],
}).meta({ description: '12-digit personal ID (CCCD) PPP G YY RRRRRR', examples: ['001090000123'] });
