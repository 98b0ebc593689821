// The health link-up's API at wire level: Bearer calls with one token refresh on 401, wire validation.
import { z } from 'zod';
import {
  type HealthGiayChungSinhResponse,
  HealthGiayChungSinhResponseSchema,
  type HealthResultQueryResponse,
  HealthResultQueryResponseSchema,
  type HealthSubmission,
  type HealthSubmissionResponse,
  HealthSubmissionResponseSchema,
} from '../../contracts/wire/health/index.ts';
import { createLgspConnection, type HttpRequest, type ResolvedDeps } from '../kit/index.ts';
import type { HealthConfig } from './config.ts';
import { HEALTH_REASONS, healthClassifier } from './errors.ts';
import { healthManifest } from './manifest.ts';
import { readHealth, unexpectedResponse } from './wire-read.ts';

/** maGCS looked up by check(): any well-formed answer (found or not) proves token and service work. */
export const CHECK_PROBE_MAGCS = 'GCS-KIEM-TRA-KET-NOI';

/** A submission is accepted only with status "1" [I]; "0" carries an errorCode (see wire-read.ts). */
const AcceptedSchema = HealthSubmissionResponseSchema.extend({ status: z.literal('1') });

export type HealthClient = ReturnType<typeof createHealthClient>;

export function createHealthClient(config: HealthConfig, deps: ResolvedDeps) {
  const { http, auth } = createLgspConnection(healthManifest, config, deps, {
    classifier: healthClassifier,
    unexpectedReason: HEALTH_REASONS.unexpectedResponse,
    // A failure code in a 200 (e.g. "system busy") is classified; the body is never attached.
    readBody: (res) => readHealth(res, z.unknown()),
  });

  /** One authenticated call; a rejected token is refreshed and the call retried exactly once. */
  const call = (request: HttpRequest, signal: AbortSignal | undefined) =>
    auth.withAuthRetry(
      (token) =>
        http.request({
          ...request,
          headers: { ...request.headers, authorization: `Bearer ${token}` },
          signal,
        }),
      signal,
    );

  const lookupCertificate = async (
    maGCS: string,
    signal?: AbortSignal,
  ): Promise<HealthGiayChungSinhResponse> => {
    const res = await call(
      {
        method: 'GET',
        path: `${config.paths.birthCertificate}/${encodeURIComponent(maGCS)}`,
        route: `${config.paths.birthCertificate}/:maGCS`,
        operation: 'lookupBirthCertificate',
      },
      signal,
    );
    return readHealth(res, HealthGiayChungSinhResponseSchema);
  };

  return {
    async submit(
      submission: HealthSubmission,
      signal?: AbortSignal,
    ): Promise<HealthSubmissionResponse> {
      const res = await call(
        { method: 'POST', path: config.paths.submit, json: submission, operation: 'submitDossier' },
        signal,
      );
      const answer = readHealth(res, HealthSubmissionResponseSchema);
      if (!AcceptedSchema.safeParse(answer).success) throw unexpectedResponse(res.status, answer);
      return answer;
    },

    /** The processing state of these dossiers, as far as the link-up knows them. */
    async queryResults(
      maHoSo: readonly string[],
      signal?: AbortSignal,
    ): Promise<HealthResultQueryResponse> {
      const res = await call(
        {
          method: 'POST',
          path: config.paths.results,
          json: { maDinhDanhHoSo: [...maHoSo], maTinh: config.maTinh, module: config.module },
          operation: 'queryResult',
        },
        signal,
      );
      return readHealth(res, HealthResultQueryResponseSchema);
    },

    lookupCertificate,

    async ping(signal?: AbortSignal): Promise<void> {
      await lookupCertificate(CHECK_PROBE_MAGCS, signal);
    },

    close: () => http.close(),
  };
}
