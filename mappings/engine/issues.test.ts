// Tests for field issues: masking, value rendering and path joining.
import { describe, expect, it } from 'vitest';
import { describeValue, joinPath, maskPersonal } from './issues.ts';

describe('maskPersonal', () => {
  it('should keep only the first 2 and last 2 characters of a personal ID', () => {
    expect(maskPersonal('001099012345')).toBe('00********45');
  });

  it('should mask short values entirely', () => {
    expect(maskPersonal('1234')).toBe('****');
    expect(maskPersonal('')).toBe('');
  });

  it('should count Vietnamese letters as one character each', () => {
    expect(maskPersonal('Nguyễn Văn A')).toBe('Ng******** A');
  });
});

describe('describeValue', () => {
  it('should render scalars, containers and absence', () => {
    expect(describeValue('x')).toBe('x');
    expect(describeValue(42)).toBe('42');
    expect(describeValue(null)).toBe('null');
    expect(describeValue({ a: 1 })).toBe('[object]');
    expect(describeValue([1])).toBe('[array]');
    expect(describeValue(undefined)).toBeUndefined();
  });

  it('should mask personal values and cut long ones', () => {
    expect(describeValue('001099012345', true)).toBe('00********45');
    expect(describeValue('a'.repeat(200))).toBe(`${'a'.repeat(80)}…`);
  });
});

describe('joinPath', () => {
  it('should join names with dots and indexes with brackets', () => {
    expect(joinPath('', 'owner')).toBe('owner');
    expect(joinPath('owner', 'idNumber')).toBe('owner.idNumber');
    expect(joinPath('DinhDanhCHS', 0)).toBe('DinhDanhCHS[0]');
    expect(joinPath('a', '[1].b')).toBe('a[1].b');
    expect(joinPath('a', '')).toBe('a');
  });
});
