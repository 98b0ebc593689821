// The gateway's citizen lookup at wire level: Bearer POST with one token refresh on 401, envelope validated.
import {
  type PopulationRequest,
  type PopulationResponse,
  PopulationResponseSchema,
} from '../../contracts/wire/population/index.ts';
import { ConnectorError, createLgspConnection, type ResolvedDeps } from '../kit/index.ts';
import type { PopulationConfig } from './config.ts';
import { POPULATION_REASONS, populationClassifier } from './errors.ts';
import { populationManifest } from './manifest.ts';

const connectorId = populationManifest.id;

export type PopulationClient = ReturnType<typeof createPopulationClient>;

export function createPopulationClient(config: PopulationConfig, deps: ResolvedDeps) {
  const { http, auth } = createLgspConnection(populationManifest, config, deps, {
    classifier: populationClassifier,
    unexpectedReason: POPULATION_REASONS.unexpectedResponse,
  });

  return {
    /**
     * POST the lookup; answers with error_code "0" come back as they are (the SOAP string is
     * not parsed here), any other error_code is thrown classified by the table.
     */
    async lookup(request: PopulationRequest, signal?: AbortSignal): Promise<PopulationResponse> {
      const res = await auth.withAuthRetry(
        (token) =>
          http.request({
            method: 'POST',
            path: config.paths.lookup,
            json: request,
            headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
            operation: 'verifyCitizen',
            signal,
          }),
        signal,
      );
      const body = res.json();
      const parsed = PopulationResponseSchema.safeParse(body);
      if (!parsed.success) {
        throw new ConnectorError({
          connectorId,
          errorClass: 'permanent',
          reason: POPULATION_REASONS.unexpectedResponse,
          status: res.status,
          response: body,
        });
      }
      const code = String(parsed.data.error_code).trim();
      if (code !== '0') {
        throw populationClassifier.toError(
          { code: `error_code.${code}` },
          { connectorId, response: body },
        );
      }
      return parsed.data;
    },
    /**
     * A fresh token every time (kept for the next lookups): proves the gateway and the
     * credentials without touching citizen data.
     */
    async ping(signal?: AbortSignal): Promise<void> {
      auth.invalidate();
      await auth.get(signal);
    },
    close: () => http.close(),
  };
}
