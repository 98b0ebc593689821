// Health probes: readiness names the failing check in a problem+json 503.

import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { requestIdPropagation } from '../middleware/request-id.ts';
import { healthRoutes, type ReadinessProbe } from './health.ts';

function app(readiness: ReadinessProbe) {
  const a = new Hono();
  a.use(requestIdPropagation());
  a.route('/', healthRoutes(readiness));
  return a;
}

describe('healthRoutes', () => {
  it('should answer readyz 200 when every check passes', async () => {
    const response = await app(async () => ({
      database: { ok: true },
      queue: { ok: true },
    })).request('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready' });
  });

  it('should answer readyz 503 problem+json naming the failing check', async () => {
    const response = await app(async () => ({
      database: { ok: true },
      migrations: { ok: false, detail: 'pending: 2' },
    })).request('/readyz');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      code: 'service.not_ready',
      status: 503,
      detail: 'migrations: pending: 2',
    });
    expect(body.requestId).toEqual(expect.any(String));
  });

  it('should answer healthz without touching readiness', async () => {
    let called = false;
    const response = await app(async () => {
      called = true;
      return {};
    }).request('/healthz');
    expect(response.status).toBe(200);
    expect(called).toBe(false);
  });
});
