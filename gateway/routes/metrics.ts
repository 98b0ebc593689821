// GET /metrics (Prometheus text) and the middleware that records every request by route pattern.
import { trace } from '@opentelemetry/api';
import { Hono, type MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Pool } from '../../ops/db/pool.ts';
import type { Metrics, MetricsRecorder } from '../../ops/telemetry/metrics.ts';

/**
 * Unauthenticated by design, like every Prometheus target: mount it on a listener bound to an
 * internal address (or behind the ingress's deny rule), not on the public API port.
 */
export function metricsRoutes(deps: { metrics: Metrics; pool?: Pool | undefined }): Hono {
  const app = new Hono();
  app.get('/metrics', async (c) => {
    const text = await deps.metrics.scrape(deps.pool);
    return c.body(text, 200, {
      'content-type': deps.metrics.contentType,
      'cache-control': 'no-store',
    });
  });
  return app;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The route pattern that serves this request, or 'unmatched'; paths carry ids and codes. */
export function routeLabel(c: Parameters<MiddlewareHandler>[0]): string {
  const routes = matchedRoutes(c);
  for (let i = routes.length - 1; i >= 0; i--) {
    const route = routes[i]!;
    // Wildcard middleware (app.use) matches everything; only a handler names the route.
    if (route.method !== 'ALL' || !route.path.endsWith('*')) return route.path;
  }
  return 'unmatched';
}

/**
 * Records method, route pattern, status, member and duration of every request, and names the
 * inbound HTTP span after the route ("POST /api/v1/dossiers") instead of just "POST".
 * Register first, so requests refused by later middleware (401, 413, 429) are counted too.
 */
export function httpMetrics(metrics: MetricsRecorder): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const method = METHODS.has(c.req.method) ? c.req.method : 'OTHER';
    const route = routeLabel(c);
    const span = trace.getActiveSpan();
    if (span && route !== 'unmatched') {
      span.setAttribute('http.route', route);
      span.updateName(`${method} ${route}`);
    }
    try {
      await next();
    } finally {
      metrics.httpRequest({
        method,
        route,
        status: c.res.status,
        member: c.get('member')?.id ?? 'anonymous',
        seconds: (performance.now() - started) / 1000,
      });
    }
  };
}
