import { SpanKind, trace } from '@opentelemetry/api';
import { stream } from 'hono/streaming';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConnectorError } from './errors.ts';
import { createHttpClient, type HttpClientOptions } from './http-client.ts';
import { createSimulator, type RunningSimulator, startSimulator } from './simulator/index.ts';
import { installTestTracing, type TestTracing } from './testing/otel.ts';

const SENTINEL = Symbol('still pending');
const HARD_BOUND_MS = 5_000;

async function settle<T>(promise: Promise<T>): Promise<T | typeof SENTINEL | { error: unknown }> {
  const bound = new Promise<typeof SENTINEL>((r) => setTimeout(() => r(SENTINEL), HARD_BOUND_MS));
  return Promise.race([promise.catch((error: unknown) => ({ error })), bound]);
}

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const outcome = await settle(promise);
  expect(outcome).not.toBe(SENTINEL);
  const error = (outcome as { error?: unknown }).error;
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

let active = 0;
let maxActive = 0;

const sim = createSimulator({
  name: 'http-client-test',
  setup(app) {
    app.get('/ok', (c) => c.json({ ok: true }, 200, { 'x-test': 'yes' }));
    app.get('/headers', (c) => c.json(c.req.header()));
    app.all('/echo', async (c) =>
      c.json({
        method: c.req.method,
        contentType: c.req.header('content-type') ?? null,
        body: await c.req.text(),
        query: c.req.queries(),
      }),
    );
    app.get('/not-json', (c) => c.text('<html>oops</html>'));
    app.get('/redirect', (c) => c.redirect('http://169.254.169.254/latest/meta-data'));
    app.get('/status/:code', (c) => {
      const code = Number(c.req.param('code')) as ContentfulStatusCode;
      const retryAfter = c.req.query('retryAfter');
      return c.json({ failed: 'detail' }, code, retryAfter ? { 'retry-after': retryAfter } : {});
    });
    app.get('/big', (c) => c.body(new Uint8Array(Number(c.req.query('bytes')))));
    app.get('/big-chunked', (c) =>
      stream(c, async (s) => {
        const chunk = new Uint8Array(16 * 1024);
        for (let sent = 0; sent < Number(c.req.query('bytes')); sent += chunk.byteLength) {
          await s.write(chunk);
        }
      }),
    );
    app.get('/stall-body', (c) =>
      stream(c, async (s) => {
        await s.write('{"partial":');
        await new Promise<void>((resolve) => s.onAbort(resolve));
      }),
    );
    app.get('/hold', async (c) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 100));
      active -= 1;
      return c.json({ ok: true });
    });
  },
});

let running: RunningSimulator;
let tracing: TestTracing;
const clients: { close(): Promise<void> }[] = [];

function client(overrides: Partial<HttpClientOptions> = {}) {
  const created = createHttpClient({
    connectorId: 'test',
    baseUrl: `${running.url}/`,
    allowedHosts: ['127.0.0.1'],
    timeoutMs: 2_000,
    ...overrides,
  });
  clients.push(created);
  return created;
}

beforeAll(async () => {
  tracing = installTestTracing();
  running = await startSimulator(sim);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await running.reset();
  tracing.exporter.reset();
});
afterAll(async () => {
  await running.close();
  await tracing.shutdown();
});

