// bodyLimit: declared and streamed sizes over the limit answer 413 problem+json.
import { request as httpRequest } from 'node:http';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../server.ts';
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

describe("bodyLimit over a real socket (read from Node's IncomingMessage)", () => {
  let server: RunningServer;
  beforeAll(async () => {
    const app = new Hono();
    app.use(bodyLimit({ maxBytes: 4096 }));
    app.post('/readers', async (c) => {
      const [bytes, text, json] = await Promise.all([
        c.req.arrayBuffer(),
        c.req.text(),
        c.req.json<{ s: string }>(),
      ]);
      return c.json({ bytes: bytes.byteLength, text: text.length, s: json.s });
    });
    server = await listen(app, { port: 0, hostname: '127.0.0.1' });
  });
  afterAll(() => server.close());

  /** Sends `parts` one after the other (chunked unless a length is given); status and body back. */
  function send(parts: string[], headers: Record<string, string> = {}) {
    return new Promise<{ status: number; body: string; connection: string | undefined }>(
      (resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port: server.port,
            method: 'POST',
            path: '/readers',
            headers: { 'content-type': 'application/json', ...headers },
          },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              body += chunk;
            });
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }),
            );
          },
        );
        req.on('error', (error: NodeJS.ErrnoException) => {
          // The server may close while a refused body is still being sent.
          if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
        });
        for (const part of parts) req.write(part);
        req.end();
      },
    );
  }

  it('should hand the same bytes to arrayBuffer(), text() and json(), Vietnamese text intact', async () => {
    const doc = JSON.stringify({ s: 'Phường Ngọc Hà, Hà Nội' });
    const answer = await send([doc.slice(0, 10), doc.slice(10)]);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      bytes: Buffer.byteLength(doc),
      text: doc.length,
      s: 'Phường Ngọc Hà, Hà Nội',
    });
  });

  it('should refuse a chunked body once it passes the limit, and close the connection', async () => {
    const answer = await send(Array.from({ length: 8 }, () => 'a'.repeat(1024)));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'request.too_large' });
    expect(answer.connection).toBe('close');
  });

  it('should refuse a declared Content-Length over the limit before reading', async () => {
    const body = 'a'.repeat(5000);
    const answer = await send([body], { 'content-length': String(body.length) });
    expect(answer.status).toBe(413);
  });
});
