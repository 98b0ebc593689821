import { afterEach, describe, expect, it } from 'vitest';
import { defineClassifier } from '../classifier.ts';
import { ConnectorError } from '../errors.ts';
import { createHttpClient, type HttpClient } from '../http-client.ts';
import type { Simulator } from '../simulator/create-simulator.ts';
import { type RunningSimulator, startSimulator } from '../simulator/start.ts';
import { countOf } from '../simulator/stats.ts';
import {
  type ClientCredentialsOptions,
  createClientCredentialsToken,
  type LgspClientSettings,
  requestClientCredentialsToken,
} from './client-credentials.ts';
import { lgspOAuthCodeRules } from './oauth-rules.ts';
import {
  TEST_CLIENT as CLIENT,
  testClock as clock,
  TEST_TTL_SECONDS as TTL_SECONDS,
  testGateway,
} from './test-gateway.ts';

const classifier = defineClassifier({ codes: lgspOAuthCodeRules('demo') });

/** The test gateway with odd token endpoints beside the real one, and a route that always says 401. */
function gatewaySim(now: () => number, forms: Record<string, string>[]): Simulator {
  return testGateway(now, {
    open(app) {
      app.post('/capture-token', async (c) => {
        forms.push((await c.req.parseBody()) as Record<string, string>);
        return c.json({ access_token: 'captured', token_type: 'Bearer', expires_in: 60 });
      });
      app.post('/bare-400', (c) => c.text('no', 400));
      app.post('/not-a-token', (c) => c.json({ hello: 'world', secret: CLIENT.clientSecret }));
      app.post('/envelope-failure', (c) => c.json({ status: '0', errorCode: 'BUSY' }));
    },
    guarded(app, sim) {
      app.get('/api/always-401', (c) => {
        sim.count('received', 'always401');
        return c.json({ fault: { code: 900901 } }, 401);
      });
    },
  });
}

const running: RunningSimulator[] = [];
const clients: HttpClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function setup(
  overrides: Partial<LgspClientSettings> = {},
  extra: Partial<ClientCredentialsOptions> = {},
) {
  const t = clock();
  const forms: Record<string, string>[] = [];
  const server = await startSimulator(gatewaySim(t.now, forms));
  running.push(server);
  const http = createHttpClient({
    connectorId: 'demo',
    baseUrl: server.url,
    allowedHosts: ['127.0.0.1'],
    classifier,
  });
  clients.push(http);
  const options: ClientCredentialsOptions = {
    connectorId: 'demo',
    http,
    settings: { ...CLIENT, tokenSkewMs: 5_000, paths: { token: '/token' }, ...overrides },
    classifier,
    unexpectedReason: 'demo.unexpected_response',
    now: t.now,
    ...extra,
  };
  const thing = (token: string, path = '/api/thing') =>
    http.request({ method: 'GET', path, headers: { authorization: `Bearer ${token}` } });
  return { t, forms, server, http, options, thing };
}

