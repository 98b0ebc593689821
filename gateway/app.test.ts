// The gateway shell: health probes and problem+json for unknown routes.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../ops/telemetry/logger.ts';
import { createApp } from './app.ts';

const logger = createLogger({ level: 'silent', format: 'json' });

describe('createApp', () => {
  it('should answer readyz 200 when every check passes', async () => {
    const app = createApp({
      logger,
      readiness: async () => ({ database: { ok: true }, queue: { ok: true } }),
    });
    const response = await app.request('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready' });
  });

  it('should answer readyz 503 problem+json naming the failing check', async () => {
    const app = createApp({
      logger,
      readiness: async () => ({
        database: { ok: true },
        migrations: { ok: false, detail: 'pending: 2' },
      }),
    });
    const response = await app.request('/readyz');
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

  it('should render unknown routes as a 404 problem', async () => {
    const app = createApp({ logger, readiness: async () => ({}) });
    const response = await app.request('/nope', { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'resource.not_found', instance: '/nope' });
  });
});
