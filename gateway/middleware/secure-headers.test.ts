// apiSecureHeaders: API responses carry the hardening headers; a handler's own CSP is kept.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { apiSecureHeaders } from './secure-headers.ts';

function app(options = {}) {
  const a = new Hono();
  a.use(apiSecureHeaders(options));
  a.get('/api', (c) => c.json({ ok: true }));
  a.get('/raw', () => new Response('raw', { headers: { 'Cache-Control': 'max-age=60' } }));
  a.get('/page', (c) =>
    c.html('<p>x</p>', 200, {
      'Content-Security-Policy': "default-src 'self'",
      'Cache-Control': 'no-cache',
    }),
  );
  return a;
}

describe('apiSecureHeaders', () => {
  it('should send the API hardening headers and no-store', async () => {
    const response = await app().request('/api');
    const h = response.headers;
    expect(h.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('x-frame-options')).toBe('DENY');
    expect(h.get('referrer-policy')).toBe('no-referrer');
    expect(h.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(h.get('cache-control')).toBe('no-store');
  });

  it("should keep a handler's own Content-Security-Policy and Cache-Control", async () => {
    const response = await app().request('/page');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('should add the headers to a Response the handler built itself, keeping its own', async () => {
    const response = await app().request('/raw');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('max-age=60');
  });

  it('should leave HSTS off when its max-age is 0', async () => {
    const response = await app({ hstsMaxAgeSeconds: 0 }).request('/api');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});
