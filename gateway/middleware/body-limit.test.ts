// bodyLimit: declared and streamed sizes over the limit answer 413 problem+json.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { bodyLimit } from './body-limit.ts';

function appWithLimit(maxBytes: number) {
  const app = new Hono();
  app.use(bodyLimit({ maxBytes }));
  app.post('/echo', async (c) => c.json({ bytes: (await c.req.arrayBuffer()).byteLength }));
  return app;
}

/** A chunked body of `chunks` × `size` bytes that counts how many chunks were pulled. */
function countingStream(chunks: number, size: number) {
  const pulled = { count: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count >= chunks) return controller.close();
      pulled.count++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, pulled };
}

describe('bodyLimit', () => {
  it('should answer 413 request.too_large when Content-Length exceeds the limit', async () => {
    const { stream, pulled } = countingStream(100, 1024);
    const response = await appWithLimit(1000).request('/echo', {
      method: 'POST',
      body: stream,
      headers: { 'content-length': String(100 * 1024) },
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'request.too_large', status: 413 });
    expect(pulled.count).toBeLessThanOrEqual(1);
  });

  it('should stop reading a chunked body as soon as it passes the limit', async () => {
    const { stream, pulled } = countingStream(1000, 1024);
    const response = await appWithLimit(4096).request('/echo', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'request.too_large' });
    expect(pulled.count).toBeLessThan(10);
  });

  it('should pass a body of exactly the limit to the handler', async () => {
    const { stream } = countingStream(4, 1024);
    const response = await appWithLimit(4096).request('/echo', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ bytes: 4096 });
  });
});
