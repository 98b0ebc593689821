import { describe, expect, it } from 'vitest';
import { DossierCodeSchema, formatDossierCode, validateDossierCode } from './dossier-code.ts';
import { zodIssueCode } from './validation-result.ts';

const codesOf = (r: ReturnType<typeof validateDossierCode>) =>
  r.ok ? [] : r.issues.map((i) => i.code);

describe('validateDossierCode', () => {
  it('should decode agency, receipt day and sequence', () => {
    expect(validateDossierCode('000.00.00.H56-240229-0042')).toEqual({
      ok: true,
      value: '000.00.00.H56-240229-0042',
      decoded: { agencyEId: '000.00.00.H56', receivedOn: '2024-02-29', sequence: 42 },
    });
  });

  it.each([
    ['000.00.00.H56-250314', 'dossier_code.invalid_format'],
    ['000.00.00.H56-250314-0001-1', 'dossier_code.invalid_format'],
    ['000.00.00.H5-250314-0001', 'dossier_code.invalid_agency_eid'],
    ['000.00.00.H56-230229-0001', 'dossier_code.invalid_date'],
    ['000.00.00.H56-251301-0001', 'dossier_code.invalid_date'],
    ['000.00.00.H56-250431-0001', 'dossier_code.invalid_date'],
    ['000.00.00.H56-20250314-0001', 'dossier_code.invalid_date'],
    ['000.00.00.H56-250314-00001', 'dossier_code.invalid_sequence'],
    ['000.00.00.H56-250314-001', 'dossier_code.invalid_sequence'],
    ['000.00.00.H56-250314-12a4', 'dossier_code.invalid_sequence'],
  ])('should reject %j with %s', (input, code) => {
    expect(codesOf(validateDossierCode(input))).toEqual([code]);
  });

  it('should report each bad part at once', () => {
    expect(codesOf(validateDossierCode('H56-250230-1'))).toEqual([
      'dossier_code.invalid_agency_eid',
      'dossier_code.invalid_date',
      'dossier_code.invalid_sequence',
    ]);
  });

  it('should reject the 5-random-digit substitute code (MaHoSoKhac) as a dossier code', () => {
    expect(codesOf(validateDossierCode('000.00.00.H56-250314-12345'))).toEqual([
      'dossier_code.invalid_sequence',
    ]);
  });

  it('should give an English message for a bad date', () => {
    const result = validateDossierCode('000.00.00.H56-230229-0001');
    expect(!result.ok && result.issues[0]?.message).toBe(
      'The date part of the dossier code is not a real date (yyMMdd, 2000–2099)',
    );
  });
});

describe('formatDossierCode', () => {
  it('should build the code with yyMMdd and a zero-padded sequence', () => {
    const result = formatDossierCode({
      agencyEId: '000.00.01.H22',
      receivedOn: '2025-07-01',
      sequence: 7,
    });
    expect(result.ok && result.value).toBe('000.00.01.H22-250701-0007');
  });

  it.each([
    [
      { agencyEId: '000.00.01.H22', receivedOn: '1999-12-31', sequence: 1 },
      'dossier_code.invalid_date',
    ],
    [
      { agencyEId: '000.00.01.H22', receivedOn: '2025-02-29', sequence: 1 },
      'dossier_code.invalid_date',
    ],
    [
      { agencyEId: '000.00.01.H22', receivedOn: '2025-07-01', sequence: 10000 },
      'dossier_code.invalid_sequence',
    ],
    [
      { agencyEId: '000.00.01.H22', receivedOn: '2025-07-01', sequence: 1.5 },
      'dossier_code.invalid_sequence',
    ],
    [
      { agencyEId: 'H22', receivedOn: '2025-07-01', sequence: 1 },
      'dossier_code.invalid_agency_eid',
    ],
  ])('should refuse %j with %s', (parts, code) => {
    const result = formatDossierCode(parts);
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual([code]);
  });
});

describe('DossierCodeSchema', () => {
  it('should accept a canonical code and refuse surrounding spaces', () => {
    expect(DossierCodeSchema.safeParse('000.00.00.H56-250314-0001').success).toBe(true);
    expect(
      DossierCodeSchema.safeParse('000.00.00.H56-250314-0001 ').error?.issues.map(zodIssueCode),
    ).toEqual(['dossier_code.not_normalized']);
  });
});
