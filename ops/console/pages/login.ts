// Sign-in and sign-out: double-submit CSRF on the login form, throttled guessing, audited outcomes.
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { html } from 'hono/html';
import type { Pool } from '../../db/pool.ts';
import { insertAudit } from '../../db/queries/operator.ts';
import type { Logger } from '../../telemetry/logger.ts';
import { USERNAME_PATTERN } from '../auth/operators.ts';
import { randomToken, type SessionStore, sameToken } from '../auth/sessions.ts';
import type { LoginThrottle } from '../auth/throttle.ts';
import { errorPage, flashBox, htmlDocument } from '../layout.ts';
import {
  type ConsoleEnv,
  field,
  LOGIN_CSRF_COOKIE,
  readForm,
  SESSION_COOKIE,
  setConsoleCookie,
} from '../middleware.ts';

export interface LoginDeps {
  pool: Pool;
  logger: Logger;
  sessions: SessionStore;
  throttle: LoginThrottle;
  sessionTtlMs: number;
}

/** Only a path inside the console; never another origin (`//host`) or a scheme. */
export function safeNext(next: string | undefined): string {
  return next && /^\/console\/[\w\-./?=&%]*$/.test(next) && !next.startsWith('//')
    ? next
    : '/console/overview';
}

function loginPage(
  c: Context<ConsoleEnv>,
  options: {
    next: string;
    error?: string | undefined;
    info?: string | undefined;
    status?: 200 | 401 | 429;
  },
) {
  const t = c.get('t');
  const csrf = randomToken();
  setConsoleCookie(c, LOGIN_CSRF_COOKIE, csrf, 3600);
  const other = c.get('lang') === 'vi' ? 'en' : 'vi';
  const flash = options.error
    ? flashBox({ kind: 'bad', text: options.error })
    : flashBox(options.info ? { kind: 'info', text: options.info } : undefined);
  const inner = html`<main class="login">
<p class="lang"><a href="/console/login?lang=${other}&amp;next=${encodeURIComponent(options.next)}" hreflang="${other}">${t('layout.switchLang')}</a></p>
<h1>${t('login.title')}</h1>
<p class="muted">${t('app.title')}</p>
${flash}
<form method="post" action="/console/login">
<input type="hidden" name="_csrf" value="${csrf}">
<input type="hidden" name="next" value="${options.next}">
<label>${t('login.username')}<input type="text" name="username" autocomplete="username" required autofocus maxlength="63"></label>
<label>${t('login.password')}<input type="password" name="password" autocomplete="current-password" required maxlength="200"></label>
<button class="primary" type="submit">${t('login.submit')}</button>
</form>
</main>`;
  return c.html(htmlDocument(c, t('login.title'), inner), options.status ?? 200);
}

async function audit(pool: Pool, actor: string, outcome: string, detail: Record<string, unknown>) {
  await pool.query(
    insertAudit([
      { actor_kind: 'operator', actor_id: actor, action: 'console.login', outcome, detail },
    ]),
  );
}

export function registerLogin(app: Hono<ConsoleEnv>, deps: LoginDeps): void {
  app.get('/login', (c) =>
    loginPage(c, {
      next: safeNext(c.req.query('next')),
      info: c.req.query('out') === '1' ? c.get('t')('login.loggedOut') : undefined,
    }),
  );

  app.post('/login', async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    const cookie = getCookie(c, LOGIN_CSRF_COOKIE);
    const sent = field(form, '_csrf');
    if (!cookie || !sent || !sameToken(cookie, sent)) return errorPage(c, 403, t('error.csrf'));
    const next = safeNext(field(form, 'next'));
    const username = (field(form, 'username') ?? '').trim().toLowerCase();
    const password = field(form, 'password') ?? '';
    const actor = USERNAME_PATTERN.test(username) ? username : '(invalid username)';
    if (deps.throttle.blocked(username)) {
      await audit(deps.pool, actor, 'throttled', {});
      return loginPage(c, { next, error: t('login.throttled'), status: 429 });
    }
    const result =
      actor === username && password.length > 0 && password.length <= 200
        ? await deps.sessions.login(username, password)
        : ({ ok: false } as const);
    if (!result.ok) {
      deps.throttle.failed(username);
      await audit(deps.pool, actor, 'denied', {});
      deps.logger.warn({ operator: actor }, 'console sign-in refused');
      return loginPage(c, { next, error: t('login.failed'), status: 401 });
    }
    deps.throttle.succeeded(username);
    await audit(deps.pool, username, 'ok', { role: result.session.operator.role });
    setConsoleCookie(c, LOGIN_CSRF_COOKIE, '', 0);
    setConsoleCookie(c, SESSION_COOKIE, result.token, Math.floor(deps.sessionTtlMs / 1000));
    return c.redirect(next, 303);
  });
}

/** Registered behind the session check, so the CSRF token is verified before this runs. */
export function registerLogout(app: Hono<ConsoleEnv>, deps: Pick<LoginDeps, 'sessions'>): void {
  app.post('/logout', async (c) => {
    await deps.sessions.logout(c.get('sessionToken'));
    setConsoleCookie(c, SESSION_COOKIE, '', 0);
    return c.redirect('/console/login?out=1', 303);
  });
}
