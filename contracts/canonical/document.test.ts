import { describe, expect, it } from 'vitest';
import { DocumentSchema } from './document.ts';
import { ResultSchema } from './result.ts';

describe('DocumentSchema', () => {
  it('should require a name and a digitization state', () => {
    expect(
      DocumentSchema.safeParse({ name: 'Tờ khai', digitizationState: 'not_digitized' }).success,
    ).toBe(true);
    expect(DocumentSchema.safeParse({ name: 'Tờ khai' }).success).toBe(false);
    expect(DocumentSchema.safeParse({ name: 'Tờ khai', digitizationState: '0' }).success).toBe(
      false,
    );
  });

  it('should accept only public http(s) download links', () => {
    const base = { name: 'Tờ khai', digitizationState: 'digitized' as const };
    expect(
      DocumentSchema.safeParse({ ...base, downloadUrl: 'https://f.example.vn/a.pdf' }).success,
    ).toBe(true);
    expect(DocumentSchema.safeParse({ ...base, downloadUrl: '/uploads/a.pdf' }).success).toBe(
      false,
    );
  });
});

describe('ResultSchema', () => {
  it('should take the signing date as a calendar date', () => {
    expect(ResultSchema.safeParse({ name: 'Giấy phép', signedOn: '2025-03-20' }).success).toBe(
      true,
    );
    expect(
      ResultSchema.safeParse({ name: 'Giấy phép', signedOn: '2025-03-20T00:00:00+07:00' }).success,
    ).toBe(false);
  });
});
