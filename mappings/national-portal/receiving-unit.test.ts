// Tests for the receiving-unit resolver: both list versions, refusal to guess an ambiguous commune code.
import { describe, expect, it } from 'vitest';
import { createReceivingUnitResolver } from './receiving-unit.ts';

const resolve = createReceivingUnitResolver([
  { agencyEId: '000.21.01.h26', level: 'commune', code: '00001', listVersion: '2025-01' },
  { agencyEId: '000.00.97.H26', level: 'commune', code: '00097', listVersion: '2025-07' },
  { agencyEId: '000.01.00.H26', level: 'district', code: '001' },
  { agencyEId: '000.00.08.H26', level: 'commune', code: '00008' },
  { agencyEId: '000.00.09.H26', level: 'commune', code: '00097', listVersion: '2020-2024' },
  { agencyEId: '000.00.10.H26', level: 'district', code: '001', listVersion: '2025-07' },
]);

describe('createReceivingUnitResolver', () => {
  it('should resolve units of the 2025-01 and 2025-07 lists by agency e-ID', () => {
    expect(resolve('000.21.01.H26')).toEqual({
      ok: true,
      value: {
        level: 'commune',
        unit: { code: '00001', listVersion: '2025-01', name: 'Phường Phúc Xá' },
      },
      warnings: [],
    });
    expect(resolve('000.00.97.H26')).toMatchObject({
      value: { unit: { code: '00097', listVersion: '2025-07', name: 'Phường Hồng Hà' } },
    });
    expect(resolve('000.00.09.H26')).toMatchObject({ value: { unit: { name: 'Phường Tứ Liên' } } });
  });

  it('should assume the newest list, with a warning, when every list names the same unit', () => {
    const result = resolve('000.01.00.H26');
    expect(result).toMatchObject({
      ok: true,
      value: { level: 'district', unit: { listVersion: '2025-01', name: 'Quận Ba Đình' } },
    });
    expect(result.ok && result.warnings.map((w) => w.rule)).toEqual(['admin_unit.version_assumed']);
  });

  it('should refuse 00008 without a list version: Phường Liễu Giai before 07/2025, Phường Ngọc Hà after', () => {
    const result = resolve('000.00.08.H26');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.rule)).toEqual(['admin_unit.ambiguous_without_version']);
  });

  it('should report unknown agencies and units that do not exist in the list', () => {
    expect(resolve('000.00.99.H26')).toMatchObject({
      ok: false,
      errors: [{ rule: 'receiving_unit.unknown_agency' }],
    });
    expect(resolve('000.00.10.H26')).toMatchObject({
      ok: false,
      errors: [{ rule: 'admin_unit.unknown' }],
    });
  });
});
