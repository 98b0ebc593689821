// Retention: bodies are personal data and go after `payloadDays`; attempt history after `metadataDays`.
import type { Pool } from '../db/pool.ts';
import {
  clearOldPayloads,
  countClearedPayloadCandidates,
  deleteOldAttempts,
} from '../db/queries/retention.ts';

export interface RetentionPolicy {
  payloadDays: number;
  metadataDays: number;
}

/** Rows touched per statement: small slices keep locks short on a busy log. */
const SLICE = 5000;

export async function runRetention(
  pool: Pool,
  policy: RetentionPolicy,
): Promise<{ payloadsCleared: number; attemptsDeleted: number }> {
  let payloadsCleared = 0;
  for (;;) {
    const { rows } = await pool.query<{ n: number }>(
      countClearedPayloadCandidates(policy.payloadDays),
    );
    if ((rows[0]?.n ?? 0) === 0) break;
    await pool.query(clearOldPayloads(policy.payloadDays, SLICE));
    payloadsCleared += Math.min(rows[0]!.n, SLICE);
  }
  let attemptsDeleted = 0;
  for (;;) {
    const { rowCount } = await pool.query(deleteOldAttempts(policy.metadataDays, SLICE));
    attemptsDeleted += rowCount ?? 0;
    if ((rowCount ?? 0) < SLICE) break;
  }
  return { payloadsCleared, attemptsDeleted };
}
