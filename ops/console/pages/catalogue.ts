// Catalogue: procedures known vs integrated with the portal, the sync runs and the latest changes.
import type { Hono } from 'hono';
import { html } from 'hono/html';
import {
  catalogueSummary,
  recentProcedureChanges,
  recentSyncRuns,
} from '../../db/queries/console.ts';
import type { ConsoleDeps } from '../deps.ts';
import { formatDateTime, formatNumber, formatPercent } from '../format.ts';
import { knownKey } from '../i18n.ts';
import { page } from '../layout.ts';
import type { ConsoleEnv } from '../middleware.ts';

interface SyncRun {
  id: number;
  started_at: Date;
  finished_at: Date | null;
  outcome: string;
  total: number | null;
  integrated: number | null;
  added: number | null;
  changed: number | null;
  removed: number | null;
  pushed: number | null;
  error: string | null;
}

interface ChangedProcedure {
  code: string;
  name: string;
  sector_code: string | null;
  sector_name: string | null;
  portal_integrated: boolean;
  changed_at: Date;
}

export function registerCatalogue(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get('/catalogue', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const [summary, runs, changes] = await Promise.all([
      deps.pool.query<{ total: number; integrated: number; last_synced_at: Date | null }>(
        catalogueSummary(),
      ),
      deps.pool.query<SyncRun>(recentSyncRuns(10)),
      deps.pool.query<ChangedProcedure>(recentProcedureChanges(20)),
    ]);
    const totals = summary.rows[0] ?? { total: 0, integrated: 0, last_synced_at: null };
    const last = runs.rows[0];
    const n = (v: number | null) => formatNumber(lang, v);
    const outcome = (o: string) => {
      const key = knownKey('outcome.', o);
      return html`<span class="badge ${o === 'ok' ? 'k-pass' : o === 'failed' ? 'k-fail' : ''}">${key ? t(key) : o}</span>`;
    };
    const runRows = runs.rows.map(
      (r) =>
        html`<tr><td>${formatDateTime(lang, r.started_at)}</td><td>${formatDateTime(lang, r.finished_at)}</td><td>${outcome(r.outcome)}</td><td class="num">${n(r.total)}</td><td class="num">${n(r.integrated)}</td><td class="num">${n(r.added)}</td><td class="num">${n(r.changed)}</td><td class="num">${n(r.removed)}</td><td class="num">${n(r.pushed)}</td><td class="mono">${r.error ?? '—'}</td></tr>`,
    );
    const changeRows = changes.rows.map(
      (p) =>
        html`<tr><td class="mono">${p.code}</td><td>${p.name}</td><td>${p.sector_name ?? p.sector_code ?? '—'}</td><td>${p.portal_integrated ? t('common.yes') : t('common.no')}</td><td>${formatDateTime(lang, p.changed_at)}</td></tr>`,
    );
    return page(c, {
      title: t('catalogue.title'),
      nav: 'catalogue',
      body: html`<section class="tiles">
<div class="tile s-ok"><h2>${t('catalogue.total')}</h2><p class="big" data-metric="total">${n(totals.total)}</p></div>
<div class="tile s-ok"><h2>${t('catalogue.integrated')}</h2><p class="big" data-metric="integrated">${n(totals.integrated)} (${formatPercent(lang, totals.total > 0 ? totals.integrated / totals.total : null)})</p></div>
<div class="tile ${last?.outcome === 'failed' ? 's-failing' : 's-ok'}"><h2>${t('catalogue.lastSync')}</h2>${
        last
          ? html`<p class="big">${formatDateTime(lang, last.finished_at ?? last.started_at)}</p><p>${outcome(last.outcome)}</p>`
          : html`<p class="muted">${t('catalogue.never')}</p>`
      }</div>
</section>
<h2>${t('catalogue.runs')}</h2>
${
  runRows.length > 0
    ? html`<div class="scroll"><table><thead><tr><th>${t('col.started')}</th><th>${t('col.finished')}</th><th>${t('col.outcome')}</th><th class="num">${t('col.total')}</th><th class="num">${t('col.integrated')}</th><th class="num">${t('col.added')}</th><th class="num">${t('col.changed')}</th><th class="num">${t('col.removed')}</th><th class="num">${t('col.pushed')}</th><th>${t('col.error')}</th></tr></thead><tbody>${runRows}</tbody></table></div>`
    : html`<p class="muted">${t('catalogue.never')}</p>`
}
<h2>${t('catalogue.changes')}</h2>
${
  changeRows.length > 0
    ? html`<div class="scroll"><table><thead><tr><th>${t('col.code')}</th><th>${t('col.name')}</th><th>${t('col.sector')}</th><th>${t('col.integrated')}</th><th>${t('col.changedAt')}</th></tr></thead><tbody>${changeRows}</tbody></table></div>`
    : html`<p class="muted">${t('common.none')}</p>`
}`,
    });
  });
}
