// Overview: one tile per target with its status, latency, error rate, queue, dead letters and 24 h chart.
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { attemptChart, type HourBucket } from '../charts.ts';
import type { ConsoleDeps } from '../deps.ts';
import { formatDateTime, formatHour, formatNumber, formatPercent } from '../format.ts';
import type { Html } from '../html.ts';
import { page } from '../layout.ts';
import type { ConsoleEnv } from '../middleware.ts';
import { loadHourly, loadTargetStats, type TargetStats } from '../target-stats.ts';

export function chartFor(
  c: Context<ConsoleEnv>,
  buckets: HourBucket[],
  size: { width: number; height: number; axis: boolean },
): Html {
  const t = c.get('t');
  const lang = c.get('lang');
  const delivered = buckets.reduce((n, b) => n + b.delivered, 0);
  const failed = buckets.reduce((n, b) => n + b.failed, 0);
  const first = buckets[0];
  const last = buckets.at(-1);
  return attemptChart(buckets, {
    width: size.width,
    height: size.height,
    label: `${t('chart.caption')}: ${t('chart.summary', { delivered, failed })}`,
    barTitle: (b) =>
      `${formatHour(lang, b.hour)} — ${t('chart.delivered')} ${b.delivered}, ${t('chart.failed')} ${b.failed}`,
    axis:
      size.axis && first && last
        ? { first: formatHour(lang, first.hour), last: formatHour(lang, last.hour) }
        : undefined,
  });
}

export function legend(c: Context<ConsoleEnv>): Html {
  const t = c.get('t');
  return html`<p class="legend"><span><i class="l-ok"></i>${t('chart.delivered')}</span><span><i class="l-fail"></i>${t('chart.failed')}</span><span>${t('chart.last24h')}</span></p>`;
}

export function statusBadge(c: Context<ConsoleEnv>, stats: TargetStats): Html {
  return html`<span class="badge s-${stats.status}">${c.get('t')(`status.${stats.status}`)}</span>`;
}

/** The figures both the tile and the connector page show. */
export function statsList(c: Context<ConsoleEnv>, stats: TargetStats): Html {
  const t = c.get('t');
  const lang = c.get('lang');
  return html`<dl class="stats">
<dt>${t('metric.p50')}</dt><dd>${stats.p50Ms === null ? '—' : `${formatNumber(lang, stats.p50Ms)} ms`}</dd>
<dt>${t('metric.errorRate')}</dt><dd>${formatPercent(lang, stats.errorRate)}</dd>
<dt>${t('metric.attempts')}</dt><dd>${formatNumber(lang, stats.attempts)}</dd>
<dt>${t('metric.queue')}</dt><dd data-metric="queue">${formatNumber(lang, stats.queueDepth)}</dd>
<dt>${t('metric.dead')}</dt><dd data-metric="dead">${
    stats.deadLetters > 0
      ? html`<a href="/console/dead-letters?target=${encodeURIComponent(stats.target)}">${formatNumber(lang, stats.deadLetters)}</a>`
      : '0'
  }</dd>
<dt>${t('metric.lastAttempt')}</dt><dd>${formatDateTime(lang, stats.lastAttemptAt)}</dd>
</dl>`;
}

export function pausedNote(c: Context<ConsoleEnv>, stats: TargetStats): Html | string {
  if (!stats.paused) return '';
  const t = c.get('t');
  return html`<p class="flash info">${t('connector.pausedBy', {
    by: stats.paused.by ?? '—',
    at: formatDateTime(c.get('lang'), stats.paused.at),
    reason: stats.paused.reason ?? '—',
  })}</p>`;
}

export function registerOverview(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get('/overview', async (c) => {
    const t = c.get('t');
    const now = new Date();
    const [stats, hourly] = await Promise.all([
      loadTargetStats(deps.pool, deps.targets),
      loadHourly(deps.pool, deps.targets, now),
    ]);
    const tiles = stats.map(
      (s) => html`<section class="tile s-${s.status}" data-target="${s.target}">
<h2><a href="/console/connectors/${encodeURIComponent(s.target)}">${s.target}</a>${statusBadge(c, s)}</h2>
${chartFor(c, hourly.buckets.get(s.target) ?? [], { width: 264, height: 44, axis: false })}
${legend(c)}
${statsList(c, s)}
${pausedNote(c, s)}
</section>`,
    );
    return page(c, {
      title: t('overview.title'),
      nav: 'overview',
      refreshSeconds: deps.refreshSeconds ?? 30,
      body:
        stats.length > 0
          ? html`<div class="tiles">${tiles}</div>`
          : html`<p class="muted">${t('overview.noTargets')}</p>`,
    });
  });
}
