// Dead letters: filter, then replay (re-map or as stored) or skip one or many; operator role to act.
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { MAX_IDS_PER_ACTION, type ReplayMode } from '../../delivery/operator.ts';
import { roleAtLeast } from '../auth/operators.ts';
import type { ConsoleDeps } from '../deps.ts';
import { formatDateTime } from '../format.ts';
import { csrfField, errorPage, type Flash, page } from '../layout.ts';
import { type ConsoleEnv, field, fields, requireRole } from '../middleware.ts';
import { kindLabel } from './exchanges.ts';

interface DeadLetterRow {
  id: string;
  exchange_id: string;
  target: string;
  dossier_code: string | null;
  reason: string | null;
  attempts: number;
  updated_at: Date;
  kind: string;
  source: string;
  parked: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILTERS = ['target', 'dossierCode', 'reason'] as const;
const clean = (v: string | undefined, max = 100) => {
  const s = (v ?? '').trim();
  return s.length > 0 && s.length <= max ? s : undefined;
};

function flashFrom(c: Context<ConsoleEnv>): Flash | undefined {
  const t = c.get('t');
  const kind = c.req.query('flash');
  const done = Number(c.req.query('done') ?? 0) || 0;
  const skipped = Number(c.req.query('skipped') ?? 0) || 0;
  if (kind === 'replayed') return { kind: 'ok', text: t('flash.replayed', { done, skipped }) };
  if (kind === 'skipped') return { kind: 'ok', text: t('flash.skippedDone', { done, skipped }) };
  if (kind === 'none') return { kind: 'bad', text: t('flash.noneSelected') };
  return undefined;
}

export function registerDeadLetters(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get('/dead-letters', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const filter = {
      target: clean(c.req.query('target')),
      dossierCode: clean(c.req.query('dossierCode')),
      reason: clean(c.req.query('reason')),
    };
    const rows = (await deps.operator.listDeadLetters({
      ...filter,
      limit: 500,
    })) as DeadLetterRow[];
    const canAct = roleAtLeast(c.get('session').operator.role, 'operator');
    const option = (v: string, label: string) =>
      html`<option value="${v}"${v === (filter.target ?? '') ? html` selected` : ''}>${label}</option>`;
    const filterForm = html`<form class="filters" method="get" action="/console/dead-letters">
<label>${t('field.target')}<select name="target">${option('', t('common.any'))}${deps.targets.map((x) => option(x, x))}</select></label>
<label>${t('field.dossierCode')}<input type="text" name="dossierCode" value="${filter.dossierCode ?? ''}" maxlength="100"></label>
<label>${t('field.reason')}<input type="text" name="reason" value="${filter.reason ?? ''}" maxlength="100"></label>
<button class="primary" type="submit">${t('common.search')}</button></form>`;
    const body = rows.map(
      (r) => html`<tr data-dead="${r.id}">
${canAct ? html`<td><input type="checkbox" name="ids" value="${r.id}" aria-label="${t('col.select')} ${r.dossier_code ?? r.id}"></td>` : ''}
<td>${formatDateTime(lang, r.updated_at)}</td><td>${r.target}</td>
<td><a class="mono" href="/console/exchanges/${r.exchange_id}">${r.dossier_code ?? r.exchange_id}</a></td>
<td>${kindLabel(c, r.kind)}</td><td>${r.source}</td><td class="mono">${r.reason ?? '—'}</td>
<td class="num">${r.attempts}</td><td class="num">${r.parked}</td></tr>`,
    );
    const table = html`<div class="scroll"><table><thead><tr>
${canAct ? html`<th><input type="checkbox" data-select-all aria-label="${t('dead.selectAll')}" title="${t('dead.selectAll')}"></th>` : ''}
<th>${t('col.updatedAt')}</th><th>${t('field.target')}</th><th>${t('field.dossierCode')}</th><th>${t('col.kind')}</th><th>${t('field.source')}</th><th>${t('col.reason')}</th><th class="num">${t('col.attempts')}</th><th class="num">${t('col.parked')}</th>
</tr></thead><tbody>${body}</tbody></table></div>`;
    const actions = html`<div class="actions">
<fieldset><label>${t('dead.mode')}<select name="mode"><option value="remap">${t('mode.remap')}</option><option value="as_stored">${t('mode.as_stored')}</option></select></label>
<button class="primary" type="submit" name="action" value="replay" formnovalidate>${t('dead.replay')}</button></fieldset>
<fieldset><label>${t('dead.skipReason')}<input type="text" name="reason" maxlength="200" required></label>
<button class="danger" type="submit" name="action" value="skip">${t('dead.skip')}</button></fieldset></div>`;
    const listing =
      rows.length === 0
        ? html`<p class="muted">${t('common.none')}</p>`
        : canAct
          ? html`<form method="post" action="/console/dead-letters/action">${csrfField(c)}${FILTERS.map((name) => (filter[name] ? html`<input type="hidden" name="back_${name}" value="${filter[name]}">` : ''))}${actions}${table}</form>`
          : html`<p class="muted">${t('dead.readOnly')}</p>${table}`;
    return page(c, {
      title: t('dead.title'),
      nav: 'deadLetters',
      flash: flashFrom(c),
      body: html`${filterForm}<p class="muted" data-count="${rows.length}">${t('dead.count', { count: rows.length })}</p>${listing}`,
    });
  });

  app.post(
    '/dead-letters/action',
    requireRole('operator', (c) => errorPage(c, 403, c.get('t')('error.forbidden'))),
    async (c) => {
      const t = c.get('t');
      const form = c.get('form');
      const back = new URLSearchParams();
      for (const name of FILTERS) {
        const value = clean(field(form, `back_${name}`));
        if (value) back.set(name, value);
      }
      const ids = [...new Set(fields(form, 'ids').filter((id) => UUID.test(id)))];
      if (ids.length === 0) {
        back.set('flash', 'none');
        return c.redirect(`/console/dead-letters?${back}`, 303);
      }
      if (ids.length > MAX_IDS_PER_ACTION)
        return errorPage(c, 400, t('error.invalid', { fields: `ids (≤ ${MAX_IDS_PER_ACTION})` }));
      const by = c.get('session').operator.username;
      const action = field(form, 'action');
      let result: { done: string[]; skipped: unknown[] };
      if (action === 'replay') {
        const mode = field(form, 'mode');
        if (mode !== 'remap' && mode !== 'as_stored')
          return errorPage(c, 400, t('error.invalid', { fields: t('dead.mode') }));
        result = await deps.operator.replay(ids, { by, mode: mode satisfies ReplayMode });
        back.set('flash', 'replayed');
      } else if (action === 'skip') {
        const reason = clean(field(form, 'reason'), 200);
        if (!reason) return errorPage(c, 400, t('error.invalid', { fields: t('dead.skipReason') }));
        result = await deps.operator.skip(ids, { by, reason });
        back.set('flash', 'skipped');
      } else {
        return errorPage(c, 400, t('error.invalid', { fields: 'action' }));
      }
      back.set('done', String(result.done.length));
      back.set('skipped', String(result.skipped.length));
      return c.redirect(`/console/dead-letters?${back}`, 303);
    },
  );
}