describe('createHttpClient', () => {
  it('should return status, headers and an already-read body', async () => {
    const res = await client().request({ method: 'GET', path: '/ok' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-test')).toBe('yes');
    expect(res.json()).toEqual({ ok: true });
    expect(res.text()).toBe('{"ok":true}');
  });

  it('should join paths under the base path and encode json, form and query', async () => {
    const http = client({ baseUrl: `${running.url}/` });
    const json = await http.request({
      method: 'POST',
      path: 'echo',
      query: { a: 1, b: ['x', 'y'], skip: undefined },
      json: { name: 'Nguyễn' },
    });
    expect(json.json()).toEqual({
      method: 'POST',
      contentType: 'application/json; charset=utf-8',
      body: '{"name":"Nguyễn"}',
      query: { a: ['1'], b: ['x', 'y'] },
    });
    const form = await http.request({ method: 'PUT', path: '/echo', form: { k: 'v w' } });
    expect(form.json()).toMatchObject({
      contentType: 'application/x-www-form-urlencoded',
      body: 'k=v+w',
    });
  });

  it('should propagate the trace and record one CLIENT span without the query string', async () => {
    const tracer = trace.getTracer('test');
    const { res, parentTraceId } = await tracer.startActiveSpan('parent', async (parent) => {
      const result = await client().request({
        method: 'GET',
        path: '/headers',
        query: { personalId: '001099012345' },
        operation: 'lookup',
      });
      parent.end();
      return { res: result, parentTraceId: parent.spanContext().traceId };
    });
    const span = tracing.exporter.getFinishedSpans().find((s) => s.kind === SpanKind.CLIENT);
    expect(span).toBeDefined();
    const headers = res.json<Record<string, string>>();
    expect(headers.traceparent).toBe(`00-${parentTraceId}-${span?.spanContext().spanId}-01`);
    expect(span?.attributes).toMatchObject({
      'connector.id': 'test',
      'connector.operation': 'lookup',
      'http.request.method': 'GET',
      'url.path': '/headers',
      'http.response.status_code': 200,
    });
    expect(JSON.stringify(span?.attributes)).not.toContain('001099012345');
  });

  it('should record the route template instead of a path that carries identifiers', async () => {
    await client().request({ method: 'GET', path: '/status/200', route: '/status/:code' });
    const span = tracing.exporter.getFinishedSpans()[0];
    expect(span?.name).toBe('GET /status/:code');
    expect(span?.attributes['url.path']).toBe('/status/:code');
  });

  it('should reject a server that never answers as transient timeout', async () => {
    await running.setFaults({ timeoutRate: 1 });
    const error = await failure(client().request({ method: 'GET', path: '/ok', timeoutMs: 200 }));
    expect(error.errorClass).toBe('transient');
    expect(error.reason).toBe('timeout');
    // Client and simulator share one event loop: on a stalled loop the client's timer can fire
    // before the simulator has even read the request.
    await vi.waitFor(() => expect(running.stats().counters.faults?.timeout).toBe(1));
  });

  it('should reject a body that stalls midway as transient timeout', async () => {
    const error = await failure(
      client().request({ method: 'GET', path: '/stall-body', timeoutMs: 300 }),
    );
    expect(error.errorClass).toBe('transient');
    expect(error.reason).toBe('timeout');
    const span = tracing.exporter.getFinishedSpans()[0];
    expect(span?.attributes['error.type']).toBe('timeout');
  });

  it('should reject bodies past the limit as permanent response_too_large', async () => {
    const http = client({ maxResponseBytes: 1_000 });
    const declared = await failure(http.request({ method: 'GET', path: '/big?bytes=5000' }));
    expect([declared.errorClass, declared.reason]).toEqual(['permanent', 'response_too_large']);
    const chunked = await failure(
      http.request({ method: 'GET', path: '/big-chunked?bytes=100000' }),
    );
    expect([chunked.errorClass, chunked.reason]).toEqual(['permanent', 'response_too_large']);
    const fits = await http.request({ method: 'GET', path: '/big?bytes=1000' });
    expect(fits.bytes.byteLength).toBe(1_000);
  });

  it('should refuse a host outside the allow-list before connecting', async () => {
    const http = client({ allowedHosts: ['dichvucong.gov.vn', '*.hanoi.gov.vn'] });
    const error = await failure(http.request({ method: 'GET', path: '/ok' }));
    expect([error.errorClass, error.reason]).toEqual(['permanent', 'host_not_allowed']);
    const absolute = await failure(
      client().request({ method: 'GET', path: 'http://169.254.169.254/latest' }),
    );
    expect(absolute.reason).toBe('host_not_allowed');
    expect(running.stats().counters.requests?.all ?? 0).toBe(0);
  });

  it('should not follow a redirect (which could leave the allow-list)', async () => {
    const error = await failure(client().request({ method: 'GET', path: '/redirect' }));
    expect(error).toMatchObject({
      errorClass: 'permanent',
      reason: 'http.unexpected_redirect',
      status: 302,
    });
  });

  it('should classify error statuses with the default table and Retry-After', async () => {
    const http = client();
    const unavailable = await failure(
      http.request({ method: 'GET', path: '/status/503', query: { retryAfter: '7' } }),
    );
    expect(unavailable).toMatchObject({
      errorClass: 'transient',
      status: 503,
      retryAfterMs: 7_000,
    });
    const throttled = await failure(http.request({ method: 'GET', path: '/status/429' }));
    expect(throttled.errorClass).toBe('throttled');
    const auth = await failure(http.request({ method: 'GET', path: '/status/401' }));
    expect([auth.errorClass, auth.reason]).toEqual(['auth', 'http.unauthorized']);
    const missing = await failure(http.request({ method: 'GET', path: '/status/404' }));
    expect(missing.errorClass).toBe('permanent');
    expect(missing.response).toMatchObject({ status: 404, body: '{"failed":"detail"}' });
  });

  it('should keep the response body out of the error JSON and its enumerable keys', async () => {
    const error = await failure(client().request({ method: 'GET', path: '/status/400' }));
    expect(JSON.stringify(error)).not.toContain('detail');
    expect(Object.keys(error)).not.toContain('response');
  });

  it('should return accepted non-2xx statuses instead of throwing', async () => {
    const res = await client().request({ method: 'GET', path: '/status/404', acceptStatus: [404] });
    expect(res.status).toBe(404);
  });

  it('should use the connector classifier when one is given', async () => {
    const { defineClassifier } = await import('./classifier.ts');
    const classifier = defineClassifier({
      http: { '404': { class: 'permanent', reason: 'echo.not_found' } },
    });
    const error = await failure(
      client({ classifier }).request({ method: 'GET', path: '/status/404' }),
    );
    expect(error.reason).toBe('echo.not_found');
  });

  it('should classify a caller abort as transient aborted', async () => {
    await running.setFaults({ timeoutRate: 1 });
    const controller = new AbortController();
    const pending = client().request({ method: 'GET', path: '/ok', signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    expect([error.errorClass, error.reason]).toEqual(['transient', 'aborted']);
  });

  it('should treat a caller deadline signal as a timeout, not an abort', async () => {
    await running.setFaults({ timeoutRate: 1 });
    const signal = AbortSignal.timeout(100);
    const error = await failure(client().request({ method: 'GET', path: '/ok', signal }));
    expect([error.errorClass, error.reason]).toEqual(['transient', 'timeout']);
  });

  it('should classify a refused connection as transient', async () => {
    await running.setFaults({ down: true });
    const error = await failure(client().request({ method: 'GET', path: '/ok' }));
    expect([error.errorClass, error.reason]).toEqual(['transient', 'network.connection_refused']);
  });

  it('should reject a body that is not JSON as permanent when parsed', async () => {
    const res = await client().request({ method: 'GET', path: '/not-json' });
    expect(() => res.json()).toThrowError(
      expect.objectContaining({ errorClass: 'permanent', reason: 'response.invalid_json' }),
    );
  });

  it('should open at most the configured connections per origin', async () => {
    maxActive = 0;
    const http = client({ connections: 1 });
    await Promise.all([1, 2, 3].map(() => http.request({ method: 'GET', path: '/hold' })));
    expect(maxActive).toBe(1);
  });
});