async function rejection(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('createClientCredentialsToken', () => {
  it('should reuse one token until skew before expiry, then fetch a new one', async () => {
    const { t, server, options } = await setup();
    const auth = createClientCredentialsToken(options);
    const first = await auth.get();
    t.advance(TTL_SECONDS * 1000 - 5_000 - 1);
    expect(await auth.get()).toBe(first);
    t.advance(1);
    const second = await auth.get();
    expect(second).not.toBe(first);
    expect(countOf(server.stats(), 'issued', 'token')).toBe(2);
  });

  it('should fetch one token for concurrent callers', async () => {
    const { server, options } = await setup();
    const auth = createClientCredentialsToken(options);
    const tokens = await Promise.all(Array.from({ length: 5 }, () => auth.get()));
    expect(new Set(tokens).size).toBe(1);
    expect(countOf(server.stats(), 'issued', 'token')).toBe(1);
  });

  it('should refresh once and retry the call once when the gateway drops its tokens', async () => {
    const { server, options, thing } = await setup();
    const auth = createClientCredentialsToken(options);
    expect((await auth.withAuthRetry(thing)).status).toBe(200);
    await server.sim.app.request('/__admin/expire-credentials', { method: 'POST' });
    expect((await auth.withAuthRetry(thing)).status).toBe(200);
    const stats = server.stats();
    expect(countOf(stats, 'issued', 'token')).toBe(2);
    expect(countOf(stats, 'rejected', 'token')).toBe(1);
    expect(countOf(stats, 'received', 'thing')).toBe(2);
  });

  it('should give up after one refresh when the new token is refused too', async () => {
    const { server, options, thing } = await setup();
    const auth = createClientCredentialsToken(options);
    const error = await rejection(auth.withAuthRetry((token) => thing(token, '/api/always-401')));
    expect(error.errorClass).toBe('auth');
    expect(countOf(server.stats(), 'received', 'always401')).toBe(2);
    expect(countOf(server.stats(), 'issued', 'token')).toBe(2);
  });
});

describe('requestClientCredentialsToken', () => {
  it('should post the client-credentials form, with scope only when configured', async () => {
    const plain = await setup({ paths: { token: '/capture-token' } });
    expect(await requestClientCredentialsToken(plain.options)).toEqual({
      value: 'captured',
      expiresInMs: 60_000,
    });
    expect(plain.forms).toEqual([
      {
        grant_type: 'client_credentials',
        client_id: CLIENT.clientId,
        client_secret: CLIENT.clientSecret,
      },
    ]);
    const scoped = await setup({ paths: { token: '/capture-token' }, scope: 'hoTich' });
    await requestClientCredentialsToken(scoped.options);
    expect(scoped.forms[0]).toMatchObject({ scope: 'hoTich' });
  });

  it('should classify a refused client by the table, without the response or the secret', async () => {
    const { options } = await setup({ clientSecret: 'wrong-secret-value' });
    const error = await rejection(requestClientCredentialsToken(options));
    expect(error).toMatchObject({ errorClass: 'auth', reason: 'demo.invalid_client' });
    expect(error.response).toBeUndefined();
    expect(JSON.stringify(error)).not.toContain('wrong-secret-value');
    expect(error.message).not.toContain('wrong-secret-value');
  });

  it('should read an RFC 6749 error from a 400 and fall back to invalid_request without one', async () => {
    // The simulated gateway answers an empty client_id with 400 {"error":"invalid_request"}.
    const named = await setup({ clientId: '' });
    const badForm = await rejection(requestClientCredentialsToken(named.options));
    expect(badForm).toMatchObject({ errorClass: 'permanent', reason: 'demo.token_rejected' });
    const bare = await setup({ paths: { token: '/bare-400' } });
    const error = await rejection(requestClientCredentialsToken(bare.options));
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'demo.token_rejected' });
  });

  it('should fail permanent with the unexpected reason for a 200 that is no token, body not attached', async () => {
    const { options } = await setup({ paths: { token: '/not-a-token' } });
    const error = await rejection(requestClientCredentialsToken(options));
    expect(error).toMatchObject({
      errorClass: 'permanent',
      reason: 'demo.unexpected_response',
      status: 200,
    });
    expect(error.response).toBeUndefined();
  });

  it("should let readBody throw the system's own classified error for a failure in a 200", async () => {
    const busy = new ConnectorError({
      connectorId: 'demo',
      errorClass: 'throttled',
      reason: 'demo.busy',
    });
    const seen: unknown[] = [];
    const { options } = await setup(
      { paths: { token: '/envelope-failure' } },
      {
        readBody: (res) => {
          seen.push(res.json());
          throw busy;
        },
      },
    );
    expect(await rejection(requestClientCredentialsToken(options))).toBe(busy);
    expect(seen).toEqual([{ status: '0', errorCode: 'BUSY' }]);
  });

  it('should stop waiting when the caller aborts', async () => {
    const { options } = await setup();
    const error = await rejection(requestClientCredentialsToken(options, AbortSignal.abort()));
    expect(error.errorClass).toBe('transient');
  });
});

describe('lgspOAuthCodeRules', () => {
  it("should make a refused client 'auth' and a refused request or grant permanent, under the prefix", () => {
    for (const code of ['invalid_client', 'unauthorized_client']) {
      expect(classifier.classify({ code: `oauth.${code}` })).toMatchObject({
        class: 'auth',
        reason: 'demo.invalid_client',
      });
    }
    for (const code of [
      'invalid_request',
      'invalid_grant',
      'unsupported_grant_type',
      'invalid_scope',
    ]) {
      expect(classifier.classify({ code: `oauth.${code}` })).toMatchObject({
        class: 'permanent',
        reason: 'demo.token_rejected',
      });
    }
  });
});
