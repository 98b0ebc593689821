import { describe, expect, it } from 'vitest';
import { CCCD_PROVINCES, cccdProvince } from './cccd-provinces.ts';

describe('CCCD_PROVINCES', () => {
  it('should hold the 63 pre-2025 provinces as 0 + the admin code', () => {
    expect(CCCD_PROVINCES.size).toBe(63);
    for (const [code, province] of CCCD_PROVINCES) {
      expect(code).toBe(`0${province.adminCode}`);
      expect(code).toMatch(/^0\d{2}$/);
    }
  });

  it('should map 001 to Hà Nội and 079 to Hồ Chí Minh City, and know no 003', () => {
    expect(cccdProvince('001')).toEqual({
      cccdCode: '001',
      adminCode: '01',
      name: 'Thành phố Hà Nội',
    });
    expect(cccdProvince('079')?.name).toBe('Thành phố Hồ Chí Minh');
    expect(cccdProvince('003')).toBeUndefined();
    expect(cccdProvince('01')).toBeUndefined();
  });
});
