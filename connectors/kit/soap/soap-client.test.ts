// Tests of createSoapClient against a real `soap.listen` server over a socket.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpanKind, trace } from '@opentelemetry/api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defineClassifier } from '../classifier.ts';
import { ConnectorError } from '../errors.ts';
import { installTestTracing, type TestTracing } from '../testing/otel.ts';
import { PENDING, settleWithin } from '../testing/settle-within.ts';
import { PING_WSDL_PATH, type PingServer, startPingServer } from './fixtures/ping-server.ts';
import { hostileXml } from './hostile-xml.ts';
import { createSoapClient, type SoapClientOptions } from './soap-client.ts';
import { WSA_NAMESPACE, wsSecurityUsernameToken } from './soap-header.ts';

/** The call's outcome, or PENDING if it has not settled within a generous hard bound. */
async function settle(call: Promise<unknown>, boundMs = 5_000): Promise<unknown> {
  const settled = await settleWithin(call, boundMs);
  if (settled === PENDING) return PENDING;
  return settled.ok ? { value: settled.value } : settled.error;
}

const classifier = defineClassifier({
  codes: {
    BAD_INPUT: { class: 'permanent', reason: 'ping.bad_input' },
    'fault.FailedAuthentication': { class: 'auth', reason: 'ping.auth_failed' },
  },
});

