// Dates, numbers and percentages as the console shows them: Hanoi time, the reader's language.
import type { Lang } from './i18n.ts';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const locale = (lang: Lang) => (lang === 'vi' ? 'vi-VN' : 'en-GB');

const hourParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function partsOf(format: Intl.DateTimeFormat, value: Date) {
  const parts = format.formatToParts(value);
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
}

/** "28/11/2026 14:21:17" in Hanoi time (day first in both languages, as Vietnamese officials write). */
export function formatDateTime(_lang: Lang, value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '—';
  const part = partsOf(dateTimeParts, date);
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

/** "28/11 14:00" in Hanoi time, in both languages: the label of an hourly bucket. */
export function formatHour(_lang: Lang, value: Date): string {
  const part = partsOf(hourParts, value);
  return `${part('day')}/${part('month')} ${part('hour')}:${part('minute')}`;
}

export function formatNumber(lang: Lang, value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}

/** 0.953 → "95,3 %" (vi) / "95.3%" (en); null → "—". */
export function formatPercent(lang: Lang, ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '—';
  return new Intl.NumberFormat(locale(lang), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(ratio);
}
