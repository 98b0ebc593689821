// Tests for the Hanoi admin-unit lists: SOURCES.md counts, versioned codes, NFC names.
import { describe, expect, it } from 'vitest';
import { adminUnitsOf, lookupAdminUnit } from './lists.ts';

describe('admin-unit lists', () => {
  it('should hold the counts stated in SOURCES.md', () => {
    const count = (v: Parameters<typeof adminUnitsOf>[0], type?: string) =>
      adminUnitsOf(v, 'commune').filter((u) => type === undefined || u.type === type).length;
    expect(count('2025-01')).toBe(526);
    expect([
      count('2025-01', 'Phường'),
      count('2025-01', 'Xã'),
      count('2025-01', 'Thị trấn'),
    ]).toEqual([160, 345, 21]);
    expect(adminUnitsOf('2025-01', 'district')).toHaveLength(30);
    expect(count('2020-2024')).toBe(579);
    expect([count('2020-2024', 'Phường'), count('2020-2024', 'Xã')]).toEqual([175, 383]);
    expect(count('2025-07')).toBe(126);
    expect([count('2025-07', 'Phường'), count('2025-07', 'Xã')]).toEqual([51, 75]);
    expect(adminUnitsOf('2025-07', 'district')).toHaveLength(0);
    expect(adminUnitsOf('2025-07', 'commune').every((u) => u.parentCode === '01')).toBe(true);
  });

  it('should keep the code together with its list version', () => {
    expect(lookupAdminUnit('00008', '2025-01')).toMatchObject({
      name: 'Phường Liễu Giai',
      level: 'commune',
      parentCode: '001',
      listVersion: '2025-01',
    });
    expect(lookupAdminUnit('00008', '2025-07')?.name).toBe('Phường Ngọc Hà');
    expect(lookupAdminUnit('001', '2020-2024')?.name).toBe('Quận Ba Đình');
    expect(lookupAdminUnit('00010', '2025-01')).toBeUndefined();
    expect(lookupAdminUnit('00679', '2025-01')?.name).toBe('Xã Đại áng');
  });

  it('should store every name in NFC', () => {
    for (const v of ['2020-2024', '2025-01', '2025-07'] as const) {
      for (const u of adminUnitsOf(v)) expect(u.name).toBe(u.name.normalize('NFC'));
    }
  });

  it('should show 103 of the 126 new codes naming another commune before', () => {
    const renamed = adminUnitsOf('2025-07', 'commune').filter(
      (u) => lookupAdminUnit(u.code, '2025-01')?.name !== u.name,
    );
    expect(renamed).toHaveLength(103);
  });
});
