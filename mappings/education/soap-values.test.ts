// Tests for xs:date / xs:dateTime values as Date objects or text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../engine/context.ts';
import { calendarDate, vietnamInstant } from './soap-values.ts';

function run<T>(fn: (ctx: ReturnType<typeof createContext>) => T) {
  const ctx = createContext();
  const value = fn(ctx);
  return {
    value,
    errors: ctx.errors.map((e) => e.rule),
    warnings: ctx.warnings.map((w) => w.rule),
  };
}

describe('calendarDate', () => {
  it('should read the Date the soap package builds for an xs:date without shifting the day', () => {
    expect(run((c) => calendarDate(new Date('2010-05-04'), c)).value).toBe('2010-05-04');
    expect(run((c) => calendarDate('2010-05-04', c)).value).toBe('2010-05-04');
    expect(run((c) => calendarDate('2010-05-04+07:00', c)).value).toBe('2010-05-04');
    expect(run((c) => calendarDate('2010-05-04Z', c)).value).toBe('2010-05-04');
  });

  it('should refuse a Date that is not midnight UTC, invalid Dates and impossible days', () => {
    expect(run((c) => calendarDate(new Date('2010-05-03T17:00:00Z'), c)).errors).toEqual([
      'date.not_a_calendar_date',
    ]);
    expect(run((c) => calendarDate(new Date(Number.NaN), c)).errors).toEqual([
      'date.invalid_format',
    ]);
    expect(run((c) => calendarDate('2024-02-30', c)).errors).toEqual([
      'date.invalid_calendar_date',
    ]);
    expect(run((c) => calendarDate('04/05/2010', c)).errors).toEqual(['date.invalid_format']);
    expect(run((c) => calendarDate(20100504, c)).errors).toEqual(['value.wrong_type']);
  });

  it('should round-trip every day through the Date the soap package would build', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          expect(run((c) => calendarDate(new Date(day), c)).value).toBe(day);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('vietnamInstant', () => {
  it('should write any offset or Date at +07:00 to the second', () => {
    expect(run((c) => vietnamInstant('2025-07-10T03:00:00Z', c)).value).toBe(
      '2025-07-10T10:00:00+07:00',
    );
    expect(run((c) => vietnamInstant(new Date('2025-07-10T03:00:00Z'), c)).value).toBe(
      '2025-07-10T10:00:00+07:00',
    );
    expect(run((c) => vietnamInstant('2025-07-10T03:00:00.250Z', c))).toMatchObject({
      value: '2025-07-10T10:00:00+07:00',
      warnings: ['date.fraction_dropped'],
    });
  });

  it('should read a local xs:dateTime as Vietnam time with a warning', () => {
    expect(run((c) => vietnamInstant('2025-07-10T10:00:00', c))).toMatchObject({
      value: '2025-07-10T10:00:00+07:00',
      warnings: ['date.offset_assumed'],
    });
  });
});
