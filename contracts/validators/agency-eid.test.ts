import { describe, expect, it } from 'vitest';
import { AgencyEIdSchema, validateAgencyEId } from './agency-eid.ts';
import { zodIssueCode } from './validation-result.ts';

describe('validateAgencyEId', () => {
  it('should decode a provincial People’s Committee e-ID', () => {
    expect(validateAgencyEId('000.00.00.H56')).toEqual({
      ok: true,
      value: '000.00.00.H56',
      decoded: { level4: '000', level3: '00', level2: '00', level1: 'H56' },
    });
  });

  it.each(['000.00.01.H22', '000.00.00.G01', '123.45.67.H26'])('should accept %s', (eId) => {
    expect(validateAgencyEId(eId).ok).toBe(true);
  });

  it('should upper-case the letter', () => {
    const result = validateAgencyEId('000.00.00.h56');
    expect(result.ok && result.value).toBe('000.00.00.H56');
  });

  it.each([
    '000.00.00.56',
    '000.00.00.HH6',
    '000.00.00.H5',
    '000.00.00.H560',
    '00.00.00.H56',
    '000.0.00.H56',
    '000-00-00-H56',
    '000.00.00.H56-250101-0001',
    '',
  ])('should reject %j with agency_eid.invalid_format', (input) => {
    expect(validateAgencyEId(input)).toEqual({
      ok: false,
      issues: [
        {
          code: 'agency_eid.invalid_format',
          message:
            'The agency e-ID must look like 000.00.00.H56: 3 digits, 2 digits, 2 digits, a letter and 2 digits, separated by dots',
        },
      ],
    });
  });
});

describe('AgencyEIdSchema', () => {
  it('should refuse a lower-case letter as not normalised', () => {
    expect(AgencyEIdSchema.safeParse('000.00.00.H56').success).toBe(true);
    expect(AgencyEIdSchema.safeParse('000.00.00.h56').error?.issues.map(zodIssueCode)).toEqual([
      'agency_eid.not_normalized',
    ]);
  });
});
