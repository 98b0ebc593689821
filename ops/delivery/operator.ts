// Operator actions on deliveries — list dead letters, replay, skip, pause, resume — each audited.
import { type Pool, withTransaction } from '../db/pool.ts';
import { reviveDeadJobs } from '../db/queries/delivery.ts';
import {
  type DeadLetterFilter,
  deleteJobs,
  deliveriesByIds,
  insertAudit,
  listDeadLetters,
  markDeliveries,
  setTargetPaused,
} from '../db/queries/operator.ts';
import type { DeliveryPolicy } from './policy.ts';
import { queueName } from './types.ts';

export type ReplayMode = 'remap' | 'as_stored';

export interface ActionResult {
  /** Deliveries the action applied to. */
  done: string[];
  /** Deliveries it did not apply to, with why (not dead, unknown id). */
  skipped: Array<{ id: string; why: string }>;
}

export interface OperatorActions {
  listDeadLetters(filter: DeadLetterFilter): Promise<unknown[]>;
  replay(ids: string[], options: { by: string; mode: ReplayMode }): Promise<ActionResult>;
  skip(ids: string[], options: { by: string; reason: string }): Promise<ActionResult>;
  pause(target: string, options: { by: string; reason: string }): Promise<void>;
  resume(target: string, options: { by: string }): Promise<void>;
}

/** Most deliveries one replay or skip call may touch: bulk actions are rate-capped by design. */
export const MAX_IDS_PER_ACTION = 500;

interface DeliveryRecord {
  id: string;
  target: string;
  state: string;
  dossier_code: string | null;
  exchange_id: string;
  last_request: unknown;
}

export function createOperatorActions(
  pool: Pool,
  policyOf: (target: string) => DeliveryPolicy,
): OperatorActions {
  async function deadOnes(
    ids: string[],
  ): Promise<{ dead: DeliveryRecord[]; skipped: ActionResult['skipped'] }> {
    if (ids.length > MAX_IDS_PER_ACTION)
      throw new RangeError(`at most ${MAX_IDS_PER_ACTION} deliveries per action`);
    const { rows } = await pool.query<DeliveryRecord>(deliveriesByIds(ids));
    const found = new Map(rows.map((r) => [r.id, r]));
    const skipped = ids
      .filter((id) => found.get(id)?.state !== 'dead')
      .map((id) => ({
        id,
        why: found.has(id) ? `state is ${found.get(id)!.state}, not dead` : 'unknown delivery',
      }));
    return { dead: rows.filter((r) => r.state === 'dead'), skipped };
  }

  return {
    async listDeadLetters(filter) {
      return (await pool.query(listDeadLetters(filter))).rows;
    },

    async replay(ids, { by, mode }) {
      const { dead, skipped } = await deadOnes(ids);
      await withTransaction(pool, async (client) => {
        for (const record of dead) {
          const data =
            mode === 'as_stored'
              ? { replayMode: mode, storedRequest: record.last_request }
              : { replayMode: mode };
          await client.query(
            reviveDeadJobs(
              queueName(record.target),
              [record.id],
              policyOf(record.target).maxAttempts,
              data,
            ),
          );
        }
        if (dead.length > 0)
          await client.query(
            markDeliveries(
              dead.map((r) => r.id),
              'pending',
              null,
            ),
          );
        await client.query(
          insertAudit(
            dead.map((r) => ({
              actor_kind: 'operator',
              actor_id: by,
              action: 'delivery.replay',
              outcome: 'ok',
              dossier_code: r.dossier_code,
              detail: { deliveryId: r.id, exchangeId: r.exchange_id, target: r.target, mode },
            })),
          ),
        );
      });
      return { done: dead.map((r) => r.id), skipped };
    },

    async skip(ids, { by, reason }) {
      const { dead, skipped } = await deadOnes(ids);
      await withTransaction(pool, async (client) => {
        for (const record of dead)
          await client.query(deleteJobs(queueName(record.target), [record.id]));
        if (dead.length > 0)
          await client.query(
            markDeliveries(
              dead.map((r) => r.id),
              'skipped',
              reason,
            ),
          );
        await client.query(
          insertAudit(
            dead.map((r) => ({
              actor_kind: 'operator',
              actor_id: by,
              action: 'delivery.skip',
              outcome: 'ok',
              dossier_code: r.dossier_code,
              detail: { deliveryId: r.id, exchangeId: r.exchange_id, target: r.target, reason },
            })),
          ),
        );
      });
      return { done: dead.map((r) => r.id), skipped };
    },

    async pause(target, { by, reason }) {
      await withTransaction(pool, async (client) => {
        await client.query(setTargetPaused(target, true, reason, by));
        await client.query(
          insertAudit([
            {
              actor_kind: 'operator',
              actor_id: by,
              action: 'target.pause',
              outcome: 'ok',
              detail: { target, reason },
            },
          ]),
        );
      });
    },

    async resume(target, { by }) {
      await withTransaction(pool, async (client) => {
        await client.query(setTargetPaused(target, false, null, by));
        await client.query(
          insertAudit([
            {
              actor_kind: 'operator',
              actor_id: by,
              action: 'target.resume',
              outcome: 'ok',
              detail: { target },
            },
          ]),
        );
      });
    },
  };
}