describe('createSoapClient', () => {
  let server: PingServer;
  let tracing: TestTracing;
  const clients: { close(): Promise<void> }[] = [];

  const client = (overrides: Partial<SoapClientOptions> = {}) => {
    const c = createSoapClient({
      connectorId: 'ping',
      wsdlPath: PING_WSDL_PATH,
      endpoint: `${server.url}/soap/ping`,
      allowedHosts: ['127.0.0.1'],
      timeoutMs: 2_000,
      classifier,
      ...overrides,
    });
    clients.push(c);
    return c;
  };
  const failure = async (call: Promise<unknown>): Promise<ConnectorError> => {
    const outcome = await settle(call);
    expect(outcome).toBeInstanceOf(ConnectorError);
    return outcome as ConnectorError;
  };

  beforeAll(async () => {
    tracing = installTestTracing();
    server = await startPingServer();
  });
  beforeEach(() => {
    server.received.length = 0;
    tracing.exporter.reset();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await server.close();
    await tracing.shutdown();
  });

  it('should call an operation of the shipped WSDL and parse its document/literal answer', async () => {
    const res = await client().call<{ Text: string; At: Date }>('Ping', {
      Text: 'xin chào & <bạn>',
    });
    expect(res.result.Text).toBe('xin chào & <bạn>');
    expect(res.result.At).toEqual(new Date('2025-07-03T02:30:00Z'));
    expect(res.status).toBe(200);
    expect(res.request).toContain('<Text>xin chào &amp; &lt;bạn&gt;</Text>');
    expect(res.response).toContain('PingResponse');
    expect(server.received[0]?.http.soapaction).toBe('"urn:lienthong:test:ping#Ping"');
  });

  it('should send default and per-call SOAP headers and HTTP headers', async () => {
    const c = client({
      headers: {
        soap: [{ name: 'ApiKey', namespace: 'urn:test:auth', value: 'k-1' }],
        http: { 'x-tenant': 'hanoi' },
      },
    });
    await c.call(
      'Ping',
      { Text: 'a' },
      {
        soapHeaders: [{ name: 'Trace', namespace: 'urn:test:trace', value: 'call-1' }],
        httpHeaders: { 'x-call': 'one' },
      },
    );
    await c.call('Ping', { Text: 'b' });
    const [first, second] = server.received;
    expect(first?.soap).toMatchObject({ ApiKey: 'k-1', Trace: 'call-1' });
    expect(first?.http).toMatchObject({ 'x-tenant': 'hanoi', 'x-call': 'one' });
    expect(second?.soap).toEqual({ ApiKey: 'k-1' });
    expect(second?.http['x-call']).toBeUndefined();
  });

  it('should send a WS-Security password but keep it out of the request kept for the log', async () => {
    const res = await client({
      headers: { soap: [wsSecurityUsernameToken('motcua', 's3cret-pw')] },
    }).call('Ping', { Text: 'a' });
    expect(server.received[0]?.soap).toMatchObject({
      Security: { UsernameToken: { Username: 'motcua' } },
    });
    expect(JSON.stringify(server.received[0]?.soap)).toContain('s3cret-pw');
    expect(res.request).not.toContain('s3cret-pw');
    expect(res.request).toContain('[redacted]</wsse:Password>');
  });

  it('should propagate the trace and record one CLIENT span per call without personal data', async () => {
    const tracer = trace.getTracer('test');
    const parentTraceId = await tracer.startActiveSpan('parent', async (parent) => {
      await client().call('Ping', { Text: '001099012345' });
      parent.end();
      return parent.spanContext().traceId;
    });
    const spans = tracing.exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.CLIENT);
    expect(spans).toHaveLength(1);
    const span = spans[0];
    expect(server.received[0]?.http.traceparent).toBe(
      `00-${parentTraceId}-${span?.spanContext().spanId}-01`,
    );
    expect(span?.attributes).toMatchObject({
      'connector.id': 'ping',
      'connector.operation': 'Ping',
      'url.path': '/soap/ping',
    });
    expect(JSON.stringify(span?.attributes)).not.toContain('001099012345');
  });

  it('should reject a call the server never answers as transient timeout', async () => {
    const error = await failure(client().call('Ping', { Text: 'hang' }, { timeoutMs: 200 }));
    expect(error).toMatchObject({ errorClass: 'transient', reason: 'timeout' });
  });

  it('should reject as transient aborted when the caller cancels', async () => {
    const controller = new AbortController();
    const call = client().call('Ping', { Text: 'hang' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await failure(call)).toMatchObject({ errorClass: 'transient', reason: 'aborted' });
  });

  it('should classify a fault by its detail code and keep the fault text out of the error', async () => {
    const error = await failure(client().call('Ping', { Text: 'fault-client' }));
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'ping.bad_input', status: 500 });
    expect(error.message).toBe('ping: ping.bad_input (SOAP fault Client/BAD_INPUT)');
    const shown = `${JSON.stringify(error)} ${error.message} ${String(error.cause)}`;
    expect(shown).not.toContain('001099012345');
    expect(shown).not.toContain('khóa');
    expect((error.response as { body: string }).body).toContain('faultstring');
  });

  it('should fall back to the fault code: Client permanent, Server transient, table overrides', async () => {
    const c = client();
    expect(await failure(c.call('Ping', { Text: 'fault-unknown-code' }))).toMatchObject({
      errorClass: 'permanent',
      reason: 'soap.client_fault',
    });
    expect(await failure(c.call('Ping', { Text: 'fault-server' }))).toMatchObject({
      errorClass: 'transient',
      reason: 'soap.server_fault',
    });
    expect(await failure(c.call('Ping', { Text: 'fault-auth' }))).toMatchObject({
      errorClass: 'auth',
      reason: 'ping.auth_failed',
    });
  });

  it('should classify non-SOAP error pages by their HTTP status', async () => {
    server.raw.set('/raw/html500', {
      status: 500,
      body: '<html><body>Oops</body></html>',
      contentType: 'text/html',
    });
    server.raw.set('/raw/503', { status: 503, body: 'busy', contentType: 'text/plain' });
    const html = await failure(
      client({ endpoint: `${server.url}/raw/html500` }).call('Ping', { Text: 'a' }),
    );
    expect(html).toMatchObject({
      errorClass: 'transient',
      reason: 'http.server_error',
      status: 500,
    });
    const busy = await failure(
      client({ endpoint: `${server.url}/raw/503` }).call('Ping', { Text: 'a' }),
    );
    expect(busy).toMatchObject({ errorClass: 'transient', reason: 'http.unavailable' });
  });

  it('should refuse hostile XML as permanent without expanding or fetching anything', async () => {
    const probeUrl = `${server.url}/xxe-probe`;
    server.raw.set('/raw/billion', { status: 200, body: hostileXml('billion_laughs') });
    server.raw.set('/raw/xxe', { status: 200, body: hostileXml('xxe', { probeUrl }) });
    server.raw.set('/raw/deep', { status: 200, body: hostileXml('deep', { depth: 50_000 }) });
    server.raw.set('/raw/huge', {
      status: 200,
      body: hostileXml('huge', { bytes: 3 * 1024 * 1024 }),
    });
    const call = (path: string) =>
      failure(
        client({ endpoint: `${server.url}${path}`, maxResponseBytes: 1024 * 1024 }).call('Ping', {
          Text: 'a',
        }),
      );
    expect(await call('/raw/billion')).toMatchObject({
      errorClass: 'permanent',
      reason: 'soap.xml_forbidden',
    });
    expect(await call('/raw/xxe')).toMatchObject({
      errorClass: 'permanent',
      reason: 'soap.xml_forbidden',
    });
    expect(await call('/raw/deep')).toMatchObject({
      errorClass: 'permanent',
      reason: 'soap.xml_too_deep',
    });
    expect(await call('/raw/huge')).toMatchObject({
      errorClass: 'permanent',
      reason: 'response_too_large',
    });
    expect(server.probeHits()).toBe(0);
  });

  it('should refuse a 200 that is not a SOAP envelope as a permanent invalid response', async () => {
    server.raw.set('/raw/garbage', { status: 200, body: '<a><b></a>' });
    const error = await failure(
      client({ endpoint: `${server.url}/raw/garbage` }).call('Ping', { Text: 'a' }),
    );
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'soap.invalid_response' });
  });

  it('should send a fresh urn:uuid MessageID and check RelatesTo when addressing is on', async () => {
    const c = client({ addressing: true });
    const one = await c.call('Ping', { Text: 'a' });
    const two = await c.call('Ping', { Text: 'b' });
    expect(one.messageId).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(two.messageId).not.toBe(one.messageId);
    expect(server.received[0]?.soap).toMatchObject({
      MessageID: one.messageId,
      Action: 'urn:lienthong:test:ping#Ping',
      To: `${server.url}/soap/ping`,
    });
    expect(one.request).toContain(`xmlns:wsa="${WSA_NAMESPACE}"`);
    expect(await failure(c.call('Ping', { Text: 'wrong-relates' }))).toMatchObject({
      errorClass: 'transient',
      reason: 'soap.relates_to_mismatch',
    });
    expect(await failure(c.call('Ping', { Text: 'no-relates' }))).toMatchObject({
      errorClass: 'permanent',
      reason: 'soap.relates_to_missing',
    });
    const lenient = client({ addressing: { requireRelatesTo: false } });
    expect((await lenient.call('Ping', { Text: 'no-relates' })).result).toMatchObject({
      Text: 'no-relates',
    });
  });

  it('should refuse hosts outside the allow-list before sending anything', async () => {
    const error = await failure(
      client({ allowedHosts: ['giaoduc.hanoi.gov.vn'] }).call('Ping', { Text: 'a' }),
    );
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'host_not_allowed' });
    expect(server.received).toHaveLength(0);
  });

  it('should refuse a WSDL URL, a missing WSDL file and an operation the WSDL lacks', async () => {
    const remote = client({ wsdlPath: `${server.url}/soap/ping?wsdl` });
    expect(await failure(remote.call('Ping', { Text: 'a' }))).toMatchObject({
      errorClass: 'permanent',
      reason: 'soap.fetch_refused',
    });
    const missing = client({ wsdlPath: '/nonexistent/service.wsdl' });
    expect(await failure(missing.call('Ping', { Text: 'a' }))).toMatchObject({
      reason: 'soap.wsdl_unavailable',
    });
    expect(await failure(client().call('Pong', { Text: 'a' }))).toMatchObject({
      errorClass: 'permanent',
      reason: 'soap.unknown_operation',
    });
  });

  it('should refuse an invalid header element name as a permanent error', async () => {
    const call = client().call(
      'Ping',
      { Text: 'a' },
      {
        soapHeaders: [{ name: 'bad name><x', namespace: 'urn:x', value: 'v' }],
      },
    );
    expect(await failure(call)).toMatchObject({
      errorClass: 'permanent',
      reason: 'soap.invalid_header',
    });
    expect(server.received).toHaveLength(0);
  });

  it('should reject with a transient error when the server is unreachable', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await failure(
      client({ endpoint: `http://127.0.0.1:${port}/soap/ping` }).call('Ping', { Text: 'a' }),
    );
    expect(error).toMatchObject({ errorClass: 'transient', reason: 'network.connection_refused' });
  });
});
