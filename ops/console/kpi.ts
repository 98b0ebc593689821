// KPI ratios from the per-month counts, judged against the configured goals; month ranges.
import { TIME_ZONE } from './format.ts';

export const KPI_KEYS = [
  'onlineShare',
  'onTimeRate',
  'digitizedComponents',
  'resultDigitized',
  'syncedToPortal',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** Goals as ratios 0–1, e.g. { onlineShare: 0.8, onTimeRate: 0.95 }. */
export type KpiTargets = Partial<Record<KpiKey, number>>;

/** One (month, level) row of kpiByLevelAndMonth. */
export interface KpiCounts {
  received: number;
  online: number;
  digitized_components: number;
  finished: number;
  on_time: number;
  result_digitized: number;
  synced: number;
}

export interface KpiValue {
  key: KpiKey;
  count: number;
  total: number;
  /** null when nothing was counted (no denominator). */
  ratio: number | null;
  target: number | null;
  /** null when there is no goal or no data. */
  pass: boolean | null;
}

const FRACTIONS: Record<KpiKey, (c: KpiCounts) => [number, number]> = {
  onlineShare: (c) => [c.online, c.received],
  onTimeRate: (c) => [c.on_time, c.finished],
  digitizedComponents: (c) => [c.digitized_components, c.received],
  resultDigitized: (c) => [c.result_digitized, c.finished],
  syncedToPortal: (c) => [c.synced, c.received],
};

export function kpiValues(counts: KpiCounts, targets: KpiTargets | undefined): KpiValue[] {
  return KPI_KEYS.map((key) => {
    const [count, total] = FRACTIONS[key](counts);
    const ratio = total > 0 ? count / total : null;
    const target = targets?.[key] ?? null;
    return {
      key,
      count,
      total,
      ratio,
      target,
      pass: ratio === null || target === null ? null : ratio >= target - 1e-9,
    };
  });
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** YYYY-MM of an instant in Hanoi. */
export function monthOf(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(date);
  const year = parts.find((p) => p.type === 'year')?.value ?? '1970';
  const month = parts.find((p) => p.type === 'month')?.value ?? '01';
  return `${year}-${month}`;
}

export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from..to as asked when valid and ordered, else the last six months up to `now`. */
export function monthRange(
  now: Date,
  asked: { from?: string | undefined; to?: string | undefined },
): { from: string; to: string } {
  const to = asked.to && MONTH_PATTERN.test(asked.to) ? asked.to : monthOf(now);
  const from = asked.from && MONTH_PATTERN.test(asked.from) ? asked.from : addMonths(to, -5);
  return from <= to ? { from, to } : { from: to, to: from };
}
