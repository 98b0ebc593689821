import { afterEach, describe, expect, it } from 'vitest';
import { defineClassifier } from '../classifier.ts';
import type { ResolvedDeps } from '../define-connector.ts';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../http-client.ts';
import { HttpConfigSchema } from '../http-config.ts';
import { type RunningSimulator, startSimulator } from '../simulator/start.ts';
import { countOf } from '../simulator/stats.ts';
import type { ConnectorManifest } from '../types.ts';
import { createLgspConnection } from './connection.ts';
import { lgspOAuthCodeRules } from './oauth-rules.ts';
import { TEST_CLIENT as CLIENT, testGateway } from './test-gateway.ts';

const manifest = {
  id: 'demo',
  version: '1.2.3',
  kind: 'rest',
  operations: ['lookup'],
  accepts: [],
  allowedHosts: ['lgsp.example.gov.vn'],
} as const satisfies ConnectorManifest;
const classifier = defineClassifier({ codes: lgspOAuthCodeRules('demo') });

let running: RunningSimulator | undefined;
let http: HttpClient | undefined;

afterEach(async () => {
  await http?.close();
  await running?.close();
});

async function connect(now: () => number) {
  running = await startSimulator(testGateway(now));
  const config = {
    ...HttpConfigSchema.parse({ baseUrl: running.url, extraAllowedHosts: ['127.0.0.1'] }),
    ...CLIENT,
    tokenSkewMs: 10_000,
    paths: { token: '/token' },
  };
  const seen: HttpClientOptions[] = [];
  const deps: ResolvedDeps = {
    logger: { debug() {}, info() {}, warn() {}, error() {} },
    fetch: (options) => {
      seen.push(options);
      http = createHttpClient(options);
      return http;
    },
    now,
  };
  const connection = createLgspConnection(manifest, config, deps, {
    classifier,
    unexpectedReason: 'demo.unexpected_response',
  });
  return { connection, seen, sim: running };
}

describe('createLgspConnection', () => {
  it("should build the HTTP client through deps.fetch from the manifest, config and the connector's table", async () => {
    const { connection, seen, sim } = await connect(() => 1_000_000);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      connectorId: 'demo',
      baseUrl: sim.url,
      allowedHosts: ['lgsp.example.gov.vn', '127.0.0.1'],
      defaultHeaders: { 'user-agent': 'lienthong/demo@1.2.3' },
    });
    expect(seen[0]?.classifier).toBe(classifier);
    expect(connection.http).toBe(http);
  });

  it("should take the token from that client, on deps' clock and the config's skew", async () => {
    let t = 1_000_000;
    const { connection, sim } = await connect(() => t);
    const res = await connection.auth.withAuthRetry((token) =>
      connection.http.request({
        method: 'GET',
        path: '/api/thing',
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    expect(res.status).toBe(200);
    const first = await connection.auth.get();
    t += 50_000 - 1;
    expect(await connection.auth.get()).toBe(first);
    t += 1;
    expect(await connection.auth.get()).not.toBe(first);
    expect(countOf(sim.stats(), 'issued', 'token')).toBe(2);
  });
});
