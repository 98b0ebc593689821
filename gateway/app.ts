// createApp(deps): the gateway's Hono app, assembled from routes and middleware; no globals.
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import type { Logger } from '../ops/telemetry/logger.ts';
import { problem } from './problem.ts';
import { healthRoutes, type ReadinessProbe } from './routes/health.ts';

export interface AppDeps {
  logger: Logger;
  readiness: ReadinessProbe;
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use(requestId());
  app.route('/', healthRoutes(deps.readiness));
  app.notFound((c) =>
    problem(c, 'resource.not_found', { detail: `no route for ${c.req.method} ${c.req.path}` }),
  );
  app.onError((error, c) => {
    deps.logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return problem(c, 'internal');
  });
  return app;
}
