// httpMetrics labels requests by route pattern (never the raw path); /metrics renders the registry.
import fc from 'fast-check';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import {
  createMetrics,
  type HttpSample,
  type MetricsRecorder,
  noopMetrics,
} from '../../ops/telemetry/metrics.ts';
import { httpMetrics, metricsRoutes } from './metrics.ts';

function recording() {
  const samples: HttpSample[] = [];
  const metrics: MetricsRecorder = { ...noopMetrics, httpRequest: (s) => samples.push(s) };
  const app = new Hono();
  app.use(httpMetrics(metrics));
  app.use('/api/*', async (c, next) => {
    const key = c.req.header('x-api-key');
    if (!key) return c.json({ code: 'auth.missing' }, 401);
    c.set('member', { id: key, rights: [] });
    return next();
  });
  app.post('/api/v1/dossiers/:code/events', (c) => c.json({ ok: true }, 202));
  app.get('/api/v1/exchanges/:id', (c) => c.json({ id: c.req.param('id') }));
  app.get('/healthz', (c) => c.text('alive'));
  app.get('/boom', () => {
    throw new Error('boom');
  });
  app.onError((_e, c) => c.json({ code: 'internal' }, 500));
  return { app, samples };
}

describe('httpMetrics', () => {
  it('should label by route pattern, status and member', async () => {
    const { app, samples } = recording();
    const code = '000.00.00.H26-250301-0001';
    await app.request(`/api/v1/dossiers/${code}/events`, {
      method: 'POST',
      headers: { 'x-api-key': 'one-stop' },
    });
    expect(samples).toHaveLength(1);
    expect(samples[0]).toMatchObject({
      method: 'POST',
      route: '/api/v1/dossiers/:code/events',
      status: 202,
      member: 'one-stop',
    });
    expect(samples[0]!.seconds).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(samples)).not.toContain(code);
  });

  it('should count a refused request under its route, as anonymous', async () => {
    const { app, samples } = recording();
    const res = await app.request('/api/v1/exchanges/6f1f3c1e-1d1b-4e53-9f7c-0c1b2b3c4d5e');
    expect(res.status).toBe(401);
    expect(samples[0]).toMatchObject({
      route: '/api/v1/exchanges/:id',
      status: 401,
      member: 'anonymous',
    });
  });

  it('should call an unknown path unmatched, an unknown method OTHER, and record errors as 500', async () => {
    const { app, samples } = recording();
    await app.request('/api/v1/nothing/here/001203012345', { headers: { 'x-api-key': 'm' } });
    await app.request('/healthz', { method: 'PROPFIND' });
    await app.request('/boom');
    expect(samples.map((s) => [s.method, s.route, s.status])).toEqual([
      ['GET', 'unmatched', 404],
      ['OTHER', 'unmatched', 404],
      ['GET', '/boom', 500],
    ]);
  });

  it('should never put a path value into the route label', async () => {
    const { app, samples } = recording();
    await fc.assert(
      // '.' and '..' are path navigation, not values.
      fc.asyncProperty(
        fc.stringMatching(/^[A-Za-z0-9.-]{1,40}$/).filter((v) => !/^\.+$/.test(v)),
        async (value) => {
          samples.length = 0;
          await app.request(`/api/v1/exchanges/${value}`, { headers: { 'x-api-key': 'm' } });
          return samples.length === 1 && samples[0]!.route === '/api/v1/exchanges/:id';
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('metricsRoutes', () => {
  it('should serve the registry as Prometheus text without a database', async () => {
    const metrics = createMetrics({ processMetrics: false });
    metrics.deliveriesSettled('health', { delivered: 2, retried: 0, dead: 0, deferred: 0 });
    const res = await metricsRoutes({ metrics }).request('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    expect(text).toContain('# TYPE lienthong_deliveries_total counter');
    expect(text).toContain('lienthong_deliveries_total{target="health",outcome="delivered"} 2');
  });
});
