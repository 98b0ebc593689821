// Read operations: TraCuuHoSo → lookup result, LayThuTuc → Procedure, LayDanhSachTTHC → procedure summaries.
import type { Procedure } from '../../contracts/index.ts';
import {
  type DossierLookupResult,
  lookupToCanonical,
  type ProcedureSummary,
  procedureSummaryToCanonical,
  procedureToCanonical,
} from '../../mappings/national-portal/index.ts';
import type { PortalClient } from './client.ts';
import { mappingError } from './errors.ts';

export async function lookupDossier(
  client: PortalClient,
  code: string,
  signal: AbortSignal | undefined,
): Promise<DossierLookupResult> {
  const answer = await client.lookup(code, signal);
  const mapped = lookupToCanonical.run(answer.body);
  if (!mapped.ok) throw mappingError(mapped.errors, answer.request);
  return mapped.value;
}

/** The procedure, or undefined when the catalogue has no such code (an empty result). */
export async function getProcedure(
  client: PortalClient,
  code: string,
  signal: AbortSignal | undefined,
): Promise<Procedure | undefined> {
  const answer = await client.getProcedure(code, signal);
  const item = answer.body.result?.[0];
  if (item === undefined) return undefined;
  const mapped = procedureToCanonical.run(item);
  if (!mapped.ok) throw mappingError(mapped.errors, answer.request);
  return mapped.value;
}

export interface ProcedureList {
  procedures: ProcedureSummary[];
  /** Catalogue entries that did not map, with their code when readable (one bad entry spoils nothing else). */
  rejected: { index: number; code?: string; errors: { path: string; rule: string }[] }[];
}

export async function listProcedures(
  client: PortalClient,
  signal: AbortSignal | undefined,
): Promise<ProcedureList> {
  const answer = await client.listProcedures(signal);
  const list: ProcedureList = { procedures: [], rejected: [] };
  for (const [index, item] of (answer.body.result ?? []).entries()) {
    const mapped = procedureSummaryToCanonical.run(item);
    if (mapped.ok) {
      list.procedures.push(mapped.value);
      continue;
    }
    const code = (item as { MATTHC?: unknown } | null)?.MATTHC;
    list.rejected.push({
      index,
      ...(typeof code === 'string' ? { code } : {}),
      errors: mapped.errors.map((e) => ({ path: e.path, rule: e.rule })),
    });
  }
  return list;
}
