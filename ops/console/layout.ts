// The page shell: header with navigation, the operator and the language switch; flashes; error pages.
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ConsoleSession } from './auth/sessions.ts';
import type { Html } from './html.ts';
import type { MessageKey } from './i18n.ts';
import type { ConsoleEnv } from './middleware.ts';

export type NavKey = 'overview' | 'exchanges' | 'deadLetters' | 'catalogue' | 'kpi';

const NAV: Array<{ key: NavKey; href: string; label: MessageKey }> = [
  { key: 'overview', href: '/console/overview', label: 'nav.overview' },
  { key: 'exchanges', href: '/console/exchanges', label: 'nav.exchanges' },
  { key: 'deadLetters', href: '/console/dead-letters', label: 'nav.deadLetters' },
  { key: 'catalogue', href: '/console/catalogue', label: 'nav.catalogue' },
  { key: 'kpi', href: '/console/kpi', label: 'nav.kpi' },
];

export interface Flash {
  kind: 'ok' | 'bad' | 'info';
  text: string;
}

export interface PageOptions {
  title: string;
  body: Html;
  nav?: NavKey | undefined;
  flash?: Flash | undefined;
  /** Reload the page this often (seconds) while the operator is not typing. */
  refreshSeconds?: number | undefined;
  status?: ContentfulStatusCode | undefined;
  /** The GET page this one shows, when it answers a POST (for the language switch). */
  getPath?: string | undefined;
}

/** The current page in the other language; a page answering a POST links to its GET page. */
function switchLanguageHref(c: Context<ConsoleEnv>, getPath: string | undefined): string {
  const url = new URL(c.req.url);
  const get = c.req.method === 'GET';
  const params = get ? url.searchParams : new URLSearchParams();
  params.set('lang', c.get('lang') === 'vi' ? 'en' : 'vi');
  return `${get ? url.pathname : (getPath ?? '/console/overview')}?${params.toString()}`;
}

export function csrfField(c: Context<ConsoleEnv>): Html {
  return html`<input type="hidden" name="_csrf" value="${c.get('session').csrfToken}">`;
}

function header(
  c: Context<ConsoleEnv>,
  active: NavKey | undefined,
  getPath: string | undefined,
): Html {
  const t = c.get('t');
  const session = c.var.session as ConsoleSession | undefined;
  const links = NAV.map(
    (item) =>
      html`<a href="${item.href}"${item.key === active ? html` aria-current="page"` : ''}>${t(item.label)}</a>`,
  );
  const who = session
    ? html`<span>${t('layout.signedInAs', {
        user: session.operator.username,
        role: t(`role.${session.operator.role}`),
      })}</span>
      <form method="post" action="/console/logout">${csrfField(c)}<button type="submit">${t('layout.logout')}</button></form>`
    : '';
  return html`<header class="top">
  <a class="brand" href="/console/overview">${t('app.short')}</a>
  <nav aria-label="${t('nav.main')}">${links}</nav>
  <div class="who"><a href="${switchLanguageHref(c, getPath)}" hreflang="${c.get('lang') === 'vi' ? 'en' : 'vi'}">${t('layout.switchLang')}</a>${who}</div>
</header>`;
}

export function flashBox(flash: Flash | undefined): Html | string {
  return flash ? html`<p class="flash ${flash.kind}" role="status">${flash.text}</p>` : '';
}

export function htmlDocument(
  c: Context<ConsoleEnv>,
  title: string,
  inner: Html,
  refresh = 0,
): Html {
  const t = c.get('t');
  return html`<!doctype html>
<html lang="${c.get('lang')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${title} · ${t('app.title')}</title>
<link rel="stylesheet" href="/console/assets/console.css">
<script src="/console/assets/console.js" defer></script>
</head>
<body${refresh > 0 ? html` data-refresh="${refresh}"` : ''}>
${inner}
</body>
</html>`;
}

export function page(c: Context<ConsoleEnv>, options: PageOptions): Response | Promise<Response> {
  const t = c.get('t');
  const refresh = options.refreshSeconds ?? 0;
  const inner = html`${header(c, options.nav, options.getPath)}
<main>
<h1>${options.title}</h1>
${flashBox(options.flash)}
${options.body}
${refresh > 0 ? html`<p class="muted">${t('common.autoRefresh', { seconds: refresh })}</p>` : ''}
</main>`;
  return c.html(htmlDocument(c, options.title, inner, refresh), options.status ?? 200);
}

/** A full page saying why nothing was done (forbidden, stale form, not found, bad input). */
export function errorPage(
  c: Context<ConsoleEnv>,
  status: ContentfulStatusCode,
  message: string,
): Response | Promise<Response> {
  const t = c.get('t');
  return page(c, {
    title: t('error.title'),
    status,
    body: html`<p class="flash bad">${message}</p><p><a href="/console/overview">${t('error.back')}</a></p>`,
  });
}
