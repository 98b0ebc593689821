import { describe, expect, it } from 'vitest';
import { zodIssueCode } from '../validators/validation-result.ts';
import { AdminUnitRefSchema, LeveledAdminUnitSchema } from './admin-unit-ref.ts';

describe('AdminUnitRefSchema', () => {
  it('should require a version with every code', () => {
    expect(AdminUnitRefSchema.safeParse({ code: '00004', listVersion: '2025-07' }).success).toBe(
      true,
    );
    expect(AdminUnitRefSchema.safeParse({ code: '00004' }).success).toBe(false);
    expect(AdminUnitRefSchema.safeParse({ code: '00004', listVersion: '2019' }).success).toBe(
      false,
    );
  });

  it('should take zero-padded codes of 2, 3 or 5 digits only', () => {
    expect(AdminUnitRefSchema.safeParse({ code: '1', listVersion: '2025-07' }).success).toBe(false);
    expect(AdminUnitRefSchema.safeParse({ code: '0004', listVersion: '2025-07' }).success).toBe(
      false,
    );
    expect(AdminUnitRefSchema.safeParse({ code: 4, listVersion: '2025-07' }).success).toBe(false);
  });
});

describe('LeveledAdminUnitSchema', () => {
  it('should accept a city, a pre-2025 district and a commune', () => {
    for (const value of [
      { level: 'city', unit: { code: '01', listVersion: '2025-07' } },
      { level: 'district', unit: { code: '001', listVersion: '2025-01' } },
      { level: 'commune', unit: { code: '00004', listVersion: '2020-2024' } },
    ]) {
      expect(LeveledAdminUnitSchema.safeParse(value).success).toBe(true);
    }
  });

  it('should refuse a code whose length does not fit the level', () => {
    const result = LeveledAdminUnitSchema.safeParse({
      level: 'commune',
      unit: { code: '001', listVersion: '2025-01' },
    });
    expect(result.error?.issues.map(zodIssueCode)).toEqual(['admin_unit.code_length_mismatch']);
    expect(result.error?.issues[0]?.path).toEqual(['unit', 'code']);
  });

  it('should refuse a district in the two-tier 2025-07 list', () => {
    const result = LeveledAdminUnitSchema.safeParse({
      level: 'district',
      unit: { code: '001', listVersion: '2025-07' },
    });
    expect(result.error?.issues.map(zodIssueCode)).toEqual(['admin_unit.no_district_tier']);
  });
});
