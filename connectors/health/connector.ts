// The health connector: birth-registration submissions, result queries and birth-certificate lookups over the LGSP.
import { validateDossierCode } from '../../contracts/validators/dossier-code.ts';
import {
  type HealthSubmission,
  type HealthSubmissionResponse,
  HealthSubmissionSchema,
} from '../../contracts/wire/health/index.ts';
import {
  BIRTH_TO_HEALTH_ID,
  type BirthCertificateOutcome,
  type BirthSubmissionInput,
  CERTIFICATE_TO_CANONICAL_ID,
  certificateToCanonical,
  createBirthToHealthMapping,
  HEALTH_RESULT_TO_CANONICAL_ID,
  type HealthDossierState,
  healthResultToCanonical,
} from '../../mappings/health/index.ts';
import { type CallContext, defineConnector, measureCheck, withOperation } from '../kit/index.ts';
import { createHealthClient } from './client.ts';
import { HEALTH_SECRETS, HealthConfigSchema } from './config.ts';
import { HEALTH_REASONS, healthClassifier } from './errors.ts';
import { healthManifest } from './manifest.ts';
import { mappedOrThrow, permanent } from './outcomes.ts';

const op = { connectorId: healthManifest.id, classifier: healthClassifier };

export interface SubmitDossierReceipt {
  /** The envelope as sent (for the exchange log). */
  request: HealthSubmission;
  /** The link-up's receipt; a resubmission of the same maHoSo gets the first receipt again. */
  response: HealthSubmissionResponse;
}

/** The dossier's state in the link-up (status, Result documents, the registered birth), or unknown there. */
export type ResultQueryOutcome =
  | { outcome: 'found'; state: HealthDossierState }
  | { outcome: 'not_found' };

export const healthConnector = defineConnector({
  manifest: healthManifest,
  config: HealthConfigSchema,
  secrets: HEALTH_SECRETS,
  create(config, deps) {
    const client = createHealthClient(config, deps);
    const toSubmission = createBirthToHealthMapping({ maDonVi: config.maDonVi });
    const { logger } = deps;

    /** A stored envelope (operator replay "as stored") is sent as is; anything else is mapped. */
    const submit = async (
      payload: unknown,
      resend: unknown,
      signal: AbortSignal | undefined,
    ): Promise<SubmitDossierReceipt> => {
      const stored = resend === undefined ? undefined : HealthSubmissionSchema.safeParse(resend);
      const request = stored?.success
        ? stored.data
        : mappedOrThrow(toSubmission.run(payload), { logger, mapping: BIRTH_TO_HEALTH_ID });
      const response = await client.submit(request, signal);
      return { request, response };
    };

    const queryResult = (input: { maHoSo: string }, ctx?: CallContext) =>
      withOperation(op, ctx, async (signal): Promise<ResultQueryOutcome> => {
        const code = validateDossierCode(typeof input?.maHoSo === 'string' ? input.maHoSo : '');
        if (!code.ok) {
          throw permanent(HEALTH_REASONS.invalidInput, code.issues.map((i) => i.code).join(', '));
        }
        const response = await client.queryResults([code.value], signal);
        const items = response.value.filter((item) => item.maHoSoMCDT === code.value);
        if (items.length === 0) return { outcome: 'not_found' };
        const foreign = items.some(
          (item) =>
            item.maTinh !== config.maTinh ||
            item.module !== config.module ||
            item.maDonVi !== String(config.maDonVi),
        );
        if (foreign)
          throw permanent(HEALTH_REASONS.resultMismatch, 'maDonVi/maTinh/module', response);
        const states = mappedOrThrow(healthResultToCanonical.run({ ...response, value: items }), {
          logger,
          mapping: HEALTH_RESULT_TO_CANONICAL_ID,
          response,
        });
        const [state] = states.dossiers;
        return state ? { outcome: 'found', state } : { outcome: 'not_found' };
      });

    const lookupBirthCertificate = (input: { maGCS: string }, ctx?: CallContext) =>
      withOperation(op, ctx, async (signal): Promise<BirthCertificateOutcome> => {
        const maGCS = typeof input?.maGCS === 'string' ? input.maGCS.trim() : '';
        if (maGCS === '') throw permanent(HEALTH_REASONS.invalidInput, 'maGCS: value.required');
        const response = await client.lookupCertificate(maGCS, signal);
        return mappedOrThrow(certificateToCanonical.run(response), {
          logger,
          mapping: CERTIFICATE_TO_CANONICAL_ID,
          response,
        });
      });

    return {
      manifest: healthManifest,
      operations: {
        /** Maps the birth-registration dossier and submits it; idempotent on maHoSo. */
        submitDossier: (input: BirthSubmissionInput, ctx?: CallContext) =>
          withOperation(op, ctx, (signal) => submit(input, undefined, signal)),
        queryResult,
        lookupBirthCertificate,
      },
      check: (ctx) =>
        measureCheck(() => withOperation(op, ctx, (signal) => client.ping(signal)), deps.now),
      deliver: (delivery, ctx) =>
        withOperation(op, ctx, async (signal) => {
          if (delivery.kind !== 'dossier') {
            throw permanent(HEALTH_REASONS.unsupportedKind, delivery.kind);
          }
          const { request, response } = await submit(delivery.payload, delivery.resend, signal);
          // The link-up answers a resubmission with the first receipt, so new and repeat look alike.
          return { request, response, applied: 'ok' };
        }),
      close: () => client.close(),
    };
  },
});
