// Creates each target's queue: strict FIFO per dossier, retries governed by our own policy.
import type { PgBoss } from '../queue/boss.ts';
import type { DeliveryPolicy } from './policy.ts';
import { queueName } from './types.ts';

/** Seconds a fetched batch may stay active before pg-boss hands it to another worker. */
export function batchExpirySeconds(policy: DeliveryPolicy): number {
  const rounds = Math.ceil(policy.batchSize / policy.callConcurrency);
  return Math.ceil((rounds * policy.timeoutMs) / 1000) + 30;
}

export async function ensureTargetQueue(
  boss: PgBoss,
  target: string,
  policy: DeliveryPolicy,
): Promise<void> {
  const name = queueName(target);
  const options = {
    // Attempts are decided by settle() (policy.maxAttempts); pg-boss only needs headroom.
    retryLimit: policy.maxAttempts,
    retryDelay: 1,
    retryBackoff: false,
    expireInSeconds: batchExpirySeconds(policy),
    deleteAfterSeconds: 7 * 24 * 3600,
    notify: true,
  };
  const existing = await boss.getQueue(name);
  if (existing) await boss.updateQueue(name, options);
  else await boss.createQueue(name, { ...options, policy: 'key_strict_fifo' });
}
