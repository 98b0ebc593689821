// The gateway's (LGSP/WSO2) client-credentials token: fetched from {base}/token, cached until shortly before it expires.
import { z } from 'zod';
import { HealthTokenResponseSchema as LgspTokenResponseSchema } from '../../contracts/wire/health/index.ts';
import { type AuthCache, ConnectorError, createAuthCache, type HttpClient } from '../kit/index.ts';
import type { PopulationConfig } from './config.ts';
import { POPULATION_REASONS, populationClassifier } from './errors.ts';
import { populationManifest } from './manifest.ts';

const connectorId = populationManifest.id;
const OAuthErrorSchema = z.object({ error: z.string().min(1) });

/** What a 400/401 from the token endpoint means when its body names no RFC 6749 error. */
const DEFAULT_OAUTH_ERROR: Readonly<Record<number, string>> = {
  400: 'invalid_request',
  401: 'invalid_client',
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One token request; a refused client is `auth`, anything unreadable permanent. */
export async function requestToken(
  http: HttpClient,
  config: PopulationConfig,
  signal?: AbortSignal,
): Promise<{ value: string; expiresInMs: number }> {
  const res = await http.request({
    method: 'POST',
    path: config.paths.token,
    form: {
      grant_type: 'client_credentials',
      client_id: config.clientId,
      client_secret: config.clientSecret,
      ...(config.scope === undefined ? {} : { scope: config.scope }),
    },
    acceptStatus: [400, 401],
    operation: 'token',
    signal,
  });
  const body = safeJson(res.text());
  if (res.status !== 200) {
    const parsed = OAuthErrorSchema.safeParse(body);
    const error = parsed.success ? parsed.data.error : DEFAULT_OAUTH_ERROR[res.status];
    // Never attach the response: some servers echo the client id or secret back.
    throw populationClassifier.toError({ code: `oauth.${error}` }, { connectorId });
  }
  const token = LgspTokenResponseSchema.safeParse(body);
  if (!token.success) {
    throw new ConnectorError({
      connectorId,
      errorClass: 'permanent',
      reason: POPULATION_REASONS.unexpectedResponse,
      status: res.status,
    });
  }
  return { value: token.data.access_token, expiresInMs: token.data.expires_in * 1000 };
}

export function createPopulationTokenCache(
  http: HttpClient,
  config: PopulationConfig,
  now: () => number,
): AuthCache<string> {
  return createAuthCache({
    now,
    skewMs: config.tokenSkewMs,
    refresh: () => requestToken(http, config),
  });
}
