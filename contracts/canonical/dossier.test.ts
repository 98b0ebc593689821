import { describe, expect, it } from 'vitest';
import { zodIssueCode } from '../validators/validation-result.ts';
import { DossierSchema } from './dossier.ts';
import { exampleDossier, exampleOrganization } from './examples.ts';

const codesOf = (value: unknown) => DossierSchema.safeParse(value).error?.issues.map(zodIssueCode);

describe('DossierSchema', () => {
  it('should accept the example dossier unchanged', () => {
    expect(DossierSchema.parse(exampleDossier)).toEqual(exampleDossier);
  });

  it('should accept an organisation owner and a citizen submitter', () => {
    const dossier = {
      ...exampleDossier,
      owner: exampleOrganization,
      submitter: exampleDossier.owner,
    };
    expect(DossierSchema.safeParse(dossier).success).toBe(true);
  });

  it.each([
    'code',
    'procedure',
    'channel',
    'owner',
    'dates',
    'status',
    'receivingUnit',
    'documents',
    'fees',
    'results',
    'supplements',
    'hasDigitizedComponents',
  ])('should require %s', (field) => {
    const { [field as keyof typeof exampleDossier]: _, ...rest } = exampleDossier;
    expect(DossierSchema.safeParse(rest).success).toBe(false);
  });

  it('should refuse a dossier code that breaks the format, with its validator code', () => {
    expect(codesOf({ ...exampleDossier, code: '000.00.00.H26-250230-0001' })).toEqual([
      'dossier_code.invalid_date',
    ]);
  });

  it('should refuse a local variant code where the national procedure code belongs', () => {
    const procedure = { code: '1.001776.000.00.00.H26' };
    expect(codesOf({ ...exampleDossier, procedure })).toEqual(['invalid_format']);
  });

  it('should refuse wire-format dates and portal status numbers', () => {
    expect(DossierSchema.safeParse({ ...exampleDossier, status: '4' }).success).toBe(false);
    const dates = { submittedAt: '20250314080500' };
    expect(DossierSchema.safeParse({ ...exampleDossier, dates }).success).toBe(false);
  });

  it('should refuse a digitized component under a false hasDigitizedComponents', () => {
    expect(codesOf({ ...exampleDossier, hasDigitizedComponents: false })).toEqual([
      'dossier.digitized_flag_inconsistent',
    ]);
  });

  it('should allow the flag to be true when the components are not listed', () => {
    expect(DossierSchema.safeParse({ ...exampleDossier, documents: [] }).success).toBe(true);
  });

  it('should refuse fractional or negative fees', () => {
    const fees = [{ name: 'Lệ phí', amount: 1.5 }];
    expect(DossierSchema.safeParse({ ...exampleDossier, fees }).success).toBe(false);
  });

  it('should refuse a district receiving unit under the 2025-07 list', () => {
    const receivingUnit = { level: 'district', unit: { code: '001', listVersion: '2025-07' } };
    expect(codesOf({ ...exampleDossier, receivingUnit })).toEqual(['admin_unit.no_district_tier']);
  });

  it('should accept a supplement round, a result and paper items', () => {
    const dossier = {
      ...exampleDossier,
      status: 'returned',
      supplements: [
        {
          id: 'BS1',
          content: 'Bổ sung bản sao giấy khai sinh',
          requestedAt: '2025-03-15T10:00:00+07:00',
          documents: [{ name: 'Bản sao giấy khai sinh', digitizationState: 'reused' }],
          fees: [],
          newDueAt: '2025-03-25T17:00:00+07:00',
        },
      ],
      results: [{ name: 'Giấy chứng nhận', resultCode: 'KQ01', signedOn: '2025-03-20' }],
      paperItems: [{ name: 'Ảnh 3x4', quantity: 2 }],
      dates: { ...exampleDossier.dates, returnedAt: '2025-03-20T15:00:00+07:00' },
    };
    expect(DossierSchema.safeParse(dossier).success).toBe(true);
  });
});
