// Tests for date transforms: portal format at +07:00, ISO instants and strict calendar dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../context.ts';
import {
  dmyToIsoDate,
  isoDate,
  isoDateToDmy,
  isoToPortal,
  isVietnamIso,
  portalToIso,
  vietnamDateOf,
} from './dates.ts';

const RUNS = { numRuns: 1000 };

function run<T>(fn: (ctx: ReturnType<typeof createContext>) => T) {
  const ctx = createContext();
  const value = fn(ctx);
  return {
    value,
    errors: ctx.errors.map((e) => e.rule),
    warnings: ctx.warnings.map((w) => w.rule),
  };
}

describe('portalToIso', () => {
  it('should read yyyyMMddHHmmss as Vietnam time', () => {
    expect(run((c) => portalToIso('20240229235959', c)).value).toBe('2024-02-29T23:59:59+07:00');
    expect(run((c) => portalToIso('00010101000000', c)).value).toBe('0001-01-01T00:00:00+07:00');
  });

  it('should reject days that do not exist', () => {
    expect(run((c) => portalToIso('20240231000000', c))).toMatchObject({
      value: undefined,
      errors: ['date.invalid_calendar_date'],
    });
    expect(run((c) => portalToIso('20230229000000', c)).errors).toEqual([
      'date.invalid_calendar_date',
    ]);
    expect(run((c) => portalToIso('20241301000000', c)).errors).toEqual([
      'date.invalid_calendar_date',
    ]);
  });

  it('should reject impossible times, wrong shapes and wrong types', () => {
    expect(run((c) => portalToIso('20240101240000', c)).errors).toEqual(['date.invalid_time']);
    expect(run((c) => portalToIso('2024-01-01', c)).errors).toEqual(['date.invalid_format']);
    expect(run((c) => portalToIso(20240101000000, c)).errors).toEqual(['value.wrong_type']);
  });

  it('should pass absent values through unless required', () => {
    expect(run((c) => portalToIso(undefined, c))).toMatchObject({ value: undefined, errors: [] });
    expect(run((c) => portalToIso(null, c, { required: true })).errors).toEqual(['value.required']);
  });

  it('should mask the echoed value of a personal date', () => {
    const ctx = createContext();
    portalToIso('19900231000000', ctx.at('NgaySinh'), { personal: true });
    expect(ctx.errors[0]).toMatchObject({ path: 'NgaySinh', value: '19**********00' });
  });
});

describe('isoToPortal', () => {
  it('should convert any offset to +07:00', () => {
    expect(run((c) => isoToPortal('2024-02-29T17:00:00Z', c)).value).toBe('20240301000000');
    expect(run((c) => isoToPortal('2024-01-01T00:00:00-05:30', c)).value).toBe('20240101123000');
    expect(run((c) => isoToPortal('2024-06-15T08:00:00+07:00', c)).value).toBe('20240615080000');
  });

  it('should accept a Date', () => {
    expect(run((c) => isoToPortal(new Date('2024-12-31T17:00:00Z'), c)).value).toBe(
      '20250101000000',
    );
  });

  it('should drop fractional seconds with a warning', () => {
    expect(run((c) => isoToPortal('2024-01-01T00:00:00.999Z', c))).toMatchObject({
      value: '20240101070000',
      warnings: ['date.fraction_dropped'],
    });
    expect(run((c) => isoToPortal('2024-01-01T00:00:00.000Z', c)).warnings).toEqual([]);
  });

  it('should refuse local times without an offset and invalid instants', () => {
    expect(run((c) => isoToPortal('2024-01-01T00:00:00', c)).errors).toEqual([
      'date.missing_offset',
    ]);
    expect(run((c) => isoToPortal('2024-02-30T00:00:00Z', c)).errors).toEqual([
      'date.invalid_calendar_date',
    ]);
    expect(run((c) => isoToPortal('2024-01-01T00:00:60Z', c)).errors).toEqual([
      'date.invalid_time',
    ]);
    expect(run((c) => isoToPortal('2024-01-01T00:00:00+24:00', c)).errors).toEqual([
      'date.invalid_offset',
    ]);
    expect(run((c) => isoToPortal(new Date(Number.NaN), c)).errors).toEqual([
      'date.invalid_format',
    ]);
  });

  it('should refuse instants whose Vietnam year has five digits', () => {
    expect(run((c) => isoToPortal('9999-12-31T20:00:00Z', c)).errors).toEqual([
      'date.out_of_range',
    ]);
  });
});

