// Clock arithmetic in Vietnam time (UTC+07:00, no daylight saving): wire instants, dossier-code dates, due dates.

const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export interface VnParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 Sunday … 6 Saturday. */
  weekday: number;
}

export function vnParts(ms: number): VnParts {
  const d = new Date(ms + OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/** Epoch milliseconds of a Vietnam wall-clock time. */
export function vnTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0) {
  return Date.UTC(year, month - 1, day, hour, minute, second) - OFFSET_MS;
}

/** `2025-07-03T09:30:00+07:00`, whole seconds, as the one-stop writes instants. */
export function formatVnInstant(ms: number): string {
  const p = vnParts(ms);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+07:00`;
}

/** The `yyMMdd` of a dossier code. */
export function formatYyMMdd(ms: number): string {
  const p = vnParts(ms);
  return `${pad(p.year % 100)}${pad(p.month)}${pad(p.day)}`;
}

/** `yyyy/MM/dd` for file paths. */
export function formatDatePath(ms: number): string {
  const p = vnParts(ms);
  return `${p.year}/${pad(p.month)}/${pad(p.day)}`;
}

export const formatDmy = (year: number, month: number, day: number) =>
  `${pad(day)}/${pad(month)}/${year}`;

export const formatIsoDate = (year: number, month: number, day: number) =>
  `${year}-${pad(month)}-${pad(day)}`;

/**
 * 17:00 on the working day `days` working days after `from` (Saturdays and Sundays skipped;
 * public holidays are not modelled). Zero days means the same day.
 */
export function dueAfterWorkingDays(from: number, days: number): number {
  let cursor = from;
  let left = days;
  while (left > 0 || [0, 6].includes(vnParts(cursor).weekday)) {
    cursor += DAY_MS;
    if (![0, 6].includes(vnParts(cursor).weekday)) left -= 1;
  }
  const p = vnParts(cursor);
  return vnTime(p.year, p.month, p.day, 17, 0, 0);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
