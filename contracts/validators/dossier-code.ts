// Dossier code (mã hồ sơ, Circular 01/2018/TT-VPCP): `<agency e-ID>-<yyMMdd>-<4-digit daily sequence>`.

import { validateAgencyEId } from './agency-eid.ts';
import { formatIsoCalendarDay, isRealCalendarDay, parseIsoCalendarDay } from './calendar-day.ts';
import { invalid, type ValidationResult, validatedString } from './validation-result.ts';

export const DOSSIER_CODE_ISSUES = {
  'dossier_code.invalid_format':
    'The dossier code must be an agency e-ID, a yyMMdd date and a 4-digit sequence, joined by hyphens',
  'dossier_code.invalid_agency_eid': 'The dossier code does not start with a valid agency e-ID',
  'dossier_code.invalid_date':
    'The date part of the dossier code is not a real date (yyMMdd, 2000–2099)',
  'dossier_code.invalid_sequence':
    'The sequence part of the dossier code must be 4 digits (0000–9999)',
  'dossier_code.not_normalized':
    'The dossier code must be written without spaces and with an upper-case e-ID',
} as const;
export type DossierCodeIssueCode = keyof typeof DOSSIER_CODE_ISSUES;

export type DossierCodeParts = {
  /** The receiving agency's e-ID, e.g. 000.00.00.H56. */
  agencyEId: string;
  /** Receipt day, YYYY-MM-DD (the code keeps yyMMdd, read as 20yy). */
  receivedOn: string;
  /** Daily per-unit sequence, 0–9999. */
  sequence: number;
};

export type DossierCodeResult = ValidationResult<
  { decoded: DossierCodeParts },
  DossierCodeIssueCode
>;

export function validateDossierCode(input: string): DossierCodeResult {
  const parts = input.trim().split('-');
  if (parts.length !== 3) return invalid(DOSSIER_CODE_ISSUES, ['dossier_code.invalid_format']);
  const [eIdPart, datePart, sequencePart] = parts as [string, string, string];

  const codes: DossierCodeIssueCode[] = [];
  const eId = validateAgencyEId(eIdPart);
  if (!eId.ok) codes.push('dossier_code.invalid_agency_eid');

  const dateMatch = /^(\d{2})(\d{2})(\d{2})$/.exec(datePart);
  const day = dateMatch && {
    year: 2000 + Number(dateMatch[1]),
    month: Number(dateMatch[2]),
    day: Number(dateMatch[3]),
  };
  if (!day || !isRealCalendarDay(day)) codes.push('dossier_code.invalid_date');
  if (!/^\d{4}$/.test(sequencePart)) codes.push('dossier_code.invalid_sequence');

  if (codes.length > 0 || !eId.ok || !day) return invalid(DOSSIER_CODE_ISSUES, codes);
  return {
    ok: true,
    value: `${eId.value}-${datePart}-${sequencePart}`,
    decoded: {
      agencyEId: eId.value,
      receivedOn: formatIsoCalendarDay(day),
      sequence: Number(sequencePart),
    },
  };
}

/** Builds the code from its parts (validating each) — how a receiving unit numbers a new dossier. */
export function formatDossierCode(parts: DossierCodeParts): DossierCodeResult {
  const codes: DossierCodeIssueCode[] = [];
  if (!validateAgencyEId(parts.agencyEId).ok) codes.push('dossier_code.invalid_agency_eid');
  const day = parseIsoCalendarDay(parts.receivedOn);
  if (!day || day.year < 2000 || day.year > 2099) codes.push('dossier_code.invalid_date');
  if (!Number.isInteger(parts.sequence) || parts.sequence < 0 || parts.sequence > 9999) {
    codes.push('dossier_code.invalid_sequence');
  }
  if (codes.length > 0 || !day) return invalid(DOSSIER_CODE_ISSUES, codes);
  const yyMMdd = parts.receivedOn.slice(2).replaceAll('-', '');
  const sequence = String(parts.sequence).padStart(4, '0');
  return validateDossierCode(`${parts.agencyEId}-${yyMMdd}-${sequence}`);
}

export const DossierCodeSchema = validatedString(validateDossierCode, {
  code: 'dossier_code.not_normalized',
  message: DOSSIER_CODE_ISSUES['dossier_code.not_normalized'],
}).meta({
  description: 'Dossier code <agency e-ID>-<yyMMdd>-<4-digit sequence>',
  examples: ['000.00.00.H56-250314-0001'],
});
