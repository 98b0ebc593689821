// The console's request pipeline: security headers, language, session, CSRF and role checks.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import type { OperatorRole } from './auth/operators.ts';
import { roleAtLeast } from './auth/operators.ts';
import { type ConsoleSession, type SessionStore, sameToken } from './auth/sessions.ts';
import { DEFAULT_LANG, isLang, type Lang, type Translate, translator } from './i18n.ts';

export type Form = Record<string, string | string[]>;

export interface ConsoleEnv {
  Variables: {
    lang: Lang;
    t: Translate;
    session: ConsoleSession;
    /** The session cookie's token (for logout). */
    sessionToken: string;
    /** The POSTed form, read once by the CSRF check. */
    form: Form;
  };
}

export const SESSION_COOKIE = 'lt_console_session';
export const LANG_COOKIE = 'lt_console_lang';
/** Double-submit token of the login form, before any session exists. */
export const LOGIN_CSRF_COOKIE = 'lt_console_login';
export const COOKIE_PATH = '/console';

/** No source outside the gateway itself; nothing may frame the console. */
export function consoleHeaders(): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
    crossOriginResourcePolicy: 'same-origin',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
  return async (c, next) => {
    await headers(c, next);
    c.res.headers.set(
      'Cache-Control',
      c.req.path.includes('/assets/') ? 'private, max-age=300' : 'no-store',
    );
  };
}

/** Secure when the browser reached us over https (directly or through a TLS-terminating proxy). */
export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function setConsoleCookie(
  c: Context,
  name: string,
  value: string,
  maxAgeSeconds: number,
): void {
  setCookie(c, name, value, {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c),
    maxAge: maxAgeSeconds,
  });
}

/** `?lang=en|vi` switches and remembers the language; otherwise the cookie, else Vietnamese. */
export function language(): MiddlewareHandler<ConsoleEnv> {
  return async (c, next) => {
    const asked = c.req.query('lang');
    let lang: Lang = DEFAULT_LANG;
    if (isLang(asked)) {
      lang = asked;
      setConsoleCookie(c, LANG_COOKIE, asked, 365 * 86_400);
    } else {
      const stored = getCookie(c, LANG_COOKIE);
      if (isLang(stored)) lang = stored;
    }
    c.set('lang', lang);
    c.set('t', translator(lang));
    await next();
  };
}

function formOf(body: Record<string, unknown>): Form {
  const form: Form = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') form[key] = value;
    else if (Array.isArray(value))
      form[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return form;
}

export async function readForm(c: Context<ConsoleEnv>): Promise<Form> {
  const type = c.req.header('content-type') ?? '';
  if (
    !type.startsWith('application/x-www-form-urlencoded') &&
    !type.startsWith('multipart/form-data')
  )
    return {};
  return formOf(await c.req.parseBody({ all: true }));
}

export function field(form: Form, name: string): string | undefined {
  const value = form[name];
  return Array.isArray(value) ? value[0] : value;
}

export function fields(form: Form, name: string): string[] {
  const value = form[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Every path but the login page and the assets needs a live session: a page request without one
 * goes to the login page; a POST must also carry the session's CSRF token in `_csrf`.
 */
export function requireSession(
  sessions: SessionStore,
  onDenied: (c: Context<ConsoleEnv>, why: 'csrf') => Response | Promise<Response>,
): MiddlewareHandler<ConsoleEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await sessions.lookup(token) : undefined;
    if (!token || !session) {
      const back = c.req.method === 'GET' ? `?next=${encodeURIComponent(c.req.path)}` : '';
      return c.redirect(`/console/login${back}`, 303);
    }
    c.set('session', session);
    c.set('sessionToken', token);
    if (c.req.method === 'POST') {
      const form = await readForm(c);
      const sent = field(form, '_csrf');
      if (!sent || !sameToken(sent, session.csrfToken)) return onDenied(c, 'csrf');
      c.set('form', form);
    }
    await next();
  };
}

export function requireRole(
  role: OperatorRole,
  onDenied: (c: Context<ConsoleEnv>) => Response | Promise<Response>,
): MiddlewareHandler<ConsoleEnv> {
  return async (c, next) => {
    if (!roleAtLeast(c.get('session').operator.role, role)) return onDenied(c);
    await next();
  };
}
