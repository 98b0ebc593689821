import { describe, expect, it } from 'vitest';
import { isRealCalendarDay, parseIsoCalendarDay } from './calendar-day.ts';

describe('calendar-day', () => {
  it('should know leap days', () => {
    expect(isRealCalendarDay({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isRealCalendarDay({ year: 2023, month: 2, day: 29 })).toBe(false);
    expect(isRealCalendarDay({ year: 2100, month: 2, day: 29 })).toBe(false);
    expect(isRealCalendarDay({ year: 2000, month: 2, day: 29 })).toBe(true);
  });

  it('should parse only real YYYY-MM-DD dates', () => {
    expect(parseIsoCalendarDay('1990-05-12')).toEqual({ year: 1990, month: 5, day: 12 });
    expect(parseIsoCalendarDay('1990-04-31')).toBeUndefined();
    expect(parseIsoCalendarDay('1990-13-01')).toBeUndefined();
    expect(parseIsoCalendarDay('12/05/1990')).toBeUndefined();
  });
});
