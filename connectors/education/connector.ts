// The education connector: canonical dossiers → TiepNhanHoSo (idempotent on MaHoSo), TraCuuKetQua → results.

import {
  type EducationTiepNhanHoSoRequest,
  EducationTiepNhanHoSoRequestSchema,
  type EducationTiepNhanHoSoResponse,
} from '../../contracts/wire/education/index.ts';
import {
  dossierToEducation,
  type EducationResultState,
  educationResultToCanonical,
} from '../../mappings/education/index.ts';
import type { FieldIssue } from '../../mappings/engine/index.ts';
import {
  type CallContext,
  ConnectorError,
  type Delivery,
  defineConnector,
  isConnectorError,
  measureCheck,
  withOperation,
} from '../kit/index.ts';
import { createEducationClient } from './client.ts';
import { EDUCATION_SECRETS, EducationConfigSchema } from './config.ts';
import { EDUCATION_REASONS, educationClassifier } from './errors.ts';
import { educationManifest } from './manifest.ts';

const connectorId = educationManifest.id;
const op = { connectorId, classifier: educationClassifier };

export interface EducationReceipt {
  dossierCode: string;
  /** 'created': received now; 'duplicate': this MaHoSo was received before (nothing applied twice). */
  applied: 'created' | 'duplicate';
  /** The system's ThongBao (carries its receipt number). */
  message: string;
}

export type EducationResultLookup =
  | ({ outcome: 'found' } & EducationResultState)
  | { outcome: 'not_found' };

/** Field paths and rule codes only: values (names, IDs, birth dates) never reach the message. */
function mappingInvalid(errors: readonly FieldIssue[], payload?: unknown): ConnectorError {
  const fields = errors.map((e) => `${e.path || '(root)'}: ${e.rule}`).join('; ');
  return new ConnectorError({
    connectorId,
    errorClass: 'permanent',
    reason: EDUCATION_REASONS.mappingInvalid,
    message: `${connectorId}: ${EDUCATION_REASONS.mappingInvalid} (${fields})`,
    response: payload,
  });
}

/** Canonical Dossier → TiepNhanHoSo input, or the permanent mapping error. */
export function educationRequestFor(dossier: unknown): EducationTiepNhanHoSoRequest {
  const mapped = dossierToEducation.run(dossier);
  if (!mapped.ok) throw mappingInvalid(mapped.errors);
  return mapped.value;
}

/** A stored wire request replayed as is, when it still is one. */
function resendable(delivery: Delivery): EducationTiepNhanHoSoRequest | undefined {
  if (delivery.resend === undefined) return undefined;
  const parsed = EducationTiepNhanHoSoRequestSchema.safeParse(delivery.resend);
  return parsed.success ? parsed.data : undefined;
}

const receiptOf = (response: EducationTiepNhanHoSoResponse): EducationReceipt => ({
  dossierCode: response.KetQua.MaHoSo,
  applied: response.KetQua.TrangThai === 'DA_TIEP_NHAN' ? 'created' : 'duplicate',
  message: response.KetQua.ThongBao,
});

const isNotFound = (error: unknown): boolean =>
  isConnectorError(error) && error.reason === EDUCATION_REASONS.dossierNotFound;

export const educationConnector = defineConnector({
  manifest: educationManifest,
  config: EducationConfigSchema,
  secrets: EDUCATION_SECRETS,
  create(config, deps) {
    const client = createEducationClient(config, deps);

    const receiveDossier = (input: { dossier: unknown }, ctx?: CallContext) =>
      withOperation(op, ctx, async (signal): Promise<EducationReceipt> => {
        const response = await client.receive(educationRequestFor(input?.dossier), signal);
        return receiptOf(response);
      });

    const queryResult = (input: { dossierCode: string }, ctx?: CallContext) =>
      withOperation(op, ctx, async (signal): Promise<EducationResultLookup> => {
        try {
          const response = await client.query(input.dossierCode, signal);
          const mapped = educationResultToCanonical.run(response);
          if (!mapped.ok) throw mappingInvalid(mapped.errors, response);
          return { outcome: 'found', ...mapped.value };
        } catch (error) {
          if (isNotFound(error)) return { outcome: 'not_found' };
          throw error;
        }
      });

    return {
      manifest: educationManifest,
      operations: { receiveDossier, queryResult },
      check: (ctx) =>
        measureCheck(
          () =>
            withOperation(op, ctx, async (signal) => {
              // An authenticated round trip: "không tồn tại" is as good an answer as a result.
              await client.query(config.checkDossierCode, signal).catch((error: unknown) => {
                if (!isNotFound(error)) throw error;
              });
            }),
          deps.now,
        ),
      deliver: (delivery, ctx) =>
        withOperation(op, ctx, async (signal) => {
          if (delivery.kind !== 'dossier') {
            throw new ConnectorError({
              connectorId,
              errorClass: 'permanent',
              reason: EDUCATION_REASONS.kindNotSupported,
            });
          }
          const request = resendable(delivery) ?? educationRequestFor(delivery.payload);
          const response = await client.receive(request, signal);
          return { request, response, applied: receiptOf(response).applied };
        }),
      close: () => client.close(),
    };
  },
});
