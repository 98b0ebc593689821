// Delivery payloads for 'result' and 'feedback' → the inputs of the one-stop mappings (DossierResultUpdate, PortalSyncOutcome).

/**
 * A 'result' delivery: `{ dossierCode, status, results, returnedAt? }` (docs: CONNECTORS), optionally
 * with the DossierResultUpdate fields `exchangeId`, `sourceSystem` (or `source`), `finishedAt`, `note`.
 */
export interface ResultPayload {
  dossierCode: string;
  status: string;
  results: readonly unknown[];
  returnedAt?: string;
  finishedAt?: string;
  note?: string;
  exchangeId?: string;
  sourceSystem?: string;
  source?: string;
}

/**
 * A 'feedback' delivery: `{ dossierCode, source, status?, message, at }`, or a PortalSyncOutcome
 * (`synced`, `service`, `errorCode`, `exchangeId`) as the national-portal connector records it.
 */
export interface FeedbackPayload {
  dossierCode: string;
  at: string;
  source?: string;
  status?: string;
  message?: string;
  synced?: boolean;
  service?: 'dossier' | 'progress';
  errorCode?: string;
  exchangeId?: string;
}

/** Statuses of a generic feedback that mean "synced"; absent status means the same (nothing went wrong). */
const SYNCED_STATUSES = new Set(['synced', 'success', 'ok', '0']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

/** The exchange id inside a delivery key `exchangeId:target` (the whole key when it has no colon). */
export function exchangeIdOf(deliveryKey: string): string {
  const colon = deliveryKey.indexOf(':');
  return colon > 0 ? deliveryKey.slice(0, colon) : deliveryKey;
}

/** Non-records pass through unchanged: the mapping's input schema then reports them. */
export function toResultUpdate(
  payload: unknown,
  deliveryKey: string,
  defaultSource: string,
): unknown {
  if (!isRecord(payload)) return payload;
  return compact({
    dossierCode: payload.dossierCode,
    exchangeId: str(payload.exchangeId) ?? exchangeIdOf(deliveryKey),
    sourceSystem: str(payload.sourceSystem) ?? str(payload.source) ?? defaultSource,
    status: payload.status,
    returnedAt: payload.returnedAt,
    finishedAt: payload.finishedAt,
    results: payload.results,
    note: payload.note,
  });
}

/**
 * A generic feedback's `status` becomes the verdict: absent or one of SYNCED_STATUSES is synced,
 * anything else is not and travels as the error code (MaLoi). The service defaults to the dossier sync.
 */
export function toPortalSyncOutcome(payload: unknown, deliveryKey: string): unknown {
  if (!isRecord(payload)) return payload;
  const status = str(payload.status);
  const synced =
    typeof payload.synced === 'boolean'
      ? payload.synced
      : status === undefined || SYNCED_STATUSES.has(status.toLowerCase());
  const errorCode =
    str(payload.errorCode) ?? (status !== undefined && !synced ? status : undefined);
  return compact({
    dossierCode: payload.dossierCode,
    exchangeId: str(payload.exchangeId) ?? exchangeIdOf(deliveryKey),
    service: payload.service ?? 'dossier',
    synced,
    errorCode: errorCode ?? (status === '0' ? '0' : undefined),
    message: payload.message,
    at: payload.at,
  });
}
