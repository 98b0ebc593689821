// Tests for the province lists before and after 01/07/2025.
import { describe, expect, it } from 'vitest';
import { lookupProvince, newProvinceCodeFor, oldProvinceCodesFor } from './provinces.ts';

describe('provinces', () => {
  it('should look provinces up in the list of the version', () => {
    expect(lookupProvince('01', '2025-01')?.name).toBe('Thành phố Hà Nội');
    expect(lookupProvince('02', '2025-01')?.name).toBe('Tỉnh Hà Giang');
    expect(lookupProvince('02', '2025-07')).toBeUndefined();
    expect(newProvinceCodeFor('02')).toBe('08');
    expect(oldProvinceCodesFor('08')).toEqual(['02', '08']);
    expect(lookupProvince('75', '2025-07')?.note).toContain('30/04/2026');
  });
});
