import { describe, expect, it } from 'vitest';
import { zodIssueCode } from '../validators/validation-result.ts';
import { AddressSchema } from './address.ts';

const threeTier = {
  province: { code: '01', listVersion: '2025-01' },
  district: { code: '001', listVersion: '2025-01' },
  commune: { code: '00004', listVersion: '2025-01' },
  detail: 'Số 1 phố Ví Dụ',
} as const;

describe('AddressSchema', () => {
  it('should accept a three-tier pre-2025 address and a two-tier 2025-07 one', () => {
    expect(AddressSchema.safeParse(threeTier).success).toBe(true);
    expect(
      AddressSchema.safeParse({
        province: { code: '01', listVersion: '2025-07' },
        commune: { code: '00004', listVersion: '2025-07' },
        detail: 'Số 1',
      }).success,
    ).toBe(true);
  });

  it('should refuse parts from different list versions', () => {
    const result = AddressSchema.safeParse({
      ...threeTier,
      commune: { code: '00004', listVersion: '2025-07' },
    });
    expect(result.error?.issues.map(zodIssueCode)).toEqual(['address.mixed_list_versions']);
    expect(result.error?.issues[0]?.path).toEqual(['commune', 'listVersion']);
  });

  it('should refuse a district under the 2025-07 list', () => {
    const v = '2025-07';
    const result = AddressSchema.safeParse({
      province: { code: '01', listVersion: v },
      district: { code: '001', listVersion: v },
      commune: { code: '00004', listVersion: v },
      detail: 'Số 1',
    });
    expect(result.error?.issues.map(zodIssueCode)).toEqual(['address.no_district_tier']);
  });

  it('should refuse a code in the wrong tier', () => {
    const result = AddressSchema.safeParse({
      ...threeTier,
      district: { code: '00001', listVersion: '2025-01' },
    });
    expect(result.error?.issues.map(zodIssueCode)).toEqual(['address.code_length_mismatch']);
  });

  it('should require the detail and refuse it empty', () => {
    const { detail: _, ...withoutDetail } = threeTier;
    expect(AddressSchema.safeParse(withoutDetail).success).toBe(false);
    expect(AddressSchema.safeParse({ ...threeTier, detail: '' }).success).toBe(false);
  });
});
