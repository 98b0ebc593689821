// The one-stop connector: catalogue sync, result/feedback/dossier pushes, and delivery by kind, defined with the kit.
import { OneStopThuTucPageSchema } from '../../contracts/wire/one-stop/catalogue.ts';
import {
  OneStopKetQuaPushSchema,
  OneStopPhanHoiDVCQGSchema,
} from '../../contracts/wire/one-stop/events.ts';
import { OneStopHoSoSchema } from '../../contracts/wire/one-stop/hoso.ts';
import {
  oneStopDossierToOneStop,
  oneStopPortalFeedbackToOneStop,
  oneStopProcedureToOneStop,
  oneStopResultPushToOneStop,
} from '../../mappings/one-stop/index.ts';
import {
  type Applied,
  type CallContext,
  ConnectorError,
  type Delivery,
  type DeliveryReceipt,
  defineConnector,
  measureCheck,
  withOperation,
} from '../kit/index.ts';
import {
  type CatalogueSyncReport,
  type ListProceduresInput,
  listProcedures,
  type ProcedureList,
  type PushProceduresInput,
  pushProcedures,
} from './catalogue-sync.ts';
import { createOneStopClient, type Written } from './client.ts';
import { ONE_STOP_SECRETS, OneStopConfigSchema } from './config.ts';
import {
  type FeedbackPayload,
  type ResultPayload,
  toPortalSyncOutcome,
  toResultUpdate,
} from './delivery-payloads.ts';
import { ONE_STOP_REASONS, oneStopClassifier } from './errors.ts';
import { oneStopManifest } from './manifest.ts';
import { checkResend, mapOrThrow } from './map.ts';
import type { OneStopAck } from './wire-api.ts';

const op = { connectorId: oneStopManifest.id, classifier: oneStopClassifier };

/** A push: the canonical record and the key that makes its redelivery harmless. */
export interface PushInput<P> {
  idempotencyKey: string;
  payload: P;
  /** A stored wire request to send as it is instead of mapping `payload` (operator replay). */
  resend?: unknown;
}

export interface OneStopOperations {
  pushProcedures(input: PushProceduresInput, ctx?: CallContext): Promise<CatalogueSyncReport>;
  listProcedures(input?: ListProceduresInput, ctx?: CallContext): Promise<ProcedureList>;
  pushResult(input: PushInput<ResultPayload>, ctx?: CallContext): Promise<DeliveryReceipt>;
  pushFeedback(input: PushInput<FeedbackPayload>, ctx?: CallContext): Promise<DeliveryReceipt>;
  /** `payload` is a canonical Dossier (from contracts/canonical). */
  pushDossier(input: PushInput<unknown>, ctx?: CallContext): Promise<DeliveryReceipt>;
}

const ACK_APPLIED: Record<OneStopAck['KetQua'], Applied> = {
  TaoMoi: 'created',
  CapNhat: 'updated',
  TrungLap: 'duplicate',
};

function receipt(request: unknown, written: Written<OneStopAck>): DeliveryReceipt {
  const applied = written.replayed ? 'duplicate' : ACK_APPLIED[written.response.KetQua];
  return { request, response: written.response, applied };
}

export const oneStopConnector = defineConnector({
  manifest: oneStopManifest,
  config: OneStopConfigSchema,
  secrets: ONE_STOP_SECRETS,
  create(config, deps) {
    const client = createOneStopClient(config, deps);

    const pushResult = (input: PushInput<ResultPayload>, signal: AbortSignal | undefined) => {
      const request =
        input.resend === undefined
          ? mapOrThrow(
              oneStopResultPushToOneStop,
              toResultUpdate(input.payload, input.idempotencyKey, config.defaultSourceSystem),
            )
          : checkResend(OneStopKetQuaPushSchema, input.resend);
      return client
        .postResult(request, input.idempotencyKey, signal)
        .then((w) => receipt(request, w));
    };

    const pushFeedback = (input: PushInput<FeedbackPayload>, signal: AbortSignal | undefined) => {
      const request =
        input.resend === undefined
          ? mapOrThrow(
              oneStopPortalFeedbackToOneStop,
              toPortalSyncOutcome(input.payload, input.idempotencyKey),
            )
          : checkResend(OneStopPhanHoiDVCQGSchema, input.resend);
      return client
        .postFeedback(request, input.idempotencyKey, signal)
        .then((w) => receipt(request, w));
    };

    const pushDossier = (input: PushInput<unknown>, signal: AbortSignal | undefined) => {
      const request =
        input.resend === undefined
          ? mapOrThrow(oneStopDossierToOneStop, input.payload)
          : checkResend(OneStopHoSoSchema, input.resend);
      return client
        .postDossier(request, input.idempotencyKey, signal)
        .then((w) => receipt(request, w));
    };

    /** One procedure as a one-item page under the delivery key. */
    const pushProcedure = async (delivery: Delivery, signal: AbortSignal | undefined) => {
      const request =
        delivery.resend === undefined
          ? {
              items: [mapOrThrow(oneStopProcedureToOneStop, delivery.payload)],
              page: 1,
              pageSize: 1,
              total: 1,
            }
          : checkResend(OneStopThuTucPageSchema, delivery.resend);
      const { response, replayed } = await client.putCataloguePage(request, delivery.key, signal);
      const line = response.KetQua[0]?.KetQua;
      const applied: Applied =
        replayed || line === 'KhongDoi' ? 'duplicate' : line === 'CapNhat' ? 'updated' : 'created';
      return { request, response, applied } satisfies DeliveryReceipt;
    };

    const asPush = <P>(delivery: Delivery): PushInput<P> => ({
      idempotencyKey: delivery.key,
      payload: delivery.payload as P,
      ...(delivery.resend === undefined ? {} : { resend: delivery.resend }),
    });

    const operations: OneStopOperations = {
      pushProcedures: (input, ctx) =>
        withOperation(op, ctx, (signal) =>
          pushProcedures(client, input, config.catalogPageSize, signal),
        ),
      listProcedures: (input = {}, ctx) =>
        withOperation(op, ctx, (signal) =>
          listProcedures(client, input, config.catalogPageSize, signal),
        ),
      pushResult: (input, ctx) => withOperation(op, ctx, (signal) => pushResult(input, signal)),
      pushFeedback: (input, ctx) => withOperation(op, ctx, (signal) => pushFeedback(input, signal)),
      pushDossier: (input, ctx) => withOperation(op, ctx, (signal) => pushDossier(input, signal)),
    };

    return {
      manifest: oneStopManifest,
      operations,
      check: (ctx) =>
        measureCheck(() => withOperation(op, ctx, (signal) => client.ping(signal)), deps.now),
      deliver: (delivery, ctx) =>
        withOperation(op, ctx, (signal) => {
          switch (delivery.kind) {
            case 'result':
              return pushResult(asPush<ResultPayload>(delivery), signal);
            case 'feedback':
              return pushFeedback(asPush<FeedbackPayload>(delivery), signal);
            case 'dossier':
              return pushDossier(asPush(delivery), signal);
            case 'procedure':
              return pushProcedure(delivery, signal);
            default:
              throw new ConnectorError({
                connectorId: oneStopManifest.id,
                errorClass: 'permanent',
                reason: ONE_STOP_REASONS.payloadInvalid,
                message: `${oneStopManifest.id}: delivery kind '${delivery.kind}' is not accepted`,
              });
          }
        }),
      close: () => client.close(),
    };
  },
});
