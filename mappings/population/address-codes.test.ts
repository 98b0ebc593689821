// Tests for building canonical addresses from national-database admin-unit codes.
import { describe, expect, it } from 'vitest';
import { createContext } from '../engine/context.ts';
import { addressFromCodes, inferListVersion } from './address-codes.ts';
import { comparableName } from './match.ts';

const FIELDS = { province: 'Tinh', district: 'Huyen', commune: 'Xa', detail: 'ChiTiet' };

function run(codes: Parameters<typeof addressFromCodes>[0]) {
  const ctx = createContext();
  const value = addressFromCodes(codes, FIELDS, ctx);
  return {
    value,
    errors: ctx.errors.map((e) => `${e.path}:${e.rule}`),
    warnings: ctx.warnings.map((w) => `${w.path}:${w.rule}`),
  };
}

describe('inferListVersion', () => {
  it('should read a district code as a three-tier list and its absence as 2025-07', () => {
    expect(inferListVersion('01', '001', '00001')).toBe('2025-01');
    expect(inferListVersion('01', undefined, '00097')).toBe('2025-07');
    expect(inferListVersion('36', '365', '14173')).toBe('2025-01');
  });

  it('should fall back to 2020-2024 for a Hà Nội commune merged away on 01/01/2025', () => {
    expect(inferListVersion('01', '001', '00010')).toBe('2020-2024');
  });
});

describe('addressFromCodes', () => {
  it('should name Hà Nội units from their list and keep source names that agree', () => {
    const { value, warnings } = run({
      province: '01',
      district: '001',
      commune: '00001',
      detail: 'Số 1 phố Phúc Xá',
      communeName: 'PHƯỜNG PHÚC XÁ',
    });
    expect(value).toEqual({
      province: { code: '01', listVersion: '2025-01', name: 'Thành phố Hà Nội' },
      district: { code: '001', listVersion: '2025-01', name: 'Quận Ba Đình' },
      commune: { code: '00001', listVersion: '2025-01', name: 'PHƯỜNG PHÚC XÁ' },
      detail: 'Số 1 phố Phúc Xá',
    });
    expect(warnings).toEqual([]);
  });

  it('should warn when the source names a unit differently from the list', () => {
    const { value, warnings } = run({
      province: '01',
      district: '005',
      commune: '00166',
      detail: 'Số 19 Duy Tân',
      communeName: 'Phường Dịch Vọng Hậu',
    });
    expect(value?.commune.name).toBe('Phường Dịch Vọng Hậu');
    expect(warnings).toEqual(['Xa:admin_unit.name_mismatch']);
  });

  it('should warn and tag 2020-2024 for a commune dropped from the 2025-01 list', () => {
    const { value, warnings } = run({
      province: '01',
      district: '001',
      commune: '00010',
      detail: 'x',
    });
    expect(value?.commune).toEqual({
      code: '00010',
      listVersion: '2020-2024',
      name: 'Phường Nguyễn Trung Trực',
    });
    expect(warnings).toEqual(['Xa:admin_unit.version_inferred']);
  });

  it('should leave out an incomplete address with a warning, and use the full text as detail', () => {
    expect(run({ province: '01', district: '', commune: '', detail: 'x' })).toEqual({
      value: undefined,
      errors: [],
      warnings: [':address.incomplete'],
    });
    const { value, warnings } = run({
      province: '01',
      commune: '00097',
      fullText: 'Phường Hồng Hà',
    });
    expect(value?.detail).toBe('Phường Hồng Hà');
    expect(warnings).toEqual(['ChiTiet:address.detail_from_full_text']);
  });

  it('should refuse malformed codes and provinces unknown to the list', () => {
    expect(run({ province: '1', commune: '00097', detail: 'x' }).errors).toEqual([
      'Tinh:admin_unit.invalid_code',
    ]);
    expect(run({ province: '36', commune: '13654', detail: 'x' }).errors).toEqual([
      'Tinh:admin_unit.unknown',
    ]);
    expect(run({ province: '01', district: '999', commune: '00001', detail: 'x' }).errors).toEqual([
      'Huyen:admin_unit.unknown',
    ]);
  });
});

describe('comparableName', () => {
  it('should fold case, Unicode form and whitespace', () => {
    expect(comparableName(' Nguyễn  thị\nHƯƠNG '.normalize('NFD'))).toBe('nguyễn thị hương');
    expect(comparableName('Đỗ')).not.toBe(comparableName('Do'));
  });
});
