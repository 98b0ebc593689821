// The gateway's GetEntCert API at wire level: Bearer calls with one token refresh on 401, wire validation.
import {
  type BusinessResponse,
  BusinessResponseSchema,
} from '../../contracts/wire/business/index.ts';
import { ConnectorError, createLgspConnection, type ResolvedDeps } from '../kit/index.ts';
import type { BusinessConfig } from './config.ts';
import { BUSINESS_REASONS, businessClassifier } from './errors.ts';
import { businessManifest } from './manifest.ts';

export type BusinessClient = ReturnType<typeof createBusinessClient>;

export function createBusinessClient(config: BusinessConfig, deps: ResolvedDeps) {
  const { http, auth } = createLgspConnection(businessManifest, config, deps, {
    classifier: businessClassifier,
    unexpectedReason: BUSINESS_REASONS.unexpectedResponse,
  });

  /** GET …/chiTietDoanhNghiep?msdn=; `msdn` must already be a validated, normalised code. */
  const lookup = async (msdn: string, signal?: AbortSignal): Promise<BusinessResponse> => {
    const res = await auth.withAuthRetry(
      (token) =>
        http.request({
          method: 'GET',
          path: config.paths.lookup,
          query: { msdn },
          // The code sits in the query: the span shows this route, never the URL's query string.
          route: config.paths.lookup,
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          operation: 'lookupEnterprise',
          signal,
        }),
      signal,
    );
    const body = res.json();
    const parsed = BusinessResponseSchema.safeParse(body);
    if (parsed.success) return parsed.data;
    throw new ConnectorError({
      connectorId: businessManifest.id,
      errorClass: 'permanent',
      reason: BUSINESS_REASONS.unexpectedResponse,
      status: res.status,
      response: body,
    });
  };

  return {
    lookup,
    async ping(signal?: AbortSignal): Promise<void> {
      await lookup(config.checkCode, signal);
    },
    close: () => http.close(),
  };
}
