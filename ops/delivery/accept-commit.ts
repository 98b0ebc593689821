// One accept batch in one round trip: every row of the batch in a single prepared statement, then
// (only when some request repeated an earlier one) a lookup of what the repeats resolve to.
import { hash } from 'node:crypto';
import type { Pool } from '../db/pool.ts';
import { acceptStatement, findExistingExchanges } from '../db/queries/accept.ts';
import type { JobInsertSql } from '../queue/job-insert.ts';
import type { AcceptedDelivery, AcceptInput, AcceptOutcome } from './accept.ts';
import { batchRows, jsonArrayParameter, type Leader } from './accept-rows.ts';

export interface CommitDeps {
  pool: Pool;
  jobInsertSql: JobInsertSql;
}

/** Identity keys of a request: its natural key, and its Idempotency-Key when it has one. */
function identityKeys(input: AcceptInput): string[] {
  const keys = [`n:${input.source}:${input.naturalKey}`];
  if (input.idempotencyKey) keys.push(`i:${input.source}:${input.idempotencyKey}`);
  return keys;
}

const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `accept_${hash('sha256', text, 'hex').slice(0, 16)}`;
    names.set(text, name);
  }
  return name;
}

export async function commitAcceptBatch(
  deps: CommitDeps,
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
  const { leaders, exchanges, deliveries, dossiers, statuses, jobsByQueue } = batchRows(
    inputs,
    leaderOf,
  );
  const queues = [...jobsByQueue];
  const jobs = await Promise.all(queues.map(([queue]) => deps.jobInsertSql(queue)));
  const text = acceptStatement(jobs);
  const { rows } = await deps.pool.query<{ inserted: string[] }>({
    // Named: each connection parses and plans each shape (set of queues) once.
    name: statementName(text),
    text,
    values: [
      jsonArrayParameter(exchanges),
      `[${deliveries.join(',')}]`,
      `[${dossiers.join(',')}]`,
      `[${statuses.join(',')}]`,
      ...queues.map(([, list]) => `[${list.join(',')}]`),
    ],
  });
  const inserted = new Set(rows[0]!.inserted);

  const outcomes = new Map<number, AcceptOutcome>();
  const repeated: Leader[] = [];
  for (const leader of leaders) {
    if (inserted.has(leader.id))
      outcomes.set(leader.index, {
        status: 'accepted',
        exchangeId: leader.id,
        deliveries: leader.deliveries,
      });
    else repeated.push(leader);
  }
  // The rows they collided with are committed (ON CONFLICT waited for them), so a new read sees them.
  if (repeated.length > 0) await resolveDuplicates(deps.pool, repeated, outcomes);
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
}

async function resolveDuplicates(
  pool: Pool,
  repeated: Leader[],
  outcomes: Map<number, AcceptOutcome>,
): Promise<void> {
  const { rows } = await pool.query<{
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
      throw new Error('accept: a conflicting exchange vanished before it could be read');
    outcomes.set(index, {
      status: 'duplicate',
      exchangeId: existing.id,
      deliveries: existing.deliveries,
    });
  }
}
