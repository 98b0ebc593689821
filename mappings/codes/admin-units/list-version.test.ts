// Tests for listVersionOn: which admin-unit list was in force on a day.
import { describe, expect, it } from 'vitest';
import { listVersionOn } from './list-version.ts';

describe('listVersionOn', () => {
  it('should give the list in force on a day', () => {
    expect(listVersionOn('2020-02-29')).toBeUndefined();
    expect(listVersionOn('2020-03-01')).toBe('2020-2024');
    expect(listVersionOn('2024-12-31')).toBe('2020-2024');
    expect(listVersionOn('2025-01-01')).toBe('2025-01');
    expect(listVersionOn('2025-06-30')).toBe('2025-01');
    expect(listVersionOn('2025-07-01')).toBe('2025-07');
    expect(listVersionOn('2030-01-01')).toBe('2025-07');
  });

  it('should read a Date on the Vietnam calendar', () => {
    expect(listVersionOn(new Date('2025-06-30T16:59:59Z'))).toBe('2025-01');
    expect(listVersionOn(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07');
  });

  it('should return undefined for input that is not a real date', () => {
    expect(listVersionOn('2025-02-30')).toBeUndefined();
    expect(listVersionOn('01/07/2025')).toBeUndefined();
    expect(listVersionOn(new Date(Number.NaN))).toBeUndefined();
  });
});
