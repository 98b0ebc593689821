// The national-portal connector: config → client → typed operations, check() and deliveries, defined with the kit.
import type { Dossier, Procedure } from '../../contracts/index.ts';
import type { PortalDossier } from '../../contracts/wire/national-portal/index.ts';
import {
  createDossierToPortalMapping,
  type DossierLookupResult,
} from '../../mappings/national-portal/index.ts';
import {
  type BatchItemOutcome,
  type CallContext,
  type Delivery,
  type DeliveryReceipt,
  defineConnector,
  measureCheck,
  type Operation,
  toClassifiedError,
  withOperation,
} from '../kit/index.ts';
import { createPortalClient, type PortalClient } from './client.ts';
import { PORTAL_SECRETS, type PortalConfig, PortalConfigSchema } from './config.ts';
import {
  DossierResendSchema,
  type DossierSyncOutcome,
  sendDossier,
  syncDossier,
  syncResult,
} from './dossier-sync.ts';
import { mappingError, permanentError, portalClassifier } from './errors.ts';
import { getProcedure, listProcedures, lookupDossier, type ProcedureList } from './lookups.ts';
import { portalManifest } from './manifest.ts';
import { deliverProgress, deliverProgressBatch, updateProgressEvents } from './progress.ts';
import { resultToPortalPatch } from './result-update.ts';

export type PortalOperations = {
  /** A canonical Dossier → TraCuuHoSo, then DongBoHoSoMC create or update. */
  syncDossier: Operation<Dossier, DossierSyncOutcome>;
  /** Canonical DossierEvents, in order → CapNhatTienDoHoSoMC calls of ≤10. */
  updateProgress: Operation<{ events: readonly unknown[] }, { calls: number; items: number }>;
  lookupDossier: Operation<{ code: string }, DossierLookupResult>;
  listProcedures: Operation<Record<string, never>, ProcedureList>;
  /** LayThuTuc → canonical Procedure; undefined when the catalogue has no such code. */
  getProcedure: Operation<{ code: string }, Procedure | undefined>;
};

const op = { connectorId: portalManifest.id, classifier: portalClassifier };

/** A well-formed code no dossier has: the health probe's TraCuuHoSo finds nothing, cheaply. */
export function probeDossierCode(provinceSuffix: string): string {
  return `000.00.00.${provinceSuffix}-000101-0000`;
}

function createDelivery(client: PortalClient, config: PortalConfig) {
  const dossierMapping = createDossierToPortalMapping({ provinceSuffix: config.provinceSuffix });
  const toPortal = (payload: unknown): PortalDossier => {
    const mapped = dossierMapping.run(payload);
    if (!mapped.ok) throw mappingError(mapped.errors);
    return mapped.value;
  };
  const receipt = (o: DossierSyncOutcome): DeliveryReceipt => ({
    request: o.request,
    response: o.response,
    applied: o.applied,
  });

  async function deliverOne(delivery: Delivery, signal?: AbortSignal): Promise<DeliveryReceipt> {
    switch (delivery.kind) {
      case 'dossier': {
        const resend = DossierResendSchema.safeParse(delivery.resend);
        const stored = resend.success ? resend.data.data[0] : undefined;
        if (resend.success && stored) {
          return receipt(await sendDossier(client, resend.data.isUpdating, stored, signal));
        }
        return receipt(await syncDossier(client, toPortal(delivery.payload), signal));
      }
      case 'progress':
        return deliverProgress(client, delivery, signal);
      case 'result': {
        const patch = resultToPortalPatch.run(delivery.payload);
        if (!patch.ok) throw mappingError(patch.errors);
        const { MaHoSo } = patch.value;
        if (MaHoSo === undefined) throw mappingError([{ path: 'dossierCode', rule: 'missing' }]);
        return receipt(await syncResult(client, { ...patch.value, MaHoSo }, signal));
      }
      default:
        throw permanentError(
          'portal.kind_not_supported',
          `kind '${delivery.kind}' is not accepted`,
        );
    }
  }

  async function deliverMany(deliveries: readonly Delivery[], signal?: AbortSignal) {
    if (deliveries.every((d) => d.kind === 'progress')) {
      return deliverProgressBatch(client, deliveries, signal);
    }
    const items: BatchItemOutcome[] = [];
    for (const d of deliveries) {
      try {
        items.push({ key: d.key, ok: true, receipt: await deliverOne(d, signal) });
      } catch (error) {
        items.push({ key: d.key, ok: false, error: toClassifiedError(error) });
      }
    }
    return { items };
  }

  return { toPortal, deliverOne, deliverMany };
}

export const portalConnector = defineConnector({
  manifest: portalManifest,
  config: PortalConfigSchema,
  secrets: PORTAL_SECRETS,
  create(config, deps) {
    const client = createPortalClient(config, deps);
    const delivery = createDelivery(client, config);
    const probe = probeDossierCode(config.provinceSuffix);
    const operations: PortalOperations = {
      syncDossier: (input, ctx) =>
        withOperation(op, ctx, (signal) => syncDossier(client, delivery.toPortal(input), signal)),
      updateProgress: (input, ctx) =>
        withOperation(op, ctx, (signal) => updateProgressEvents(client, input.events, signal)),
      lookupDossier: (input, ctx) =>
        withOperation(op, ctx, (signal) => lookupDossier(client, input.code, signal)),
      listProcedures: (_input, ctx) =>
        withOperation(op, ctx, (signal) => listProcedures(client, signal)),
      getProcedure: (input, ctx) =>
        withOperation(op, ctx, (signal) => getProcedure(client, input.code, signal)),
    };
    return {
      manifest: portalManifest,
      operations,
      check: (ctx?: CallContext) =>
        measureCheck(
          () =>
            withOperation(op, ctx, async (signal) => {
              await client.lookup(probe, signal);
              return 'session ok';
            }),
          deps.now,
        ),
      deliver: (d, ctx) => withOperation(op, ctx, (signal) => delivery.deliverOne(d, signal)),
      deliverBatch: (ds, ctx) =>
        withOperation(op, ctx, (signal) => delivery.deliverMany(ds, signal)),
      close: () => client.close(),
    };
  },
});
