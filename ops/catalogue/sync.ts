// Catalogue sync: the national procedure catalogue (portal) → our catalogue → the one-stop system,
// with a coverage report: procedures total, integrated with the portal, added/changed/removed.
import type { Procedure } from '../../contracts/canonical/procedure.ts';
import type { Pool } from '../db/pool.ts';
import {
  finishSyncRun,
  markMissingNotIntegrated,
  type ProcedureRow,
  startSyncRun,
  upsertProcedures,
} from '../db/queries/catalogue.ts';
import { sha256 } from '../delivery/intake.ts';
import type { Logger } from '../telemetry/logger.ts';

/** What the sync needs from the portal connector (national-portal operations). */
export interface CatalogueSource {
  listProcedures(
    input: Record<string, never>,
  ): Promise<{ procedures: Array<{ code: string; name: string }> }>;
  getProcedure(input: { code: string }): Promise<Procedure | undefined>;
}

/** Where changed procedures are pushed (the one-stop system's catalogue), if configured. */
export type CataloguePush = (procedures: Procedure[]) => Promise<number>;

export interface SyncReport {
  runId: number;
  total: number;
  integrated: number;
  added: number;
  changed: number;
  removed: number;
  pushed: number;
  failedDetails: number;
}

/** Detail calls in flight at once: the portal rate-limits per client. */
const DETAIL_CONCURRENCY = 4;

async function mapLimited<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        out[index] = await fn(items[index]!);
      }
    }),
  );
  return out;
}

function toRow(procedure: Procedure): ProcedureRow {
  const json = JSON.stringify(procedure);
  return {
    code: procedure.code,
    name: procedure.name,
    sector_code: procedure.sectors[0]?.code ?? null,
    sector_name: procedure.sectors[0]?.name ?? null,
    portal_integrated: procedure.published,
    canonical: procedure,
    content_hash: sha256(json),
  };
}

export async function syncCatalogue(options: {
  pool: Pool;
  source: CatalogueSource;
  push?: CataloguePush | undefined;
  logger: Logger;
}): Promise<SyncReport> {
  const { rows } = await options.pool.query<{ id: number }>(startSyncRun());
  const runId = rows[0]!.id;
  try {
    const list = await options.source.listProcedures({});
    let failedDetails = 0;
    const details = await mapLimited(list.procedures, DETAIL_CONCURRENCY, async (summary) => {
      try {
        return await options.source.getProcedure({ code: summary.code });
      } catch (error) {
        failedDetails++;
        options.logger.warn(
          { err: error, procedure: summary.code },
          'catalogue: a procedure could not be read',
        );
        return undefined;
      }
    });
    const procedures = details.filter((p): p is Procedure => p !== undefined);
    const changes =
      procedures.length > 0
        ? (
            await options.pool.query<{ code: string; change: string }>(
              upsertProcedures(procedures.map(toRow)),
            )
          ).rows
        : [];
    // Only a complete listing may retire procedures: a partial read must not unpublish anything.
    const removed =
      failedDetails === 0
        ? ((await options.pool.query(markMissingNotIntegrated(list.procedures.map((p) => p.code))))
            .rowCount ?? 0)
        : 0;
    const changedCodes = new Set(changes.filter((c) => c.change !== 'same').map((c) => c.code));
    const pushed = options.push
      ? await options.push(procedures.filter((p) => changedCodes.has(p.code)))
      : 0;
    const report: SyncReport = {
      runId,
      total: procedures.length,
      integrated: procedures.filter((p) => p.published).length,
      added: changes.filter((c) => c.change === 'added').length,
      changed: changes.filter((c) => c.change === 'changed').length,
      removed,
      pushed,
      failedDetails,
    };
    await options.pool.query(finishSyncRun(runId, { outcome: 'ok', ...report }));
    return report;
  } catch (error) {
    await options.pool.query(
      finishSyncRun(runId, {
        outcome: 'failed',
        error: (error as Error).message?.slice(0, 500) ?? 'unknown',
      }),
    );
    throw error;
  }
}
