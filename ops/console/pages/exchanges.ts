// Exchange search: by dossier code, source, target, delivery status, trace id and time range.
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { z } from 'zod';
import type { ExchangeSearch } from '../../db/queries/exchanges.ts';
import type { DeliveryRecord, ExchangeRecord } from '../../delivery/exchange-reader.ts';
import type { ConsoleDeps } from '../deps.ts';
import { formatDateTime } from '../format.ts';
import type { Html } from '../html.ts';
import { knownKey } from '../i18n.ts';
import { type Flash, page } from '../layout.ts';
import type { ConsoleEnv } from '../middleware.ts';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'parked', 'skipped'] as const;
const SEARCH_LIMIT = 100;

const optional = (schema: z.ZodString) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    schema.optional(),
  );
/** A datetime-local value, read as Hanoi time. */
const localTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/)
  .refine((v) => !Number.isNaN(new Date(`${v}+07:00`).getTime()));

export const SearchSchema = z.object({
  dossierCode: optional(z.string().trim().max(100)),
  source: optional(z.string().trim().max(64)),
  target: optional(z.string().trim().max(64)),
  status: z.preprocess((v) => (v === '' ? undefined : v), z.enum(DELIVERY_STATUSES).optional()),
  traceId: optional(
    z
      .string()
      .trim()
      .regex(/^[\w-]{1,64}$/),
  ),
  from: optional(localTime),
  to: optional(localTime),
});
export type SearchForm = z.infer<typeof SearchSchema>;

export function toExchangeSearch(form: SearchForm): ExchangeSearch {
  return {
    dossierCode: form.dossierCode,
    source: form.source,
    target: form.target,
    status: form.status,
    traceId: form.traceId,
    from: form.from ? new Date(`${form.from}+07:00`).toISOString() : undefined,
    to: form.to ? new Date(`${form.to}+07:00`).toISOString() : undefined,
    limit: SEARCH_LIMIT,
  };
}

export function deliveryBadges(c: Context<ConsoleEnv>, deliveries: DeliveryRecord[]): Html[] {
  const t = c.get('t');
  return deliveries.map(
    (d) =>
      html`<span class="badge d-${d.status}" title="${d.target}">${d.target}: ${t(`dstatus.${d.status}`)}</span> `,
  );
}

export function kindLabel(c: Context<ConsoleEnv>, kind: string): string {
  const key = knownKey('kind.', kind);
  return key ? c.get('t')(key) : kind;
}

function resultsTable(c: Context<ConsoleEnv>, items: ExchangeRecord[]): Html {
  const t = c.get('t');
  const lang = c.get('lang');
  if (items.length === 0) return html`<p class="muted">${t('common.none')}</p>`;
  const rows = items.map(
    (e) => html`<tr data-exchange="${e.id}">
<td>${formatDateTime(lang, e.receivedAt)}</td>
<td>${e.dossierCode ? html`<a class="mono" href="/console/exchanges?dossierCode=${encodeURIComponent(e.dossierCode)}">${e.dossierCode}</a>` : '—'}</td>
<td>${kindLabel(c, e.kind)}</td><td>${e.source}</td>
<td>${deliveryBadges(c, e.deliveries)}</td>
<td class="mono">${e.traceId ?? '—'}</td>
<td><a href="/console/exchanges/${e.id}">${t('common.view')}</a></td></tr>`,
  );
  return html`<div class="scroll"><table><thead><tr><th>${t('col.receivedAt')}</th><th>${t('field.dossierCode')}</th><th>${t('col.kind')}</th><th>${t('field.source')}</th><th>${t('col.deliveries')}</th><th>${t('field.traceId')}</th><th></th></tr></thead><tbody>${rows}</tbody></table></div>
<p class="muted">${t('exchanges.limit', { limit: SEARCH_LIMIT })}</p>`;
}

function filters(c: Context<ConsoleEnv>, deps: ConsoleDeps, raw: Record<string, string>): Html {
  const t = c.get('t');
  const value = (name: string) => raw[name] ?? '';
  const option = (v: string, label: string, current: string) =>
    html`<option value="${v}"${v === current ? html` selected` : ''}>${label}</option>`;
  return html`<form class="filters" method="get" action="/console/exchanges" role="search">
<label>${t('field.dossierCode')}<input type="text" name="dossierCode" value="${value('dossierCode')}" maxlength="100"></label>
<label>${t('field.source')}<input type="text" name="source" value="${value('source')}" maxlength="64"></label>
<label>${t('field.target')}<select name="target">${option('', t('common.any'), value('target'))}${deps.targets.map((x) => option(x, x, value('target')))}</select></label>
<label>${t('field.status')}<select name="status">${option('', t('common.any'), value('status'))}${DELIVERY_STATUSES.map((s) => option(s, t(`dstatus.${s}`), value('status')))}</select></label>
<label>${t('field.traceId')}<input type="text" name="traceId" value="${value('traceId')}" maxlength="64"></label>
<label>${t('field.from')}<input type="datetime-local" name="from" value="${value('from')}"></label>
<label>${t('field.to')}<input type="datetime-local" name="to" value="${value('to')}"></label>
<button class="primary" type="submit">${t('common.search')}</button>
</form>`;
}

export function registerExchanges(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get('/exchanges', async (c) => {
    const t = c.get('t');
    const raw = c.req.query();
    const parsed = SearchSchema.safeParse(raw);
    let flash: Flash | undefined;
    let items: ExchangeRecord[] = [];
    if (parsed.success) {
      items = await deps.exchanges.search(toExchangeSearch(parsed.data));
    } else {
      const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].map((name) => {
        const key = knownKey('field.', name);
        return key ? t(key) : name;
      });
      flash = { kind: 'bad', text: t('error.invalid', { fields: names.join(', ') }) };
    }
    return page(c, {
      title: t('exchanges.title'),
      nav: 'exchanges',
      flash,
      body: html`${filters(c, deps, raw)}${resultsTable(c, items)}`,
    });
  });
}
