// The LGSP/WSO2 client-credentials token on the connector side: one token request, and a cache that refreshes before expiry.
import { z } from 'zod';
import { HealthTokenResponseSchema as LgspTokenResponseSchema } from '../../../contracts/wire/health/token.ts';
import { type AuthCache, createAuthCache, type IssuedCredential } from '../auth-cache.ts';
import type { Classifier } from '../classifier.ts';
import { ConnectorError } from '../errors.ts';
import type { HttpClient } from '../http-client.ts';
import type { HttpResponse } from '../http-response.ts';

/** The config keys every LGSP-fronted connector shares (its zod config has them under these names). */
export interface LgspClientSettings {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scope?: string | undefined;
  /** Refresh the token this long before it expires (the auth cache caps it at half the lifetime). */
  readonly tokenSkewMs: number;
  /** Under baseUrl, or an absolute URL (WSO2 serves /token at its root). */
  readonly paths: { readonly token: string };
}

export interface ClientCredentialsOptions {
  connectorId: string;
  http: HttpClient;
  settings: LgspClientSettings;
  /** The connector's table: classifies 'oauth.<RFC 6749 error>' codes (see lgspOAuthCodeRules). */
  classifier: Classifier;
  /** Reason of the permanent error for a 200 that is no token answer. */
  unexpectedReason: string;
  now: () => number;
  /**
   * Reads a 200 answer's body before it is checked as a token answer. It may throw the system's own
   * classified error (a failure envelope in a 200). Default: the JSON, or undefined when it is none.
   */
  readBody?: (res: HttpResponse) => unknown;
}

const OAuthErrorSchema = z.object({ error: z.string().min(1) });

/** What a 400/401 from the token endpoint means when its body names no RFC 6749 error. */
const DEFAULT_OAUTH_ERROR: Readonly<Record<number, string>> = {
  400: 'invalid_request',
  401: 'invalid_client',
};

function jsonOrUndefined(res: HttpResponse): unknown {
  try {
    return JSON.parse(res.text());
  } catch {
    return undefined;
  }
}

/** One token request; a refused client is classified by the table, anything unreadable permanent. */
export async function requestClientCredentialsToken(
  options: ClientCredentialsOptions,
  signal?: AbortSignal,
): Promise<IssuedCredential<string>> {
  const { connectorId, settings } = options;
  const res = await options.http.request({
    method: 'POST',
    path: settings.paths.token,
    form: {
      grant_type: 'client_credentials',
      client_id: settings.clientId,
      client_secret: settings.clientSecret,
      ...(settings.scope === undefined ? {} : { scope: settings.scope }),
    },
    acceptStatus: [400, 401],
    operation: 'token',
    signal,
  });
  if (res.status !== 200) {
    const parsed = OAuthErrorSchema.safeParse(jsonOrUndefined(res));
    const error = parsed.success ? parsed.data.error : DEFAULT_OAUTH_ERROR[res.status];
    // Never attach the response: some servers echo the client id or secret back.
    throw options.classifier.toError({ code: `oauth.${error}` }, { connectorId });
  }
  const token = LgspTokenResponseSchema.safeParse((options.readBody ?? jsonOrUndefined)(res));
  if (!token.success) {
    throw new ConnectorError({
      connectorId,
      errorClass: 'permanent',
      reason: options.unexpectedReason,
      status: res.status,
    });
  }
  return { value: token.data.access_token, expiresInMs: token.data.expires_in * 1000 };
}

/** The connector's Bearer token: fetched when needed, cached until shortly before it expires. */
export function createClientCredentialsToken(options: ClientCredentialsOptions): AuthCache<string> {
  return createAuthCache({
    now: options.now,
    skewMs: options.settings.tokenSkewMs,
    refresh: () => requestClientCredentialsToken(options),
  });
}
