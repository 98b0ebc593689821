// KPIs per administrative level and month, actual vs target with a pass/fail mark (Decision 766).
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { kpiByLevelAndMonth } from '../../db/queries/kpi.ts';
import type { ConsoleDeps } from '../deps.ts';
import { formatNumber, formatPercent } from '../format.ts';
import type { Html } from '../html.ts';
import { knownKey } from '../i18n.ts';
import { KPI_KEYS, type KpiCounts, type KpiValue, kpiValues, monthRange } from '../kpi.ts';
import { page } from '../layout.ts';
import type { ConsoleEnv } from '../middleware.ts';

const LEVELS = ['city', 'district', 'commune'] as const;

interface KpiRow extends KpiCounts {
  month: string;
  admin_level: string | null;
  all_levels: boolean;
}

/** A 0–100 % bar with the goal marked: filled green when met, red when not. */
function bar(value: KpiValue): Html | string {
  if (value.ratio === null) return '';
  const width = 90;
  const filled = Math.round(Math.min(1, value.ratio) * width);
  const goal = value.target === null ? null : Math.round(Math.min(1, value.target) * width);
  return html`<svg class="bar" viewBox="0 0 ${width} 6" width="${width}" height="6" aria-hidden="true"><rect class="track" x="0" y="0" width="${width}" height="6"></rect><rect class="fill${value.pass === false ? ' below' : ''}" x="0" y="0" width="${filled}" height="6"></rect>${goal === null ? '' : html`<line class="goal" x1="${goal}" y1="0" x2="${goal}" y2="6"></line>`}</svg>`;
}

function cell(c: Context<ConsoleEnv>, value: KpiValue): Html {
  const t = c.get('t');
  const lang = c.get('lang');
  const mark =
    value.pass === null
      ? ''
      : html` <span class="badge ${value.pass ? 'k-pass' : 'k-fail'}">${value.pass ? '✓ ' : '✗ '}${t(value.pass ? 'kpi.pass' : 'kpi.fail')}</span>`;
  return html`<td data-kpi="${value.key}" data-pass="${value.pass === null ? 'na' : String(value.pass)}"><span class="pct">${value.ratio === null ? t('kpi.na') : formatPercent(lang, value.ratio)}</span>${mark}<span class="of">${t('kpi.of', { count: formatNumber(lang, value.count), total: formatNumber(lang, value.total) })}</span>${bar(value)}</td>`;
}

function levelLabel(c: Context<ConsoleEnv>, level: string | null, all = false): string {
  const t = c.get('t');
  if (all) return t('level.all');
  if (level === null) return t('common.dash');
  const key = knownKey('level.', level);
  return key ? t(key) : level;
}

export function registerKpi(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get('/kpi', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const range = monthRange(new Date(), { from: c.req.query('from'), to: c.req.query('to') });
    const asked = c.req.query('level');
    const level = (LEVELS as readonly string[]).includes(asked ?? '') ? asked : undefined;
    const { rows } = await deps.pool.query<KpiRow>(
      kpiByLevelAndMonth({
        fromMonth: range.from,
        toMonth: range.to,
        adminLevel: level,
        portalTarget: deps.portalTarget,
      }),
    );
    const targets = deps.kpiTargets;
    const heads = KPI_KEYS.map((key) => {
      const goal = targets?.[key];
      return html`<th>${t(`kpi.${key}`)}${goal === undefined ? '' : html`<br><span class="muted">${t('kpi.target')} ≥ ${formatPercent(lang, goal)}</span>`}</th>`;
    });
    // With one level chosen, the per-month total repeats that level's row: show it once.
    const rank = (r: KpiRow) =>
      r.all_levels ? LEVELS.length : LEVELS.indexOf(r.admin_level as (typeof LEVELS)[number]);
    const shown = (level ? rows.filter((r) => !r.all_levels) : rows).sort(
      (a, b) => b.month.localeCompare(a.month) || rank(a) - rank(b),
    );
    const body = shown.map(
      (r) =>
        html`<tr class="${r.all_levels ? 'total' : ''}" data-month="${r.month}" data-level="${r.all_levels ? 'all' : (r.admin_level ?? '')}"><td>${r.month}</td><td>${levelLabel(c, r.admin_level, r.all_levels)}</td><td class="num" data-kpi="received">${formatNumber(lang, r.received)}</td>${kpiValues(r, targets).map((v) => cell(c, v))}</tr>`,
    );
    const option = (v: string, label: string) =>
      html`<option value="${v}"${v === (level ?? '') ? html` selected` : ''}>${label}</option>`;
    return page(c, {
      title: t('kpi.title'),
      nav: 'kpi',
      body: html`<form class="filters" method="get" action="/console/kpi">
<label>${t('kpi.level')}<select name="level">${option('', levelLabel(c, null, true))}${LEVELS.map((l) => option(l, levelLabel(c, l)))}</select></label>
<label>${t('kpi.fromMonth')}<input type="month" name="from" value="${range.from}"></label>
<label>${t('kpi.toMonth')}<input type="month" name="to" value="${range.to}"></label>
<button class="primary" type="submit">${t('common.search')}</button></form>
${
  body.length > 0
    ? html`<div class="scroll"><table class="kpi"><thead><tr><th>${t('kpi.month')}</th><th>${t('kpi.level')}</th><th class="num">${t('kpi.received')}</th>${heads}</tr></thead><tbody>${body}</tbody></table></div>`
    : html`<p class="muted">${t('common.none')}</p>`
}
<p class="muted">${t('kpi.note')}</p>`,
    });
  });
}
