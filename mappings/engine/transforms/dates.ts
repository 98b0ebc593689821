// Date transforms: portal yyyyMMddHHmmss (Asia/Ho_Chi_Minh) ⇄ ISO instants, and strict calendar dates.
import type { MappingContext } from '../context.ts';
import { isAbsent, type TransformOptions, wrongType } from './options.ts';

/** Asia/Ho_Chi_Minh is UTC+07:00 all year: Vietnam has had no DST since 1975. */
export const VIETNAM_OFFSET_MINUTES = 420;
const VIETNAM_OFFSET = '+07:00';
const MINUTE_MS = 60_000;

const PORTAL_RE = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?$/;
const DMY_RE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const VIETNAM_ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+07:00$/;

/**
 * True when `value` is already a real `yyyy-MM-ddTHH:mm:ss+07:00` instant, the form every
 * normalisation through the portal layout returns unchanged: callers may skip the round trip.
 */
export function isVietnamIso(value: string): boolean {
  const m = VIETNAM_ISO_RE.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as DateTimeFields;
  return isCalendarDate(y, mo, d) && isClockTime(h, mi, s);
}

function isClockTime(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

/** year, month, day, hour, minute, second as captured by a pattern. */
type DateTimeFields = [number, number, number, number, number, number];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Epoch milliseconds of a UTC wall time; setUTCFullYear keeps years 0–99 literal. */
function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  return date.getTime();
}

/** Wall-clock fields of an instant seen at +07:00. */
function vietnamFields(epochMs: number) {
  const d = new Date(epochMs + VIETNAM_OFFSET_MINUTES * MINUTE_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** `yyyyMMddHHmmss` (Vietnam time) → `yyyy-MM-ddTHH:mm:ss+07:00`. */
export function portalToIso(
  value: unknown,
  ctx: MappingContext,
  options: TransformOptions = {},
): string | undefined {
  if (isAbsent(value, ctx, options)) return undefined;
  if (typeof value !== 'string') return wrongType(value, 'a yyyyMMddHHmmss string', ctx, options);
  const issue = { value, personal: options.personal };
  const m = PORTAL_RE.exec(value);
  if (!m) return ctx.error('date.invalid_format', 'expected yyyyMMddHHmmss', issue);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as DateTimeFields;
  if (!isCalendarDate(y, mo, d)) {
    return ctx.error('date.invalid_calendar_date', 'not a real calendar date', issue);
  }
  if (!isClockTime(h, mi, s)) return ctx.error('date.invalid_time', 'not a real clock time', issue);
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${VIETNAM_OFFSET}`;
}

/**
 * ISO instant with an offset (`Z` or `±HH:MM`), or a valid Date → `yyyyMMddHHmmss` at +07:00.
 * Fractional seconds do not fit the portal format: they are dropped with a warning.
 */
export function isoToPortal(
  value: unknown,
  ctx: MappingContext,
  options: TransformOptions = {},
): string | undefined {
  if (isAbsent(value, ctx, options)) return undefined;
  const issue = { value, personal: options.personal };
  let epochMs: number;
  if (value instanceof Date) {
    epochMs = value.getTime();
    if (Number.isNaN(epochMs)) return ctx.error('date.invalid_format', 'invalid Date', issue);
    if (epochMs % 1000 !== 0) ctx.warn('date.fraction_dropped', 'fractional seconds dropped');
    epochMs -= ((epochMs % 1000) + 1000) % 1000;
  } else if (typeof value === 'string') {
    const parsed = parseInstant(value, ctx, options);
    if (parsed === undefined) return undefined;
    epochMs = parsed;
  } else {
    return wrongType(value, 'an ISO instant string or a Date', ctx, options);
  }
  const f = vietnamFields(epochMs);
  if (f.year < 0 || f.year > 9999) {
    return ctx.error('date.out_of_range', 'year outside 0000–9999 at +07:00', issue);
  }
  return `${pad(f.year, 4)}${pad(f.month, 2)}${pad(f.day, 2)}${pad(f.hour, 2)}${pad(f.minute, 2)}${pad(f.second, 2)}`;
}

/** Strict RFC 3339 instant → epoch ms truncated to the second, or undefined after an error. */
function parseInstant(
  value: string,
  ctx: MappingContext,
  options: TransformOptions,
): number | undefined {
  const issue = { value, personal: options.personal };
  const m = INSTANT_RE.exec(value);
  if (!m) return ctx.error('date.invalid_format', 'expected yyyy-MM-ddTHH:mm:ss±HH:MM', issue);
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as DateTimeFields;
  const fraction = m[7];
  const offset = m[8];
  if (offset === undefined) {
    return ctx.error('date.missing_offset', 'an instant needs an offset (Z or ±HH:MM)', issue);
  }
  if (!isCalendarDate(y, mo, d)) {
    return ctx.error('date.invalid_calendar_date', 'not a real calendar date', issue);
  }
  if (!isClockTime(h, mi, s)) return ctx.error('date.invalid_time', 'not a real clock time', issue);
  let offsetMinutes = 0;
  if (offset !== 'Z') {
    const oh = Number(offset.slice(1, 3));
    const om = Number(offset.slice(4, 6));
    if (oh > 23 || om > 59) return ctx.error('date.invalid_offset', 'offset out of range', issue);
    offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  if (fraction !== undefined && /[1-9]/.test(fraction)) {
    ctx.warn('date.fraction_dropped', 'fractional seconds dropped');
  }
  return utcMs(y, mo, d, h, mi, s) - offsetMinutes * MINUTE_MS;
}

/** Strict `yyyy-MM-dd` calendar date; returns it unchanged when it names a real day. */
export function isoDate(
  value: unknown,
  ctx: MappingContext,
  options: TransformOptions = {},
): string | undefined {
  if (isAbsent(value, ctx, options)) return undefined;
  if (typeof value !== 'string') return wrongType(value, 'a yyyy-MM-dd string', ctx, options);
  const issue = { value, personal: options.personal };
  const m = ISO_DATE_RE.exec(value);
  if (!m) return ctx.error('date.invalid_format', 'expected yyyy-MM-dd', issue);
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
  if (!isCalendarDate(y, mo, d)) {
    return ctx.error('date.invalid_calendar_date', 'not a real calendar date', issue);
  }
  return value;
}

/** Strict `dd/MM/yyyy` → `yyyy-MM-dd`. */
export function dmyToIsoDate(
  value: unknown,
  ctx: MappingContext,
  options: TransformOptions = {},
): string | undefined {
  if (isAbsent(value, ctx, options)) return undefined;
  if (typeof value !== 'string') return wrongType(value, 'a dd/MM/yyyy string', ctx, options);
  const issue = { value, personal: options.personal };
  const m = DMY_RE.exec(value);
  if (!m) return ctx.error('date.invalid_format', 'expected dd/MM/yyyy', issue);
  const [d, mo, y] = m.slice(1).map(Number) as [number, number, number];
  if (!isCalendarDate(y, mo, d)) {
    return ctx.error('date.invalid_calendar_date', 'not a real calendar date', issue);
  }
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
}

/** Strict `yyyy-MM-dd` → `dd/MM/yyyy`. */
export function isoDateToDmy(
  value: unknown,
  ctx: MappingContext,
  options: TransformOptions = {},
): string | undefined {
  const date = isoDate(value, ctx, options);
  if (date === undefined) return undefined;
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** The calendar day (`yyyy-MM-dd`) an instant falls on in Vietnam. */
export function vietnamDateOf(instant: Date): string {
  const f = vietnamFields(instant.getTime());
  return `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)}`;
}
