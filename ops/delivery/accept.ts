// accept(): commits exchanges, their deliveries and delivery jobs in ONE transaction, with group
// commit — concurrent requests share a transaction, so a 2xx always means durable, cheaply.
import type { Pool, PoolClient } from '../db/pool.ts';
import {
  type DeliveryRow,
  type DossierProjectionRow,
  type ExchangeRow,
  findExistingExchanges,
  insertDeliveries,
  insertExchanges,
  type StatusChangeRow,
  updateDossierStatuses,
  upsertDossiers,
} from '../db/queries/accept.ts';
import type { PgBoss } from '../queue/boss.ts';
import { captureTraceContext } from '../telemetry/trace-context.ts';
import { orderedId } from './ids.ts';
import { type DeliveryJobData, type DeliveryKind, laneKey, queueName } from './types.ts';

export interface AcceptInput {
  source: string;
  kind: DeliveryKind;
  dossierCode: string | null;
  payload: unknown;
  idempotencyKey: string | null;
  /** Hash of the request as received: the same Idempotency-Key with another body is a conflict. */
  requestHash: string;
  /** kind + dossier + content hash, for duplicates sent without a key. */
  naturalKey: string;
  traceId: string | null;
  /** [telemetry] W3C context for the delivery jobs; accept() captures the caller's when absent. */
  traceContext?: Record<string, string> | undefined;
  targets: string[];
  /** Full dossier projection (kind dossier) or a status change (progress, result). */
  dossier?: Omit<DossierProjectionRow, 'last_exchange_id'>;
  statusChange?: {
    status: string;
    finishedAt: string | null;
    returnedAt?: string | null;
    resultDigitized?: boolean | null;
  };
}

export interface AcceptedDelivery {
  target: string;
  id: string;
}

export type AcceptOutcome =
  | { status: 'accepted'; exchangeId: string; deliveries: AcceptedDelivery[] }
  | { status: 'duplicate'; exchangeId: string; deliveries: AcceptedDelivery[] }
  | { status: 'idempotency_conflict'; exchangeId: string };

interface Pending {
  input: AcceptInput;
  resolve(outcome: AcceptOutcome): void;
  reject(error: unknown): void;
}

export interface AcceptorOptions {
  pool: Pool;
  boss: PgBoss;
  /** Most requests committed together. */
  maxBatch?: number;
  /** Transactions in flight at once; further requests wait and join the next batch. */
  maxConcurrentCommits?: number;
}

export interface Acceptor {
  accept(input: AcceptInput): Promise<AcceptOutcome>;
  /** Resolves when every accepted request has committed (used at shutdown). */
  drain(): Promise<void>;
}

export function createAcceptor(options: AcceptorOptions): Acceptor {
  const maxBatch = options.maxBatch ?? 500;
  const maxCommits = options.maxConcurrentCommits ?? 2;
  const queue: Pending[] = [];
  let inFlight = 0;
  const idle: Array<() => void> = [];
  // Dossiers with a message in a transaction in flight. A later message of the same dossier waits
  // for that commit: two concurrent transactions could commit in either order, and a worker could
  // then deliver the later event first.
  const busy = new Map<string, number>();

  const takeBatch = (): Pending[] => {
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    for (const pending of queue) {
      const code = pending.input.dossierCode;
      if (batch.length < maxBatch && !(code && busy.has(code))) batch.push(pending);
      else rest.push(pending);
    }
    queue.splice(0, queue.length, ...rest);
    return batch;
  };

  const mark = (batch: Pending[], delta: 1 | -1): void => {
    for (const { input } of batch) {
      if (!input.dossierCode) continue;
      const count = (busy.get(input.dossierCode) ?? 0) + delta;
      if (count > 0) busy.set(input.dossierCode, count);
      else busy.delete(input.dossierCode);
    }
  };

  const pump = (): void => {
    while (inFlight < maxCommits && queue.length > 0) {
      const batch = takeBatch();
      if (batch.length === 0) return;
      inFlight++;
      mark(batch, 1);
      void commitBatch(options, batch).finally(() => {
        inFlight--;
        mark(batch, -1);
        if (queue.length > 0) pump();
        else if (inFlight === 0) for (const done of idle.splice(0)) done();
      });
    }
  };

  return {
    accept(request) {
      // [telemetry] Captured here, in the caller's context: the grouped commit runs in another's.
      const input = request.traceContext
        ? request
        : { ...request, traceContext: captureTraceContext() };
      return new Promise<AcceptOutcome>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        // Defer one tick so requests arriving together share a transaction.
        if (queue.length === 1) setImmediate(pump);
      });
    },
    drain() {
      if (inFlight === 0 && queue.length === 0) return Promise.resolve();
      return new Promise((resolve) => idle.push(resolve));
    },
  };
}

