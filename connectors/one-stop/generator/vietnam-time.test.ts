// Vietnam-time helpers: +07:00 instants, dossier-code dates across midnight, due dates over weekends.
import { describe, expect, it } from 'vitest';
import { dueAfterWorkingDays, formatVnInstant, formatYyMMdd, vnTime } from './vietnam-time.ts';

describe('vietnam-time', () => {
  it('should write instants at +07:00 and date codes in Vietnam time', () => {
    const utcEvening = Date.parse('2025-07-03T18:30:05Z');
    expect(formatVnInstant(utcEvening)).toBe('2025-07-04T01:30:05+07:00');
    expect(formatYyMMdd(utcEvening)).toBe('250704');
  });

  it('should skip the weekend when counting working days and fall due at 17:00', () => {
    const friday = vnTime(2025, 11, 14, 10, 0, 0);
    expect(formatVnInstant(dueAfterWorkingDays(friday, 1))).toBe('2025-11-17T17:00:00+07:00');
    expect(formatVnInstant(dueAfterWorkingDays(friday, 0))).toBe('2025-11-14T17:00:00+07:00');
    const saturday = vnTime(2025, 11, 15, 9, 0, 0);
    expect(formatVnInstant(dueAfterWorkingDays(saturday, 0))).toBe('2025-11-17T17:00:00+07:00');
  });
});
