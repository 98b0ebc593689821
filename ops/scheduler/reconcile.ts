// Reconciliation: ask the portal (TraCuuHoSo) about dossiers we delivered recently; where it does
// not know a dossier or reports another status, the dossier is synced again (drift re-enqueued).
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import type { Pool } from '../db/pool.ts';
import { reconciliationCandidates } from '../db/queries/scheduler.ts';
import type { Acceptor } from '../delivery/accept.ts';
import { sha256 } from '../delivery/intake.ts';
import type { Logger } from '../telemetry/logger.ts';

export interface LookupSource {
  lookupDossier(input: { code: string }): Promise<{ found: boolean; status?: string | undefined }>;
}

export const RECONCILE_SOURCE = 'lienthong.reconcile';

export async function reconcile(options: {
  pool: Pool;
  acceptor: Acceptor;
  target: string;
  source: LookupSource;
  logger: Logger;
  hours: number;
  limit?: number;
}): Promise<{ checked: number; drifted: number; failed: number }> {
  const { rows } = await options.pool.query<{ code: string; status: string; canonical: Dossier }>(
    reconciliationCandidates(options.target, options.hours, options.limit ?? 500),
  );
  let drifted = 0;
  let failed = 0;
  for (const row of rows) {
    let answer: { found: boolean; status?: string | undefined };
    try {
      answer = await options.source.lookupDossier({ code: row.code });
    } catch (error) {
      failed++;
      options.logger.warn({ err: error, target: options.target }, 'reconciliation lookup failed');
      continue;
    }
    if (answer.found && answer.status === row.status) continue;
    drifted++;
    const payload = { ...row.canonical, status: row.status };
    const hour = new Date().toISOString().slice(0, 13);
    await options.acceptor.accept({
      source: RECONCILE_SOURCE,
      kind: 'dossier',
      dossierCode: row.code,
      payload,
      idempotencyKey: null,
      requestHash: sha256(JSON.stringify(payload)),
      // One re-sync per dossier per hour at most, however often reconciliation runs.
      naturalKey: `reconcile:${row.code}:${hour}`,
      traceId: null,
      targets: [options.target],
    });
  }
  return { checked: rows.length, drifted, failed };
}