async function commitBatch(options: AcceptorOptions, batch: Pending[]): Promise<void> {
  try {
    const outcomes = await commitInTransaction(
      options,
      batch.map((p) => p.input),
    );
    for (const [i, p] of batch.entries()) p.resolve(outcomes[i]!);
  } catch (error) {
    if (batch.length === 1) {
      batch[0]!.reject(error);
      return;
    }
    // One bad request must not fail the others: commit each alone, in order.
    for (const pending of batch) await commitBatch(options, [pending]);
  }
}

function identityKeys(input: AcceptInput): string[] {
  const keys = [`n:${input.source}:${input.naturalKey}`];
  if (input.idempotencyKey) keys.push(`i:${input.source}:${input.idempotencyKey}`);
  return keys;
}

async function commitInTransaction(
  options: AcceptorOptions,
  inputs: AcceptInput[],
): Promise<AcceptOutcome[]> {
  // Requests of the same batch that repeat an earlier one in the batch resolve to its outcome.
  const firstByKey = new Map<string, number>();
  const leaderOf = inputs.map((input, index) => {
    for (const key of identityKeys(input)) {
      const leader = firstByKey.get(key);
      if (leader !== undefined) return leader;
    }
    for (const key of identityKeys(input)) firstByKey.set(key, index);
    return index;
  });
  const leaders = inputs
    .map((input, index) => ({ input, index, id: orderedId() }))
    .filter((l) => leaderOf[l.index] === l.index);

  const client = await options.pool.connect();
  try {
    await client.query('BEGIN');
    const rows: ExchangeRow[] = leaders.map(({ input, id }) => ({
      id,
      source: input.source,
      kind: input.kind,
      dossier_code: input.dossierCode,
      idempotency_key: input.idempotencyKey,
      request_hash: input.requestHash,
      natural_key: input.naturalKey,
      payload: input.payload,
      trace_id: input.traceId,
    }));
    const inserted = new Set(
      (await client.query<{ id: string }>(insertExchanges(rows))).rows.map((r) => r.id),
    );
    const outcomes = new Map<number, AcceptOutcome>();
    const fresh = leaders.filter((l) => inserted.has(l.id));
    const deliveries = await writeDeliveries(client, options.boss, fresh);
    for (const l of fresh)
      outcomes.set(l.index, {
        status: 'accepted',
        exchangeId: l.id,
        deliveries: deliveries.get(l.id) ?? [],
      });
    const repeated = leaders.filter((l) => !inserted.has(l.id));
    if (repeated.length > 0) await resolveDuplicates(client, repeated, outcomes);
    await client.query('COMMIT');
    return inputs.map((input, index) => {
      const outcome = outcomes.get(leaderOf[index]!)!;
      if (index === leaderOf[index] || outcome.status === 'idempotency_conflict') return outcome;
      const leaderInput = inputs[leaderOf[index]!]!;
      if (
        input.idempotencyKey &&
        input.idempotencyKey === leaderInput.idempotencyKey &&
        input.requestHash !== leaderInput.requestHash
      ) {
        return { status: 'idempotency_conflict', exchangeId: outcome.exchangeId };
      }
      return { ...outcome, status: 'duplicate' };
    });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function writeDeliveries(
  client: PoolClient,
  boss: PgBoss,
  fresh: Array<{ input: AcceptInput; id: string }>,
): Promise<Map<string, AcceptedDelivery[]>> {
  const byExchange = new Map<string, AcceptedDelivery[]>();
  const rows: DeliveryRow[] = [];
  const jobsByQueue = new Map<
    string,
    Array<{ id: string; data: DeliveryJobData; singletonKey: string }>
  >();
  for (const { input, id } of fresh) {
    const list: AcceptedDelivery[] = [];
    for (const target of input.targets) {
      // Ordered ids: pg-boss breaks ties of created_on (same transaction) by id.
      const deliveryId = orderedId();
      list.push({ target, id: deliveryId });
      rows.push({ id: deliveryId, exchange_id: id, target, dossier_code: input.dossierCode });
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
      jobs.push({ id: deliveryId, data, singletonKey: laneKey(data) });
      jobsByQueue.set(queueName(target), jobs);
    }
    byExchange.set(id, list);
  }
  if (rows.length > 0) await client.query(insertDeliveries(rows));
  await writeDossiers(client, fresh);
  const db = { executeSql: (text: string, values?: unknown[]) => client.query(text, values) };
  for (const [queue, jobs] of jobsByQueue) await boss.insert(queue, jobs, { db });
  return byExchange;
}

async function writeDossiers(
  client: PoolClient,
  fresh: Array<{ input: AcceptInput; id: string }>,
): Promise<void> {
  // The last version of a dossier within the batch wins, as it would have in sequence.
  const full = new Map<string, DossierProjectionRow>();
  const statuses = new Map<string, StatusChangeRow>();
  for (const { input, id } of fresh) {
    if (input.dossier) full.set(input.dossier.code, { ...input.dossier, last_exchange_id: id });
    if (input.statusChange && input.dossierCode) {
      statuses.set(input.dossierCode, {
        code: input.dossierCode,
        status: input.statusChange.status,
        finished_at: input.statusChange.finishedAt,
        returned_at: input.statusChange.returnedAt ?? null,
        result_digitized: input.statusChange.resultDigitized ?? null,
        last_exchange_id: id,
      });
    }
  }
  if (full.size > 0) await client.query(upsertDossiers([...full.values()]));
  if (statuses.size > 0) await client.query(updateDossierStatuses([...statuses.values()]));
}

async function resolveDuplicates(
  client: PoolClient,
  repeated: Array<{ input: AcceptInput; index: number }>,
  outcomes: Map<number, AcceptOutcome>,
): Promise<void> {
  const { rows } = await client.query<{
    id: string;
    source: string;
    idempotency_key: string | null;
    natural_key: string;
    request_hash: string;
    deliveries: AcceptedDelivery[];
  }>(
    findExistingExchanges(
      repeated.map(({ input }) => ({
        source: input.source,
        idempotency_key: input.idempotencyKey,
        natural_key: input.naturalKey,
      })),
    ),
  );
  for (const { input, index } of repeated) {
    const byKey = input.idempotencyKey
      ? rows.find((r) => r.source === input.source && r.idempotency_key === input.idempotencyKey)
      : undefined;
    if (byKey && byKey.request_hash !== input.requestHash) {
      outcomes.set(index, { status: 'idempotency_conflict', exchangeId: byKey.id });
      continue;
    }
    const existing =
      byKey ?? rows.find((r) => r.source === input.source && r.natural_key === input.naturalKey);
    if (!existing)
      throw new Error('accept: a conflicting exchange vanished within the transaction');
    outcomes.set(index, {
      status: 'duplicate',
      exchangeId: existing.id,
      deliveries: existing.deliveries,
    });
  }
}
