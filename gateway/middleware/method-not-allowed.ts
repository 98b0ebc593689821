// Turns a known path requested with the wrong method into 405 problem+json with Allow.
import type { Hono, MiddlewareHandler } from 'hono';
import { methodNotAllowed as honoMethodNotAllowed } from 'hono/method-not-allowed';
import { problem } from '../problem.ts';

/**
 * Register on `app` itself (`app.use(methodNotAllowed(app))`): after the chain answers 404 for
 * a path that some route serves under other methods, the answer becomes 405 with `Allow`.
 */
// biome-ignore lint/suspicious/noExplicitAny: accepts any app, whatever its Env and schema types.
export function methodNotAllowed(app: Hono<any, any, any>): MiddlewareHandler {
  return honoMethodNotAllowed({
    app,
    onMethodNotAllowed: (c, allowed) =>
      problem(
        c,
        'request.method_not_allowed',
        { detail: `${c.req.method} is not allowed here; use ${allowed.join(', ')}` },
        { Allow: allowed.join(', ') },
      ),
  });
}
