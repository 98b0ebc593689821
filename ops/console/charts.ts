// Hourly attempt charts drawn on the server as inline SVG: no script, no external asset.
import { html } from 'hono/html';
import type { Html } from './html.ts';

export interface HourBucket {
  /** Start of the hour. */
  hour: Date;
  delivered: number;
  failed: number;
}

const HOUR_MS = 3_600_000;

/** The last `hours` hourly buckets ending with the current hour; hours without rows count zero. */
export function hourBuckets(
  rows: ReadonlyArray<{ hour: Date; delivered: number; failed: number }>,
  now: Date,
  hours = 24,
): HourBucket[] {
  const current = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const byHour = new Map(rows.map((r) => [Math.floor(r.hour.getTime() / HOUR_MS) * HOUR_MS, r]));
  return Array.from({ length: hours }, (_, i) => {
    const start = current - (hours - 1 - i) * HOUR_MS;
    const row = byHour.get(start);
    return { hour: new Date(start), delivered: row?.delivered ?? 0, failed: row?.failed ?? 0 };
  });
}

export interface ChartOptions {
  width?: number;
  height?: number;
  /** Accessible name of the whole chart (also shown as a tooltip). */
  label: string;
  /** Tooltip of one bar, e.g. "14:00 — 12 delivered, 1 failed". */
  barTitle: (bucket: HourBucket) => string;
  /** Labels under the first and the last bar; omit for a sparkline. */
  axis?: { first: string; last: string } | undefined;
}

/** Stacked bars (delivered below, failed above) scaled to the busiest hour. */
export function attemptChart(buckets: readonly HourBucket[], options: ChartOptions): Html {
  const width = options.width ?? 240;
  const height = options.height ?? 48;
  const axisSpace = options.axis ? 14 : 0;
  const plot = height - axisSpace;
  const max = Math.max(1, ...buckets.map((b) => b.delivered + b.failed));
  const step = width / Math.max(1, buckets.length);
  const barWidth = Math.max(1, step - 1);
  const scale = (n: number) => Math.round((n / max) * (plot - 2) * 100) / 100;
  const bars = buckets.map((b, i) => {
    const x = Math.round(i * step * 100) / 100;
    const ok = scale(b.delivered);
    const bad = scale(b.failed);
    return html`<g><title>${options.barTitle(b)}</title><rect class="bar-bg" x="${x}" y="0" width="${barWidth}" height="${plot}"></rect>${
      ok > 0
        ? html`<rect class="bar-ok" x="${x}" y="${plot - ok}" width="${barWidth}" height="${ok}"></rect>`
        : ''
    }${
      bad > 0
        ? html`<rect class="bar-fail" x="${x}" y="${plot - ok - bad}" width="${barWidth}" height="${bad}"></rect>`
        : ''
    }</g>`;
  });
  const axis = options.axis
    ? html`<text class="axis" x="0" y="${height - 2}">${options.axis.first}</text><text class="axis" x="${width}" y="${height - 2}" text-anchor="end">${options.axis.last}</text>`
    : '';
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${options.label}"><title>${options.label}</title>${bars}<text class="axis max" x="2" y="10">${max}</text>${axis}</svg>`;
}
