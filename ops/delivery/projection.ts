// The per-dossier facts stored beside the canonical record: status, dates and KPI inputs.
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import type { DossierProjectionRow } from '../db/queries/accept.ts';

export type DossierProjection = Omit<DossierProjectionRow, 'last_exchange_id'>;

export function projectDossier(dossier: Dossier): DossierProjection {
  return {
    code: dossier.code,
    procedure_code: dossier.procedure.code,
    status: dossier.status,
    channel: dossier.channel,
    received_at: dossier.dates.receivedAt ?? dossier.dates.submittedAt,
    due_at: dossier.dates.dueAt ?? null,
    finished_at: dossier.dates.finishedAt ?? null,
    returned_at: dossier.dates.returnedAt ?? null,
    admin_level: dossier.receivingUnit.level,
    admin_unit: `${dossier.receivingUnit.unit.listVersion}:${dossier.receivingUnit.unit.code}`,
    has_digitized_components: dossier.hasDigitizedComponents,
    result_digitized:
      dossier.resultDigitized ??
      (dossier.results.length > 0 ? dossier.results.some((r) => r.fileUrl !== undefined) : null),
    sector_code: dossier.sector?.code ?? null,
  };
}
