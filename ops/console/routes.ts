// consoleRoutes(deps): the operator console under /console — server-rendered pages behind a session.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CONSOLE_CSS, CONSOLE_JS } from './assets.ts';
import { createSessionStore, DEFAULT_SESSION_TTL_MS } from './auth/sessions.ts';
import { LoginThrottle } from './auth/throttle.ts';
import type { ConsoleDeps } from './deps.ts';
import { DEFAULT_LANG, translator } from './i18n.ts';
import { errorPage } from './layout.ts';
import { type ConsoleEnv, consoleHeaders, language, requireSession } from './middleware.ts';
import { registerCatalogue } from './pages/catalogue.ts';
import { registerConnector } from './pages/connector.ts';
import { registerDeadLetters } from './pages/dead-letters.ts';
import { registerExchange } from './pages/exchange.ts';
import { registerExchanges } from './pages/exchanges.ts';
import { registerKpi } from './pages/kpi.ts';
import { registerLogin, registerLogout } from './pages/login.ts';
import { registerOverview } from './pages/overview.ts';

/** Forms carry ids and short texts: 500 UUIDs fit in well under this. */
const MAX_FORM_BYTES = 64 * 1024;

export function consoleRoutes(deps: ConsoleDeps): Hono<ConsoleEnv> {
  const sessionTtlMs = deps.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
  const sessions = createSessionStore({ pool: deps.pool, ttlMs: sessionTtlMs });
  const throttle = new LoginThrottle();
  const app = new Hono<ConsoleEnv>().basePath('/console');

  app.use('*', consoleHeaders());
  app.use('*', language());
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_FORM_BYTES,
      onError: (c) => errorPage(c, 413, c.get('t')('error.invalid', { fields: 'size' })),
    }),
  );
  app.get('/assets/console.css', (c) =>
    c.body(CONSOLE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }),
  );
  app.get('/assets/console.js', (c) =>
    c.body(CONSOLE_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  registerLogin(app, { pool: deps.pool, logger: deps.logger, sessions, throttle, sessionTtlMs });

  // Everything registered below needs a session (and a CSRF token on POST).
  app.use(
    '*',
    requireSession(sessions, (c) => errorPage(c, 403, c.get('t')('error.csrf'))),
  );
  app.get('/', (c) => c.redirect('/console/overview', 303));
  registerLogout(app, { sessions });
  registerOverview(app, deps);
  registerConnector(app, deps);
  registerExchanges(app, deps);
  registerExchange(app, deps);
  registerDeadLetters(app, deps);
  registerCatalogue(app, deps);
  registerKpi(app, deps);
  app.get('*', (c) => errorPage(c, 404, c.get('t')('error.notFound')));

  app.onError((error, c) => {
    deps.logger.error({ err: error, path: c.req.path }, 'console request failed');
    if (!c.var.t) {
      c.set('lang', DEFAULT_LANG);
      c.set('t', translator(DEFAULT_LANG));
    }
    return errorPage(c, 500, c.get('t')('error.internal'));
  });
  return app;
}
