// requestTimeout: a handler that outlives its budget yields a 503 problem and an aborted signal.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { requestSignal, requestTimeout } from './request-timeout.ts';

describe('requestTimeout', () => {
  it('should answer 503 problem+json and abort the request signal when the handler is slow', async () => {
    const app = new Hono();
    app.use(requestTimeout({ ms: 5 }));
    let aborted = false;
    app.get('/slow', async (c) => {
      const signal = requestSignal(c);
      // Waits for the deadline itself, so the test depends on no particular speed.
      await new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve()));
      aborted = signal?.aborted ?? false;
      return c.json({ late: true });
    });
    const response = await app.request('/slow');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'upstream.unavailable', status: 503 });
    await Promise.resolve();
    expect(aborted).toBe(true);
  });

  it('should pass a prompt answer through unchanged', async () => {
    const app = new Hono();
    app.use(requestTimeout({ ms: 60_000 }));
    app.get('/fast', (c) => c.json({ ok: true }, 201));
    const response = await app.request('/fast');
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('should answer with the configured code', async () => {
    const app = new Hono();
    app.use(requestTimeout({ ms: 1, code: 'service.not_ready' }));
    app.get('/never', () => new Promise<Response>(() => {}));
    const response = await app.request('/never');
    expect(await response.json()).toMatchObject({ code: 'service.not_ready', status: 503 });
  });
});
