// Delivery vocabulary shared by accept, workers and operator actions.
export const DELIVERY_KINDS = ['dossier', 'progress', 'result', 'feedback', 'procedure'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/**
 * What a delivery job carries. The canonical payload is NOT copied into the job (it is stored
 * once, in the exchange): the worker reads the payloads of a fetched batch in one query.
 */
export interface DeliveryJobData {
  deliveryId: string;
  exchangeId: string;
  target: string;
  kind: DeliveryKind;
  source: string;
  dossierCode: string | null;
  /** Filled by the worker from the exchange log after fetch; absent in the stored job. */
  payload?: unknown;
  /** Set by an operator replay: 'as_stored' resends storedRequest instead of re-mapping payload. */
  replayMode?: 'remap' | 'as_stored';
  storedRequest?: unknown;
  /** [telemetry] W3C trace context of the accepting request: the delivery continues its trace. */
  traceContext?: Record<string, string> | undefined;
}

/** pg-boss queue of one target. */
export function queueName(target: string): string {
  return `deliver.${target}`;
}

/** Per-dossier lane: events of one dossier reach a target in accepted order. */
export function laneKey(data: Pick<DeliveryJobData, 'dossierCode' | 'exchangeId'>): string {
  return data.dossierCode ?? `exchange:${data.exchangeId}`;
}
