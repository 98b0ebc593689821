// One exchange: deliveries, the timeline, the trace id, and its payload masked (admins may reveal it, audited).
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { exchangePayload } from '../../db/queries/console.ts';
import { insertAudit } from '../../db/queries/operator.ts';
import { roleAtLeast } from '../auth/operators.ts';
import type { ConsoleDeps } from '../deps.ts';
import { formatDateTime } from '../format.ts';
import { knownKey } from '../i18n.ts';
import { csrfField, errorPage, page } from '../layout.ts';
import { maskPayload } from '../mask.ts';
import { type ConsoleEnv, requireRole } from '../middleware.ts';
import { kindLabel } from './exchanges.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function render(
  c: Context<ConsoleEnv>,
  deps: ConsoleDeps,
  id: string,
  reveal: boolean,
): Promise<Response> {
  const t = c.get('t');
  const lang = c.get('lang');
  const [record, timeline, stored] = await Promise.all([
    deps.exchanges.byId(id),
    deps.exchanges.timeline(id),
    deps.pool.query<{ payload: unknown; parent_id: string | null; dossier_code: string | null }>(
      exchangePayload(id),
    ),
  ]);
  if (!record) return errorPage(c, 404, t('error.notFound'));
  const payload = stored.rows[0]?.payload ?? null;
  const parent = stored.rows[0]?.parent_id ?? null;
  if (reveal) {
    await deps.pool.query(
      insertAudit([
        {
          actor_kind: 'operator',
          actor_id: c.get('session').operator.username,
          action: 'payload.reveal',
          outcome: 'ok',
          dossier_code: record.dossierCode,
          trace_id: record.traceId,
          detail: { exchangeId: id },
        },
      ]),
    );
    deps.logger.info(
      { exchangeId: id, operator: c.get('session').operator.username },
      'payload revealed',
    );
  }
  const deliveryRows = record.deliveries.map(
    (d) =>
      html`<tr data-target="${d.target}"><td>${d.target}</td><td><span class="badge d-${d.status}">${t(`dstatus.${d.status}`)}</span></td><td class="num">${d.attempts}</td><td class="mono">${d.reason ?? '—'}${d.parkedBehind ? html` (${t('exchange.parkedBehind', { id: d.parkedBehind })})` : ''}</td></tr>`,
  );
  const timelineRows = timeline.map((e) => {
    const event = knownKey('event.', e.event);
    const outcome = e.outcome ? knownKey('outcome.', e.outcome) : undefined;
    return html`<tr data-event="${e.event}"><td>${formatDateTime(lang, e.at)}</td><td>${event ? t(event) : e.event}</td><td>${e.target ?? '—'}</td><td class="num">${e.attempt ?? '—'}</td><td class="num">${e.durationMs ?? '—'}</td><td>${outcome ? t(outcome) : (e.outcome ?? '—')}</td><td class="mono">${e.reason ?? '—'}</td><td>${e.actor ?? '—'}</td><td>${e.detail ?? '—'}</td></tr>`;
  });
  const shown = reveal ? payload : maskPayload(payload);
  const canReveal = roleAtLeast(c.get('session').operator.role, 'admin');
  const payloadBlock =
    payload === null
      ? html`<p class="muted">${t('exchange.payloadCleared')}</p>`
      : html`<pre data-payload="${reveal ? 'revealed' : 'masked'}">${JSON.stringify(shown, null, 2)}</pre>
${
  !reveal && canReveal
    ? html`<form method="post" action="/console/exchanges/${id}/reveal">${csrfField(c)}<button class="danger" type="submit">${t('exchange.reveal')}</button> <span class="muted">${t('exchange.revealHint')}</span></form>`
    : ''
}`;
  return page(c, {
    title: t('exchange.title', { id: record.id }),
    nav: 'exchanges',
    getPath: `/console/exchanges/${id}`,
    flash: reveal ? { kind: 'info', text: t('exchange.payloadRevealed') } : undefined,
    body: html`<section class="card"><dl class="facts">
<dt>${t('col.receivedAt')}</dt><dd>${formatDateTime(lang, record.receivedAt)}</dd>
<dt>${t('field.dossierCode')}</dt><dd>${record.dossierCode ? html`<span class="mono" data-dossier>${record.dossierCode}</span> · <a href="/console/exchanges?dossierCode=${encodeURIComponent(record.dossierCode)}">${t('exchange.journey')}</a>` : '—'}</dd>
<dt>${t('col.kind')}</dt><dd>${kindLabel(c, record.kind)}</dd>
<dt>${t('field.source')}</dt><dd>${record.source}</dd>
<dt>${t('field.traceId')}</dt><dd class="mono" data-trace>${record.traceId ?? '—'}</dd>
${parent ? html`<dt>${t('exchange.parent')}</dt><dd><a class="mono" href="/console/exchanges/${parent}">${parent}</a></dd>` : ''}
</dl></section>
<h2>${t('exchange.deliveries')}</h2>
<table><thead><tr><th>${t('field.target')}</th><th>${t('field.status')}</th><th class="num">${t('col.attempts')}</th><th>${t('col.reason')}</th></tr></thead><tbody>${deliveryRows}</tbody></table>
<h2>${t('exchange.timeline')}</h2>
<div class="scroll"><table class="timeline"><thead><tr><th>${t('col.at')}</th><th>${t('col.event')}</th><th>${t('field.target')}</th><th class="num">${t('col.attempt')}</th><th class="num">${t('col.duration')}</th><th>${t('col.outcome')}</th><th>${t('col.reason')}</th><th>${t('col.actor')}</th><th>${t('col.detail')}</th></tr></thead><tbody>${timelineRows}</tbody></table></div>
<h2>${reveal ? t('exchange.payloadRevealed') : t('exchange.payload')}</h2>
${payloadBlock}`,
  });
}

export function registerExchange(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const id = (c: Context<ConsoleEnv>) => {
    const value = c.req.param('id') ?? '';
    return UUID.test(value) ? value.toLowerCase() : undefined;
  };
  app.get('/exchanges/:id', async (c) => {
    const exchangeId = id(c);
    if (!exchangeId) return errorPage(c, 404, c.get('t')('error.notFound'));
    return render(c, deps, exchangeId, false);
  });
  app.post(
    '/exchanges/:id/reveal',
    requireRole('admin', (c) => errorPage(c, 403, c.get('t')('error.forbidden'))),
    async (c) => {
      const exchangeId = id(c);
      if (!exchangeId) return errorPage(c, 404, c.get('t')('error.notFound'));
      return render(c, deps, exchangeId, true);
    },
  );
}
