// Adapts a kit Connector (connectors/kit) to the delivery engine's port: errors become failures.
import {
  type Connector,
  isConnectorError,
  type Delivery as KitDelivery,
} from '../../connectors/kit/index.ts';
import type { ClassifiedFailure, Delivery, DeliveryPort, ItemOutcome } from './port.ts';

function toKit(delivery: Delivery): KitDelivery {
  return {
    key: delivery.key,
    kind: delivery.kind,
    payload: delivery.payload,
    attempt: delivery.attempt,
    ...(delivery.dossierCode ? { dossierCode: delivery.dossierCode } : {}),
    ...(delivery.resend !== undefined ? { resend: delivery.resend } : {}),
  };
}

/** Keeps the connector's classification and the wire request/response for the exchange log. */
function rethrow(error: unknown): never {
  if (isConnectorError(error)) {
    const failure: ClassifiedFailure = {
      errorClass: error.errorClass,
      reason: error.reason,
      retryAfterMs: error.retryAfterMs,
      message: error.message,
      request: error.request,
      response: error.response,
    };
    throw Object.assign(new Error(error.message), failure);
  }
  throw error;
}

export function portFromConnector(connector: Connector): DeliveryPort {
  const deliver = connector.deliver?.bind(connector);
  if (!deliver) throw new TypeError(`connector ${connector.manifest.id} accepts no deliveries`);
  const deliverBatch = connector.deliverBatch?.bind(connector);
  return {
    ...(connector.manifest.batch ? { batchLimits: { ...connector.manifest.batch } } : {}),
    async deliver(delivery, ctx) {
      try {
        const receipt = await deliver(toKit(delivery), { signal: ctx.signal });
        return { request: receipt.request, response: receipt.response, applied: receipt.applied };
      } catch (error) {
        rethrow(error);
      }
    },
    ...(deliverBatch
      ? {
          async deliverBatch(
            deliveries: Delivery[],
            ctx: { signal: AbortSignal },
          ): Promise<ItemOutcome[]> {
            try {
              const receipt = await deliverBatch(deliveries.map(toKit), { signal: ctx.signal });
              return receipt.items.map((item) =>
                item.ok
                  ? {
                      ok: true,
                      receipt: {
                        request: item.receipt.request,
                        response: item.receipt.response,
                        applied: item.receipt.applied,
                      },
                    }
                  : {
                      ok: false,
                      failure: {
                        errorClass: item.error.class,
                        reason: item.error.reason,
                        retryAfterMs: item.error.retryAfterMs,
                        message: item.error.message,
                      },
                    },
              );
            } catch (error) {
              rethrow(error);
            }
          },
        }
      : {}),
  };
}
