// Result collection: sector systems that answer by query (the education service's TraCuuKetQua)
// are asked about dossiers sent to them; a result found is accepted like one pushed by the system,
// so it travels back to the one-stop desk and the portal by the configured routes.
import type { Pool } from '../db/pool.ts';
import { awaitingResults } from '../db/queries/scheduler.ts';
import { type Intake, sha256 } from '../delivery/intake.ts';
import type { Logger } from '../telemetry/logger.ts';

export interface ResultSource {
  queryResult(input: {
    dossierCode: string;
  }): Promise<
    | { outcome: 'found'; status: string; returnedAt?: string | undefined; results: unknown[] }
    | { outcome: 'not_found' }
  >;
}

/** Statuses at which the sector system has finished with a dossier. */
const FINISHED = new Set(['resolved', 'returned', 'rejected']);

export async function collectResults(options: {
  pool: Pool;
  intake: Intake;
  target: string;
  source: ResultSource;
  logger: Logger;
  hours: number;
  limit?: number;
}): Promise<{ asked: number; collected: number; failed: number }> {
  const { rows } = await options.pool.query<{ code: string }>(
    awaitingResults(options.target, options.hours, options.limit ?? 200),
  );
  let collected = 0;
  let failed = 0;
  for (const { code } of rows) {
    try {
      const answer = await options.source.queryResult({ dossierCode: code });
      if (answer.outcome !== 'found' || !FINISHED.has(answer.status)) continue;
      const payload = {
        dossierCode: code,
        source: options.target,
        status: answer.status,
        results: answer.results,
        ...(answer.returnedAt ? { returnedAt: answer.returnedAt } : {}),
      };
      await options.intake.submit({
        source: options.target,
        kind: 'result',
        dossierCode: code,
        payload,
        idempotencyKey: null,
        requestHash: sha256(JSON.stringify(payload)),
        traceId: null,
        statusChange: {
          status: answer.status,
          finishedAt: null,
          returnedAt: answer.returnedAt ?? null,
        },
      });
      collected++;
    } catch (error) {
      failed++;
      options.logger.warn(
        { err: error, target: options.target },
        'result collection: a query failed',
      );
    }
  }
  return { asked: rows.length, collected, failed };
}
