// Vietnamese phone numbers: 10-digit mobiles and 11-digit landlines (02x area codes), normalised to 0….
import { invalid, type ValidationResult, validatedString } from './validation-result.ts';

export const PHONE_ISSUES = {
  'phone.invalid_characters':
    'The phone number may contain only digits, a leading +, spaces, dots, hyphens and parentheses',
  'phone.wrong_length':
    'The phone number must have 10 digits (mobile) or 11 digits (landline) including the leading 0',
  'phone.unknown_prefix':
    'The phone number does not start with a Vietnamese mobile or landline prefix',
  'phone.not_normalized':
    'The phone number must be written as digits starting with 0, without spaces',
} as const;
export type PhoneIssueCode = keyof typeof PHONE_ISSUES;

export type PhoneKind = 'mobile' | 'landline';
export type PhoneNumberResult = ValidationResult<
  { kind: PhoneKind /** +84 followed by the number without its leading 0. */; e164: string },
  PhoneIssueCode
>;

/** Mobile prefixes after the 2018 move to 10 digits (Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile, Itel, Reddi). */
const MOBILE_PREFIX = /^0(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])$/;

/** Landline area codes since the 2017 renumbering: 024 Hà Nội, 028 TP.HCM (8-digit subscriber) … */
const TWO_DIGIT_AREAS = new Set(['24', '28']);
/** … and the 3-digit 02xx codes of the other 61 provinces (7-digit subscriber). */
const THREE_DIGIT_AREAS = new Set(
  (
    '203 204 205 206 207 208 209 210 211 212 213 214 215 216 218 219 220 221 222 225 226 227 228 ' +
    '229 232 233 234 235 236 237 238 239 251 252 254 255 256 257 258 259 260 261 262 263 269 270 ' +
    '271 272 273 274 275 276 277 290 291 292 293 294 296 297 299'
  ).split(' '),
);

function kindOf(national: string): PhoneKind | undefined {
  if (national.length === 10 && MOBILE_PREFIX.test(national.slice(0, 3))) return 'mobile';
  if (national.length === 11) {
    if (TWO_DIGIT_AREAS.has(national.slice(1, 3))) return 'landline';
    if (THREE_DIGIT_AREAS.has(national.slice(1, 4))) return 'landline';
  }
  return undefined;
}

/** Accepts 0…, +84… and 84… forms with common separators; returns the 0… form. */
export function validatePhoneNumber(input: string): PhoneNumberResult {
  const trimmed = input.trim();
  if (!/^\+?[\d\s.\-()]+$/.test(trimmed))
    return invalid(PHONE_ISSUES, ['phone.invalid_characters']);
  const digits = trimmed.replace(/[\s.\-()+]/g, '');
  const international = trimmed.startsWith('+') || (digits.startsWith('84') && digits.length > 10);
  if (trimmed.startsWith('+') && !digits.startsWith('84')) {
    return invalid(PHONE_ISSUES, ['phone.unknown_prefix']);
  }
  const national = international ? `0${digits.slice(2)}` : digits;
  if (national.length !== 10 && national.length !== 11) {
    return invalid(PHONE_ISSUES, ['phone.wrong_length']);
  }
  const kind = kindOf(national);
  if (!kind) return invalid(PHONE_ISSUES, ['phone.unknown_prefix']);
  return { ok: true, value: national, kind, e164: `+84${national.slice(1)}` };
}

export const PhoneNumberSchema = validatedString(validatePhoneNumber, {
  code: 'phone.not_normalized',
  message: PHONE_ISSUES['phone.not_normalized'],
}).meta({ description: 'Vietnamese phone number, normalised 0…', examples: ['0912345678'] });
