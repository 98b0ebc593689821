// accept(): commits exchanges, their deliveries and delivery jobs in ONE transaction, with group
// commit — concurrent requests share a transaction, so a 2xx always means durable, cheaply.

import type { Pool } from '../db/pool.ts';
import type { DossierProjectionRow } from '../db/queries/accept.ts';
import type { PgBoss } from '../queue/boss.ts';
import { createJobInsertSql } from '../queue/job-insert.ts';
import { captureTraceContext } from '../telemetry/trace-context.ts';
import { type CommitDeps, commitAcceptBatch } from './accept-commit.ts';
import type { DeliveryKind } from './types.ts';

export interface AcceptInput {
  source: string;
  kind: DeliveryKind;
  dossierCode: string | null;
  payload: unknown;
  /**
   * JSON.stringify(payload), when the caller has it already (it hashed it): serialized once. As
   * UTF-8 bytes when it comes from a submission thread: not encoded again on the event loop.
   */
  payloadJson?: string | Uint8Array | undefined;
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
  const deps: CommitDeps = { pool: options.pool, jobInsertSql: createJobInsertSql(options.boss) };
  const queue: Pending[] = [];
  let inFlight = 0;
  const idle: Array<() => void> = [];
  // Dossiers with a message in a transaction in flight. A later message of the same dossier waits
  // for that commit: two concurrent transactions could commit in either order, and a worker could
  // then deliver the later event first.
  const busy = new Map<string, number>();

  // At most one message per dossier in a batch, too: the batch's statements then never write one
  // dossier row twice, and each message of a dossier commits after the one before it.
  const takeBatch = (): Pending[] => {
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    const inBatch = new Set<string>();
    for (const pending of queue) {
      const code = pending.input.dossierCode;
      if (batch.length < maxBatch && !(code && (busy.has(code) || inBatch.has(code)))) {
        batch.push(pending);
        if (code) inBatch.add(code);
      } else rest.push(pending);
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
      void commitBatch(deps, batch).finally(() => {
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

async function commitBatch(deps: CommitDeps, batch: Pending[]): Promise<void> {
  try {
    const outcomes = await commitAcceptBatch(
      deps,
      batch.map((p) => p.input),
    );
    for (const [i, p] of batch.entries()) p.resolve(outcomes[i]!);
  } catch (error) {
    if (batch.length === 1) {
      batch[0]!.reject(error);
      return;
    }
    // One bad request must not fail the others: commit each alone, in order.
    for (const pending of batch) await commitBatch(deps, [pending]);
  }
}
