// E-mail addresses: a practical dot-atom local part and a DNS domain; the domain is lower-cased.
import { invalid, type ValidationResult, validatedString } from './validation-result.ts';

export const EMAIL_ISSUES = {
  'email.invalid_format': 'The e-mail address is not of the form name@domain.tld',
  'email.too_long': 'The e-mail address is longer than 254 characters (or its name part than 64)',
  'email.not_normalized':
    'The e-mail address must be written without spaces and with a lower-case domain',
} as const;
export type EmailIssueCode = keyof typeof EMAIL_ISSUES;

export type EmailResult = ValidationResult<{ domain: string }, EmailIssueCode>;

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Quoted local parts and IP-literal domains are refused: no public-service mailbox uses them. */
export function validateEmail(input: string): EmailResult {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return invalid(EMAIL_ISSUES, ['email.invalid_format']);
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();
  if (trimmed.length > 254 || local.length > 64) return invalid(EMAIL_ISSUES, ['email.too_long']);
  if (!LOCAL_PART.test(local) || !DOMAIN.test(domain)) {
    return invalid(EMAIL_ISSUES, ['email.invalid_format']);
  }
  return { ok: true, value: `${local}@${domain}`, domain };
}

export const EmailSchema = validatedString(validateEmail, {
  code: 'email.not_normalized',
  message: EMAIL_ISSUES['email.not_normalized'],
}).meta({
  description: 'E-mail address with a lower-case domain',
  examples: ['an.nguyen@example.vn'],
});
