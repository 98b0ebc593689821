// Per-target delivery policy from the config: batching, concurrency, retries, limits, breaker.
import { z } from 'zod';

export const DeliveryPolicySchema = z.object({
  /** Jobs fetched per batch (one transaction settles each batch). */
  batchSize: z.number().int().min(1).max(1000).default(50),
  /** Batches processed at once by one process. */
  concurrency: z.number().int().min(1).max(64).default(2),
  /** Calls in flight at once within a batch (different dossiers only: order holds per dossier). */
  callConcurrency: z.number().int().min(1).max(256).default(16),
  /** Deadline of one call to the target. */
  timeoutMs: z.number().int().min(100).max(300_000).default(10_000),
  maxAttempts: z.number().int().min(1).max(1000).default(12),
  baseDelayMs: z.number().int().min(1).default(1_000),
  maxDelayMs: z.number().int().min(1).default(300_000),
  /** A delivery older than this is dead-lettered instead of retried. */
  maxAgeHours: z.number().min(0.001).default(72),
  /** Token bucket per process; absent = unlimited. */
  rateLimit: z
    .object({ perSecond: z.number().positive(), burst: z.number().int().min(1) })
    .optional(),
  breaker: z
    .object({
      failureThreshold: z.number().int().min(1).default(5),
      errorRatio: z.number().min(0.01).max(1).default(0.5),
      windowMs: z.number().int().min(1000).default(30_000),
      minimumCalls: z.number().int().min(1).default(20),
      openMs: z.number().int().min(100).default(5_000),
      maxOpenMs: z.number().int().min(100).default(60_000),
    })
    .prefault({}),
  /** How long an idle worker waits before fetching again. */
  idlePollMs: z.number().int().min(10).max(10_000).default(250),
});
export type DeliveryPolicy = z.infer<typeof DeliveryPolicySchema>;

export function defaultPolicy(
  overrides: z.input<typeof DeliveryPolicySchema> = {},
): DeliveryPolicy {
  return DeliveryPolicySchema.parse(overrides);
}
