// Maintenance windows of a target (weekly local-time slots and one-off ranges): is one active, until when?
import { z } from 'zod';

export const DEFAULT_MAINTENANCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export const MAINTENANCE_ERRORS = {
  invalidTimeZone: 'maintenance.invalid_time_zone',
  invalidClock: 'maintenance.invalid_clock',
  emptyWindow: 'maintenance.empty_window',
  invalidInstant: 'maintenance.invalid_instant',
  fromNotBeforeTo: 'maintenance.from_not_before_to',
} as const;

const START_CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
// '24:00' lets a slot run to the end of its day without wrapping.
const END_CLOCK = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Every week on `days` (0 = Sunday, in the zone) from `start`; an `end` at or before `start` is next day. */
export const RecurringMaintenanceWindowSchema = z
  .strictObject({
    days: z.array(z.int().min(0).max(6)).min(1),
    start: z.string().regex(START_CLOCK, { error: MAINTENANCE_ERRORS.invalidClock }),
    end: z.string().regex(END_CLOCK, { error: MAINTENANCE_ERRORS.invalidClock }),
    timeZone: z
      .string()
      .refine(isTimeZone, { error: MAINTENANCE_ERRORS.invalidTimeZone })
      .default(DEFAULT_MAINTENANCE_TIME_ZONE),
  })
  .refine((w) => w.start !== w.end, { error: MAINTENANCE_ERRORS.emptyWindow, path: ['end'] });

/** One-off range of instants, [from, to); ISO 8601 with Z or an offset. */
export const OneOffMaintenanceWindowSchema = z
  .strictObject({
    from: z.iso.datetime({ offset: true, error: MAINTENANCE_ERRORS.invalidInstant }),
    to: z.iso.datetime({ offset: true, error: MAINTENANCE_ERRORS.invalidInstant }),
  })
  .refine((w) => Date.parse(w.from) < Date.parse(w.to), {
    error: MAINTENANCE_ERRORS.fromNotBeforeTo,
    path: ['to'],
  });

export const MaintenanceWindowSchema = z.union([
  RecurringMaintenanceWindowSchema,
  OneOffMaintenanceWindowSchema,
]);

export type RecurringMaintenanceWindow = z.output<typeof RecurringMaintenanceWindowSchema>;
export type OneOffMaintenanceWindow = z.output<typeof OneOffMaintenanceWindowSchema>;
export type MaintenanceWindow = z.output<typeof MaintenanceWindowSchema>;
export type MaintenanceWindowInput = z.input<typeof MaintenanceWindowSchema>;

export type MaintenanceStatus = { active: false } | { active: true; until: Date };

const MINUTE = 60_000;
const DAY = 86_400_000;
// Back-to-back windows merge into one `until`; a window covering every minute would chain forever.
const MAX_CHAINED_WINDOWS = 64;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's wall-clock reading at an instant, encoded as the epoch ms of that same reading in UTC. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  const ms = ((instant % 1000) + 1000) % 1000;
  return (
    Date.UTC(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour'),
      part('minute'),
      part('second'),
    ) + ms
  );
}

/** Inverse of wallClockMs; two passes settle the offset even across a DST change. */
function wallToInstant(wall: number, timeZone: string): number {
  let instant = wall - (wallClockMs(wall, timeZone) - wall);
  instant = wall - (wallClockMs(instant, timeZone) - instant);
  return instant;
}

function clockMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

function recurringEnd(window: RecurringMaintenanceWindow, at: number): number | undefined {
  const wall = wallClockMs(at, window.timeZone);
  const today = Math.floor(wall / DAY) * DAY;
  const start = clockMinutes(window.start);
  const end = clockMinutes(window.end);
  const length = (end > start ? end - start : end + 24 * 60 - start) * MINUTE;
  // A slot that crosses midnight belongs to the day it starts on, so yesterday's may still be running.
  for (const day of [today, today - DAY]) {
    if (!window.days.includes(new Date(day).getUTCDay())) continue;
    const slotStart = day + start * MINUTE;
    if (wall >= slotStart && wall < slotStart + length) {
      return wallToInstant(slotStart + length, window.timeZone);
    }
  }
  return undefined;
}

function windowEnd(window: MaintenanceWindow, at: number): number | undefined {
  if ('from' in window) {
    const to = Date.parse(window.to);
    return Date.parse(window.from) <= at && at < to ? to : undefined;
  }
  return recurringEnd(window, at);
}

function latestEnd(windows: readonly MaintenanceWindow[], at: number): number | undefined {
  let latest: number | undefined;
  for (const window of windows) {
    const end = windowEnd(window, at);
    if (end !== undefined && end > at && (latest === undefined || end > latest)) latest = end;
  }
  return latest;
}

/** Is any window active at `at`? `until` is when maintenance ends, following back-to-back windows. */
export function inMaintenance(windows: readonly MaintenanceWindow[], at: Date): MaintenanceStatus {
  const instant = at.getTime();
  if (Number.isNaN(instant)) return { active: false };
  let until = latestEnd(windows, instant);
  if (until === undefined) return { active: false };
  for (let i = 0; i < MAX_CHAINED_WINDOWS; i += 1) {
    const next = latestEnd(windows, until);
    if (next === undefined) break;
    until = next;
  }
  return { active: true, until: new Date(until) };
}
