// The rows of one accept batch as JSON texts, ready to be the parameters of the accept statement:
// each leader's exchange (payload spliced in, serialised once), deliveries, jobs and projection.
import type {
  DeliveryRow,
  DossierProjectionRow,
  ExchangeRow,
  StatusChangeRow,
} from '../db/queries/accept.ts';
import type { AcceptedDelivery, AcceptInput } from './accept.ts';
import { orderedId } from './ids.ts';
import { type DeliveryJobData, laneKey, queueName } from './types.ts';

/** A request that is not a repeat of an earlier one in its batch, and what it will write. */
export interface Leader {
  input: AcceptInput;
  index: number;
  id: string;
  deliveries: AcceptedDelivery[];
}

/** One row as JSON: text, or a text head and the UTF-8 bytes of its last field (then `}`). */
export type JsonRow = string | { head: string; tail: Uint8Array };

export interface BatchRows {
  leaders: Leader[];
  exchanges: JsonRow[];
  deliveries: string[];
  dossiers: string[];
  statuses: string[];
  /** Per pg-boss queue, its jobs. */
  jobsByQueue: Map<string, string[]>;
}

/** A JSON object with `field` spliced in as already-serialized JSON (payloads are big: once only). */
function withJsonField(row: object, field: string, json: string | Uint8Array): JsonRow {
  const rest = JSON.stringify(row);
  const head = rest.length === 2 ? `{"${field}":` : `${rest.slice(0, -1)},"${field}":`;
  return typeof json === 'string' ? `${head}${json}}` : { head, tail: json };
}

/**
 * A JSON array of rows as a statement parameter: text when every row is text; otherwise the
 * binary form of a jsonb parameter (format version 1, then the UTF-8 text), assembled from the
 * rows' bytes without decoding or re-encoding them.
 */
export function jsonArrayParameter(rows: JsonRow[]): string | Buffer {
  if (rows.every((row) => typeof row === 'string')) return `[${rows.join(',')}]`;
  const heads = rows.map((row) => (typeof row === 'string' ? row : row.head));
  // The version byte, '[' and ']', and a comma between rows (rows is not empty here).
  let size = 2 + rows.length;
  for (const [i, row] of rows.entries()) {
    size += Buffer.byteLength(heads[i]!);
    if (typeof row !== 'string') size += row.tail.byteLength + 1; // the closing brace
  }
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  out[at++] = 1; // jsonb binary format version
  out[at++] = 0x5b; // [
  for (const [i, row] of rows.entries()) {
    if (i > 0) out[at++] = 0x2c; // ,
    at += out.write(heads[i]!, at);
    if (typeof row !== 'string') {
      out.set(row.tail, at);
      at += row.tail.byteLength;
      out[at++] = 0x7d; // }
    }
  }
  out[at++] = 0x5d; // ]
  return out.subarray(0, at);
}

/** `leaderOf[i]` is the index of the request that request i repeats, or i itself. */
export function batchRows(inputs: AcceptInput[], leaderOf: number[]): BatchRows {
  const rows: BatchRows = {
    leaders: [],
    exchanges: [],
    deliveries: [],
    dossiers: [],
    statuses: [],
    jobsByQueue: new Map(),
  };
  const { leaders, exchanges, deliveries, dossiers, statuses, jobsByQueue } = rows;
  for (const [index, input] of inputs.entries()) {
    if (leaderOf[index] !== index) continue;
    const id = orderedId();
    const payloadJson = input.payloadJson ?? JSON.stringify(input.payload ?? null);
    const exchange: Omit<ExchangeRow, 'payload'> = {
      id,
      source: input.source,
      kind: input.kind,
      dossier_code: input.dossierCode,
      idempotency_key: input.idempotencyKey,
      request_hash: input.requestHash,
      natural_key: input.naturalKey,
      trace_id: input.traceId,
    };
    exchanges.push(withJsonField(exchange, 'payload', payloadJson));
    const leader: Leader = { input, index, id, deliveries: [] };
    for (const target of input.targets) {
      // Ordered ids: pg-boss breaks ties of created_on (same transaction) by id.
      const deliveryId = orderedId();
      leader.deliveries.push({ target, id: deliveryId });
      const row: DeliveryRow = {
        id: deliveryId,
        exchange_id: id,
        target,
        dossier_code: input.dossierCode,
      };
      deliveries.push(JSON.stringify(row));
      const data: DeliveryJobData = {
        deliveryId,
        exchangeId: id,
        target,
        kind: input.kind,
        source: input.source,
        dossierCode: input.dossierCode,
        // [telemetry] each job continues the trace of the request that accepted it.
        ...(input.traceContext ? { traceContext: input.traceContext } : {}),
      };
      const jobs = jobsByQueue.get(queueName(target)) ?? [];
      jobs.push(JSON.stringify({ id: deliveryId, data, singletonKey: laneKey(data) }));
      jobsByQueue.set(queueName(target), jobs);
    }
    if (input.dossier) {
      const row: DossierProjectionRow = { ...input.dossier, last_exchange_id: id };
      dossiers.push(JSON.stringify(row));
    }
    if (input.statusChange && input.dossierCode) {
      const row: StatusChangeRow = {
        code: input.dossierCode,
        status: input.statusChange.status,
        finished_at: input.statusChange.finishedAt,
        returned_at: input.statusChange.returnedAt ?? null,
        result_digitized: input.statusChange.resultDigitized ?? null,
        last_exchange_id: id,
      };
      statuses.push(JSON.stringify(row));
    }
    leaders.push(leader);
  }

  return rows;
}