describe('calendar dates', () => {
  it('should convert dd/MM/yyyy to yyyy-MM-dd strictly', () => {
    expect(run((c) => dmyToIsoDate('29/02/2024', c)).value).toBe('2024-02-29');
    expect(run((c) => dmyToIsoDate('31/02/2024', c)).errors).toEqual([
      'date.invalid_calendar_date',
    ]);
    expect(run((c) => dmyToIsoDate('1/2/2024', c)).errors).toEqual(['date.invalid_format']);
  });

  it('should validate yyyy-MM-dd and format it back as dd/MM/yyyy', () => {
    expect(run((c) => isoDate('2000-02-29', c)).value).toBe('2000-02-29');
    expect(run((c) => isoDate('1900-02-29', c)).errors).toEqual(['date.invalid_calendar_date']);
    expect(run((c) => isoDateToDmy('2024-04-30', c)).value).toBe('30/04/2024');
    expect(run((c) => isoDateToDmy('2024-04-31', c)).errors).toEqual([
      'date.invalid_calendar_date',
    ]);
  });

  it('should give the Vietnam calendar day of an instant', () => {
    expect(vietnamDateOf(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
    expect(vietnamDateOf(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
  });
});

const instants = fc.date({
  min: new Date('0001-01-01T00:00:00Z'),
  max: new Date('9999-12-31T16:59:59Z'),
  noInvalidDate: true,
});

function withOffset(date: Date, offsetMinutes: number): string {
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${shifted}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

describe('portal date properties', () => {
  it('should round-trip any valid instant through the portal format', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: -720, max: 840 }), (date, offset) => {
        const ctx = createContext();
        const iso = withOffset(date, offset);
        // The wall time at the offset may fall before year 0001; ISO then needs six digits.
        fc.pre(/^\d{4}-/.test(iso));
        const portal = isoToPortal(iso, ctx);
        const back = portalToIso(portal, ctx);
        expect(ctx.errors).toEqual([]);
        const seconds = Math.floor(date.getTime() / 1000) * 1000;
        expect(Date.parse(back ?? '')).toBe(seconds);
        expect(back?.endsWith('+07:00')).toBe(true);
      }),
      RUNS,
    );
  });

  it('should round-trip any valid portal string through ISO', () => {
    fc.assert(
      fc.property(instants, (date) => {
        const ctx = createContext();
        const portal = isoToPortal(date, ctx) ?? '';
        expect(isoToPortal(portalToIso(portal, ctx), ctx)).toBe(portal);
        expect(ctx.errors).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('isVietnamIso (the fast path of +07:00 normalisation)', () => {
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
  // Fields in and out of range alike (month 13, day 31 of a short month, hour 24, second 60).
  const candidate = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), two(13), two(31), two(24), two(60), two(60))
    .map(
      ([y, mo, d, h, mi, s]) => `${String(y).padStart(4, '0')}-${mo}-${d}T${h}:${mi}:${s}+07:00`,
    );

  it('should hold exactly when the portal round trip returns the value unchanged, without issues', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        const ctx = createContext();
        const portal = isoToPortal(value, ctx);
        const back = portal === undefined ? undefined : portalToIso(portal, ctx);
        expect(isVietnamIso(value)).toBe(back === value && ctx.toResult(null).ok);
      }),
      RUNS,
    );
  });

  it('should refuse other offsets, Z and fractions', () => {
    expect(isVietnamIso('2025-07-01T08:00:00+07:00')).toBe(true);
    expect(isVietnamIso('2025-07-01T08:00:00Z')).toBe(false);
    expect(isVietnamIso('2025-07-01T08:00:00.5+07:00')).toBe(false);
    expect(isVietnamIso('2025-02-29T08:00:00+07:00')).toBe(false);
  });
});
