// The echo connector: config → client → typed operations and delivery, defined with the kit.
import {
  type BatchItemOutcome,
  type CallContext,
  type Delivery,
  defineConnector,
  measureCheck,
  withOperation,
} from '../index.ts';
import { createEchoClient } from './client.ts';
import { ECHO_SECRETS, EchoConfigSchema } from './config.ts';
import { echoClassifier } from './errors.ts';
import { echoManifest } from './manifest.ts';
import type { WireMessage } from './wire.ts';

const op = { connectorId: echoManifest.id, classifier: echoClassifier };

/** Canonical → wire. A real connector calls its module in mappings/ here. */
function toWire(delivery: Delivery): WireMessage {
  return {
    kind: delivery.kind,
    ...(delivery.dossierCode === undefined ? {} : { dossierCode: delivery.dossierCode }),
    body: delivery.payload,
  };
}

export const echoConnector = defineConnector({
  manifest: echoManifest,
  config: EchoConfigSchema,
  secrets: ECHO_SECRETS,
  create(config, deps) {
    const client = createEchoClient(config, deps);
    return {
      manifest: echoManifest,
      operations: {
        echo: (input: { text: string }, ctx?: CallContext) =>
          withOperation(op, ctx, (signal) => client.echo(input.text, signal)),
      },
      check: (ctx) =>
        measureCheck(() => withOperation(op, ctx, (signal) => client.health(signal)), deps.now),
      deliver: (delivery, ctx) =>
        withOperation(op, ctx, async (signal) => {
          const request = toWire(delivery);
          const response = await client.putMessage(delivery.key, request, signal);
          return { request, response, applied: response.result };
        }),
      deliverBatch: (deliveries, ctx) =>
        withOperation(op, ctx, async (signal) => {
          const items = deliveries.map((d) => ({ key: d.key, ...toWire(d) }));
          const { results } = await client.putBatch(items, signal);
          const byKey = new Map(results.map((r) => [r.key, r]));
          return {
            items: deliveries.map((d): BatchItemOutcome => {
              const r = byKey.get(d.key);
              if (r && r.result !== 'error') {
                return { key: d.key, ok: true, receipt: { applied: r.result, response: r } };
              }
              const error = echoClassifier
                .toError({ code: r?.code ?? 'MISSING' }, { connectorId: echoManifest.id })
                .toClassified();
              return { key: d.key, ok: false, error };
            }),
          };
        }),
      close: () => client.close(),
    };
  },
});
