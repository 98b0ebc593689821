// The LGSP (WSO2) client-credentials token: fetched from {base}/token, cached until shortly before it expires.
import { z } from 'zod';
import { HealthTokenResponseSchema } from '../../contracts/wire/health/index.ts';
import { type AuthCache, createAuthCache, type HttpClient } from '../kit/index.ts';
import type { HealthConfig } from './config.ts';
import { healthClassifier } from './errors.ts';
import { healthManifest } from './manifest.ts';
import { readHealth, unexpectedResponse } from './wire-read.ts';

const OAuthErrorSchema = z.object({ error: z.string().min(1) });

/** What a 400/401 from the token endpoint means when its body names no RFC 6749 error. */
const DEFAULT_OAUTH_ERROR: Readonly<Record<number, string>> = {
  400: 'invalid_request',
  401: 'invalid_client',
};

export function createHealthTokenCache(
  http: HttpClient,
  config: HealthConfig,
  now: () => number,
): AuthCache<string> {
  return createAuthCache({
    now,
    skewMs: config.tokenSkewMs,
    async refresh() {
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
      });
      if (res.status !== 200) {
        const parsed = OAuthErrorSchema.safeParse(safeJson(res.text()));
        const error = parsed.success ? parsed.data.error : DEFAULT_OAUTH_ERROR[res.status];
        // Never attach the response: some servers echo the client id or secret back.
        throw healthClassifier.toError(
          { code: `oauth.${error}` },
          { connectorId: healthManifest.id },
        );
      }
      // A failure code in a 200 (e.g. "system busy") is classified; the body is never attached.
      const token = readHealth(res, z.unknown());
      const parsed = HealthTokenResponseSchema.safeParse(token);
      if (!parsed.success) throw unexpectedResponse(res.status, undefined);
      return { value: parsed.data.access_token, expiresInMs: parsed.data.expires_in * 1000 };
    },
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
