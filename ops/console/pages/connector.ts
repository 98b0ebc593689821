// Connector detail: hourly history, recent failures, pause/resume and "check now" for operators.
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { recentFailures } from '../../db/queries/console.ts';
import { roleAtLeast } from '../auth/operators.ts';
import type { ConsoleDeps } from '../deps.ts';
import { formatDateTime, formatHour, formatNumber } from '../format.ts';
import { knownKey } from '../i18n.ts';
import { csrfField, errorPage, type Flash, page } from '../layout.ts';
import { type ConsoleEnv, field, requireRole } from '../middleware.ts';
import { loadHourly, loadTargetStats } from '../target-stats.ts';
import { chartFor, legend, pausedNote, statsList, statusBadge } from './overview.ts';

interface FailureRow {
  started_at: Date;
  attempt: number;
  outcome: string;
  error_class: string | null;
  reason: string | null;
  duration_ms: number;
  exchange_id: string;
  dossier_code: string | null;
}

async function render(c: Context<ConsoleEnv>, deps: ConsoleDeps, id: string, flash?: Flash) {
  const t = c.get('t');
  const lang = c.get('lang');
  const now = new Date();
  const [[stats], hourly, failures] = await Promise.all([
    loadTargetStats(deps.pool, [id]),
    loadHourly(deps.pool, [id], now),
    deps.pool.query<FailureRow>(recentFailures(id)),
  ]);
  if (!stats) return errorPage(c, 404, t('error.notFound'));
  const canAct = roleAtLeast(c.get('session').operator.role, 'operator');
  const base = `/console/connectors/${encodeURIComponent(id)}`;
  const pauseForm = stats.paused
    ? html`<form method="post" action="${base}/resume">${csrfField(c)}<button class="primary" type="submit">${t('connector.resume')}</button></form>`
    : html`<form method="post" action="${base}/pause">${csrfField(c)}<fieldset><label>${t('connector.reason')}<input type="text" name="reason" required maxlength="200"></label><button class="danger" type="submit">${t('connector.pause')}</button></fieldset></form>`;
  const checkForm = deps.checkConnector
    ? html`<form method="post" action="${base}/check">${csrfField(c)}<button type="submit">${t('connector.check')}</button></form>`
    : '';
  const actions = canAct
    ? html`<div class="actions" aria-label="${t('connector.actions')}">${pauseForm}${checkForm}</div>`
    : html`<p class="muted">${t('connector.readOnly')}</p>`;
  const historyRows = [...hourly.rows]
    .reverse()
    .map(
      (r) =>
        html`<tr><td>${formatHour(lang, r.hour)}</td><td class="num">${r.delivered}</td><td class="num">${r.failed}</td><td class="num">${r.dead}</td><td class="num">${formatNumber(lang, r.p50_ms)}</td><td class="num">${formatNumber(lang, r.p95_ms)}</td></tr>`,
    );
  const failureRows = failures.rows.map((f) => {
    const outcome = knownKey('outcome.', f.outcome);
    return html`<tr><td>${formatDateTime(lang, f.started_at)}</td><td><a class="mono" href="/console/exchanges/${f.exchange_id}">${f.dossier_code ?? f.exchange_id}</a></td><td class="num">${f.attempt}</td><td>${outcome ? t(outcome) : f.outcome}</td><td>${f.error_class ?? '—'}</td><td class="mono">${f.reason ?? '—'}</td><td class="num">${f.duration_ms}</td></tr>`;
  });
  return page(c, {
    title: t('connector.title', { id }),
    nav: 'overview',
    getPath: base,
    flash,
    refreshSeconds: flash ? 0 : (deps.refreshSeconds ?? 30),
    body: html`<section class="card detail" data-target="${id}">
<div><p>${statusBadge(c, stats)}</p>${pausedNote(c, stats)}${statsList(c, stats)}</div>
<div>${chartFor(c, hourly.buckets.get(id) ?? [], { width: 720, height: 140, axis: true })}${legend(c)}</div>
</section>
${actions}
<h2>${t('connector.history')}</h2>
${
  historyRows.length > 0
    ? html`<table><thead><tr><th>${t('col.hour')}</th><th class="num">${t('col.delivered')}</th><th class="num">${t('col.failed')}</th><th class="num">${t('col.dead')}</th><th class="num">${t('col.p50')}</th><th class="num">${t('col.p95')}</th></tr></thead><tbody>${historyRows}</tbody></table>`
    : html`<p class="muted">${t('common.none')}</p>`
}
<h2>${t('connector.recentFailures')}</h2>
${
  failureRows.length > 0
    ? html`<table><thead><tr><th>${t('col.at')}</th><th>${t('field.dossierCode')}</th><th class="num">${t('col.attempt')}</th><th>${t('col.outcome')}</th><th>${t('col.errorClass')}</th><th>${t('col.reason')}</th><th class="num">${t('col.duration')}</th></tr></thead><tbody>${failureRows}</tbody></table>`
    : html`<p class="muted">${t('common.none')}</p>`
}`,
  });
}

export function registerConnector(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const known = (c: Context<ConsoleEnv>) => {
    const id = c.req.param('id') ?? '';
    return deps.targets.includes(id) ? id : undefined;
  };
  const forbidden = (c: Context<ConsoleEnv>) => errorPage(c, 403, c.get('t')('error.forbidden'));
  const operatorOnly = requireRole('operator', forbidden);

  app.get('/connectors/:id', async (c) => {
    const id = known(c);
    if (!id) return errorPage(c, 404, c.get('t')('error.notFound'));
    const done = c.req.query('done');
    const t = c.get('t');
    const flash: Flash | undefined =
      done === 'paused' || done === 'resumed'
        ? {
            kind: 'ok',
            text: t(done === 'paused' ? 'flash.paused' : 'flash.resumed', { target: id }),
          }
        : undefined;
    return render(c, deps, id, flash);
  });

  app.post('/connectors/:id/pause', operatorOnly, async (c) => {
    const id = known(c);
    if (!id) return errorPage(c, 404, c.get('t')('error.notFound'));
    const reason = (field(c.get('form'), 'reason') ?? '').trim();
    if (reason.length === 0 || reason.length > 200)
      return errorPage(
        c,
        400,
        c.get('t')('error.invalid', { fields: c.get('t')('connector.reason') }),
      );
    await deps.operator.pause(id, { by: c.get('session').operator.username, reason });
    return c.redirect(`/console/connectors/${encodeURIComponent(id)}?done=paused`, 303);
  });

  app.post('/connectors/:id/resume', operatorOnly, async (c) => {
    const id = known(c);
    if (!id) return errorPage(c, 404, c.get('t')('error.notFound'));
    await deps.operator.resume(id, { by: c.get('session').operator.username });
    return c.redirect(`/console/connectors/${encodeURIComponent(id)}?done=resumed`, 303);
  });

  app.post('/connectors/:id/check', operatorOnly, async (c) => {
    const id = known(c);
    const check = deps.checkConnector;
    if (!id || !check) return errorPage(c, 404, c.get('t')('error.notFound'));
    const t = c.get('t');
    const result = await check(id).catch(() => ({
      ok: false,
      latencyMs: 0,
      detail: undefined,
      error: { reason: 'check.unexpected' },
    }));
    const ms = Math.round(result.latencyMs);
    const flash: Flash = result.ok
      ? { kind: 'ok', text: t('connector.checkOk', { ms, detail: result.detail ?? '' }).trim() }
      : {
          kind: 'bad',
          text: t('connector.checkFailed', { ms, reason: result.error?.reason ?? '—' }),
        };
    return render(c, deps, id, flash);
  });
}
