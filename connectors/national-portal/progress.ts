// Progress writes: CapNhatTienDoHoSoMC in calls of ≤10 events, per-item batch outcomes, per-dossier order kept.
import { z } from 'zod';
import {
  PORTAL_PROGRESS_CHUNK_MAX,
  type PortalProgressItem,
  PortalProgressItemSchema,
} from '../../contracts/wire/national-portal/index.ts';
import { progressBatches, progressToPortal } from '../../mappings/national-portal/index.ts';
import {
  type BatchItemOutcome,
  type BatchReceipt,
  ConnectorError,
  type Delivery,
  type DeliveryReceipt,
  isConnectorError,
} from '../kit/index.ts';
import type { PortalClient } from './client.ts';
import { mappingError } from './errors.ts';
import { portalManifest } from './manifest.ts';

/** A stored CapNhatTienDoHoSoMC request (delivery.resend) of one event, sent again as it is. */
export const ProgressResendSchema = z.object({
  service: z.literal('CapNhatTienDoHoSoMC'),
  data: z.array(PortalProgressItemSchema).length(1),
});

type Prepared = { item: PortalProgressItem } | { error: ConnectorError };

function prepare(delivery: Delivery): Prepared {
  const resend = ProgressResendSchema.safeParse(delivery.resend);
  if (resend.success && resend.data.data[0]) return { item: resend.data.data[0] };
  const mapped = progressToPortal.run(delivery.payload);
  return mapped.ok ? { item: mapped.value } : { error: mappingError(mapped.errors) };
}

/** The portal does not say per item whether it had the event already, so success is 'ok'. */
function receipt(item: PortalProgressItem, response: unknown): DeliveryReceipt {
  return { request: { service: 'CapNhatTienDoHoSoMC', data: [item] }, response, applied: 'ok' };
}

/** One progress delivery: one event, one call. */
export async function deliverProgress(
  client: PortalClient,
  delivery: Delivery,
  signal: AbortSignal | undefined,
): Promise<DeliveryReceipt> {
  const prepared = prepare(delivery);
  if ('error' in prepared) throw prepared.error;
  const answer = await client.updateProgress([prepared.item], signal);
  return receipt(prepared.item, answer.body);
}

/**
 * The updateProgress operation: events in order, in calls of at most 10. All or nothing at
 * mapping time (a skipped event would reorder the history); calls go one after the other.
 */
export async function updateProgressEvents(
  client: PortalClient,
  events: readonly unknown[],
  signal: AbortSignal | undefined,
): Promise<{ calls: number; items: number }> {
  const mapped = progressBatches(events);
  if (!mapped.ok) throw mappingError(mapped.errors);
  for (const batch of mapped.value) await client.updateProgress(batch, signal);
  return { calls: mapped.value.length, items: mapped.value.flat().length };
}

const precedingFailed = (): ConnectorError =>
  new ConnectorError({
    connectorId: portalManifest.id,
    errorClass: 'transient',
    reason: 'portal.preceding_item_failed',
    message: `${portalManifest.id}: an earlier event of the same dossier failed in this batch`,
  });

type Pending = { index: number; key: string; item: PortalProgressItem };

/**
 * A batch of progress deliveries with one outcome each. Events share calls of ≤10; a call the
 * portal refuses as a whole for bad data is retried event by event (the simulator applies a
 * call all or nothing) so only the bad event fails. After a failed event of a dossier, later
 * events of that dossier in the batch are not sent: they would overtake it.
 */
export async function deliverProgressBatch(
  client: PortalClient,
  deliveries: readonly Delivery[],
  signal: AbortSignal | undefined,
): Promise<BatchReceipt> {
  const outcomes: BatchItemOutcome[] = new Array(deliveries.length);
  const blocked = new Set<string>();
  let callError: ConnectorError | undefined;
  const fail = (index: number, key: string, error: ConnectorError, code?: string) => {
    outcomes[index] = { key, ok: false, error: error.toClassified() };
    if (code !== undefined) blocked.add(code);
  };

  const pending: Pending[] = [];
  for (const [index, delivery] of deliveries.entries()) {
    const prepared = prepare(delivery);
    const code = 'item' in prepared ? prepared.item.MaHoSo : delivery.dossierCode;
    if (code !== undefined && blocked.has(code)) fail(index, delivery.key, precedingFailed());
    else if ('error' in prepared) fail(index, delivery.key, prepared.error, code);
    else pending.push({ index, key: delivery.key, item: prepared.item });
  }

  const send = async (chunk: Pending[]): Promise<void> => {
    const ready = chunk.filter((p) => {
      if (!blocked.has(p.item.MaHoSo)) return true;
      fail(p.index, p.key, precedingFailed());
      return false;
    });
    if (ready.length === 0) return;
    try {
      const answer = await client.updateProgress(
        ready.map((p) => p.item),
        signal,
      );
      for (const p of ready) {
        outcomes[p.index] = { key: p.key, ok: true, receipt: receipt(p.item, answer.body) };
      }
    } catch (error) {
      if (!isConnectorError(error)) throw error;
      if (error.errorClass === 'permanent' && ready.length > 1) {
        for (const p of ready) await send([p]);
        return;
      }
      callError = error;
      for (const p of ready) fail(p.index, p.key, error, p.item.MaHoSo);
    }
  };
  for (let i = 0; i < pending.length; i += PORTAL_PROGRESS_CHUNK_MAX) {
    await send(pending.slice(i, i + PORTAL_PROGRESS_CHUNK_MAX));
  }

  const wholeBatchFailed =
    callError !== undefined &&
    pending.length === deliveries.length &&
    outcomes.every((o) => !o.ok && o.error.reason === callError?.reason);
  if (wholeBatchFailed && callError) throw callError;
  return { items: outcomes };
}
