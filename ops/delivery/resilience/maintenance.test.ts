// Maintenance windows: config schema, golden cases in Asia/Ho_Chi_Minh and elsewhere, fixed-offset property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  inMaintenance,
  MAINTENANCE_ERRORS,
  type MaintenanceWindow,
  type MaintenanceWindowInput,
  MaintenanceWindowSchema,
} from './maintenance.ts';

const parse = (input: MaintenanceWindowInput) => MaintenanceWindowSchema.parse(input);
const at = (iso: string) => new Date(iso);

function issuesOf(input: unknown): string[] {
  const result = MaintenanceWindowSchema.safeParse(input);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).flatMap((issue) =>
    'errors' in issue ? issue.errors.flat().map((e) => e.message) : [issue.message],
  );
}

// 2025-03-01 is a Saturday.
const saturdayNight = parse({ days: [6], start: '22:00', end: '02:00' });

describe('MaintenanceWindowSchema', () => {
  it('should accept both window forms and default the zone to Asia/Ho_Chi_Minh', () => {
    expect(saturdayNight).toEqual({
      days: [6],
      start: '22:00',
      end: '02:00',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    const oneOff = { from: '2025-03-01T20:00:00+07:00', to: '2025-03-01T23:00:00+07:00' };
    expect(parse(oneOff)).toEqual(oneOff);
    expect(parse({ days: [0], start: '00:00', end: '24:00', timeZone: 'UTC' })).toMatchObject({
      timeZone: 'UTC',
    });
  });

  it('should reject unknown keys such as cron, and malformed values, with stable codes', () => {
    expect(MaintenanceWindowSchema.safeParse({ cron: '0 22 * * 6' }).success).toBe(false);
    expect(
      MaintenanceWindowSchema.safeParse({ days: [6], start: '22:00', end: '02:00', cron: 'x' })
        .success,
    ).toBe(false);
    expect(issuesOf({ days: [6], start: '24:00', end: '02:00' })).toContain(
      MAINTENANCE_ERRORS.invalidClock,
    );
    expect(issuesOf({ days: [6], start: '7:00', end: '08:00' })).toContain(
      MAINTENANCE_ERRORS.invalidClock,
    );
    expect(issuesOf({ days: [6], start: '22:00', end: '22:00' })).toContain(
      MAINTENANCE_ERRORS.emptyWindow,
    );
    expect(
      issuesOf({ days: [6], start: '22:00', end: '23:00', timeZone: 'Asia/Hanoi_City' }),
    ).toContain(MAINTENANCE_ERRORS.invalidTimeZone);
    expect(
      MaintenanceWindowSchema.safeParse({ days: [], start: '01:00', end: '02:00' }).success,
    ).toBe(false);
    expect(
      MaintenanceWindowSchema.safeParse({ days: [7], start: '01:00', end: '02:00' }).success,
    ).toBe(false);
    expect(issuesOf({ from: '2025-03-02T00:00:00Z', to: '2025-03-01T00:00:00Z' })).toContain(
      MAINTENANCE_ERRORS.fromNotBeforeTo,
    );
    expect(issuesOf({ from: '2025-03-01', to: '2025-03-02T00:00:00Z' })).toContain(
      MAINTENANCE_ERRORS.invalidInstant,
    );
  });
});

describe('inMaintenance', () => {
  it('should be active inside a window that runs past midnight, until its end', () => {
    const until = at('2025-03-02T02:00:00+07:00');
    expect(inMaintenance([saturdayNight], at('2025-03-01T22:00:00+07:00'))).toEqual({
      active: true,
      until,
    });
    expect(inMaintenance([saturdayNight], at('2025-03-02T01:59:59+07:00'))).toEqual({
      active: true,
      until,
    });
  });

  it('should treat the start as inclusive and the end as exclusive, and respect the days', () => {
    expect(inMaintenance([saturdayNight], at('2025-03-01T21:59:59+07:00'))).toEqual({
      active: false,
    });
    expect(inMaintenance([saturdayNight], at('2025-03-02T02:00:00+07:00'))).toEqual({
      active: false,
    });
    expect(inMaintenance([saturdayNight], at('2025-03-02T23:00:00+07:00'))).toEqual({
      active: false,
    });
    expect(inMaintenance([], at('2025-03-01T23:00:00+07:00'))).toEqual({ active: false });
  });

  it('should read the weekday in the window zone, not in UTC', () => {
    const saturdayMorning = parse({ days: [6], start: '05:00', end: '07:00' });
    // Friday 23:30 UTC is Saturday 06:30 in Hanoi.
    expect(inMaintenance([saturdayMorning], at('2025-02-28T23:30:00Z'))).toEqual({
      active: true,
      until: at('2025-03-01T00:00:00Z'),
    });
    expect(inMaintenance([saturdayMorning], at('2025-03-01T23:30:00Z')).active).toBe(false);
  });

  it('should handle same-day weekday windows and a slot ending at 24:00', () => {
    const lunch = parse({ days: [1, 2, 3, 4, 5], start: '12:00', end: '13:00' });
    expect(inMaintenance([lunch], at('2025-03-03T12:30:00+07:00'))).toEqual({
      active: true,
      until: at('2025-03-03T13:00:00+07:00'),
    });
    expect(inMaintenance([lunch], at('2025-03-02T12:30:00+07:00')).active).toBe(false);
    const lateSunday = parse({ days: [0], start: '23:00', end: '24:00' });
    expect(inMaintenance([lateSunday], at('2025-03-02T23:59:59+07:00'))).toEqual({
      active: true,
      until: at('2025-03-03T00:00:00+07:00'),
    });
  });

  it('should follow back-to-back and overlapping windows to the real end', () => {
    const windows = [
      parse({ days: [6], start: '22:00', end: '24:00' }),
      parse({ days: [0], start: '00:00', end: '03:00' }),
      parse({ from: '2025-03-02T02:30:00+07:00', to: '2025-03-02T05:00:00+07:00' }),
    ];
    expect(inMaintenance(windows, at('2025-03-01T22:15:00+07:00'))).toEqual({
      active: true,
      until: at('2025-03-02T05:00:00+07:00'),
    });
  });

  it('should be active inside a one-off range only', () => {
    const upgrade = parse({ from: '2025-04-30T08:00:00+07:00', to: '2025-04-30T10:00:00+07:00' });
    expect(inMaintenance([upgrade], at('2025-04-30T01:00:00Z'))).toEqual({
      active: true,
      until: at('2025-04-30T03:00:00Z'),
    });
    expect(inMaintenance([upgrade], at('2025-04-30T03:00:00Z')).active).toBe(false);
    expect(inMaintenance([upgrade], at('2025-04-30T00:59:59Z')).active).toBe(false);
    expect(inMaintenance([upgrade], new Date(Number.NaN)).active).toBe(false);
  });

  it('should use the zone rules, including a DST change, rather than a fixed offset', () => {
    // Berlin moves from UTC+1 to UTC+2 at 01:00Z on 2025-03-30 (a Sunday).
    const night = parse({ days: [0], start: '01:00', end: '04:00', timeZone: 'Europe/Berlin' });
    expect(inMaintenance([night], at('2025-03-30T00:30:00Z'))).toEqual({
      active: true,
      until: at('2025-03-30T02:00:00Z'),
    });
    expect(inMaintenance([night], at('2025-03-30T02:00:00Z')).active).toBe(false);
  });

  it('should agree with a fixed UTC+7 reference for any weekly window in Asia/Ho_Chi_Minh', () => {
    const HOUR = 3_600_000;
    const clock = (minutes: number) =>
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 1439 }),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }),
        (days, startMin, lengthMin, instant) => {
          const endMin = (startMin + lengthMin) % 1440;
          const window: MaintenanceWindow = parse({
            days,
            start: clock(startMin),
            end: clock(endMin),
          });
          // Reference: local wall time = UTC + 7 h; a slot belongs to the day it starts on.
          const wall = instant + 7 * HOUR;
          const dayStart = Math.floor(wall / 86_400_000) * 86_400_000;
          const expected = [dayStart, dayStart - 86_400_000].some((day) => {
            const slotStart = day + startMin * 60_000;
            return (
              days.includes(new Date(day).getUTCDay()) &&
              wall >= slotStart &&
              wall < slotStart + lengthMin * 60_000
            );
          });
          const status = inMaintenance([window], new Date(instant));
          expect(status.active).toBe(expected);
          if (!status.active) return;
          const until = status.until.getTime();
          expect(until).toBeGreaterThan(instant);
          expect(inMaintenance([window], new Date(until - 1)).active).toBe(true);
          expect(inMaintenance([window], new Date(until)).active).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
