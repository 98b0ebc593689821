// The HTTP client and Bearer token an LGSP-fronted connector's client.ts starts from, built the same way for each.
import type { AuthCache } from '../auth-cache.ts';
import type { ResolvedDeps } from '../define-connector.ts';
import type { HttpClient } from '../http-client.ts';
import { type HttpConfig, httpClientOptions } from '../http-config.ts';
import type { ConnectorManifest } from '../types.ts';
import {
  type ClientCredentialsOptions,
  createClientCredentialsToken,
  type LgspClientSettings,
} from './client-credentials.ts';

export interface LgspConnection {
  http: HttpClient;
  /** The client-credentials token; wrap calls in auth.withAuthRetry for the one refresh on 401. */
  auth: AuthCache<string>;
}

/** deps.fetch with the connector's table, and a token from the same client, clock and table. */
export function createLgspConnection(
  manifest: ConnectorManifest,
  config: HttpConfig & LgspClientSettings,
  deps: ResolvedDeps,
  options: Pick<ClientCredentialsOptions, 'classifier' | 'unexpectedReason' | 'readBody'>,
): LgspConnection {
  const http = deps.fetch(httpClientOptions(manifest, config, { classifier: options.classifier }));
  const auth = createClientCredentialsToken({
    ...options,
    connectorId: manifest.id,
    http,
    settings: config,
    now: deps.now,
  });
  return { http, auth };
}
