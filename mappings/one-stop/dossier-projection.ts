// The summary of a canonical dossier the gateway stores beside each accepted dossier.
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import type { AdminLevel, Channel, DossierStatus } from '../../contracts/canonical/enums.ts';

/**
 * `admin_unit` is the receiving unit's code only; its list version (dossier.receivingUnit.unit.
 * listVersion) is not part of this shape, although a code means nothing without it.
 */
export type DossierProjection = {
  code: string;
  procedure_code: string;
  status: DossierStatus;
  channel: Channel;
  received_at: string | null;
  due_at: string | null;
  finished_at: string | null;
  admin_level: AdminLevel;
  admin_unit: string;
};

/** Instants are copied as the canonical record holds them (ISO with offset). */
export function dossierProjection(dossier: Dossier): DossierProjection {
  return {
    code: dossier.code,
    procedure_code: dossier.procedure.code,
    status: dossier.status,
    channel: dossier.channel,
    received_at: dossier.dates.receivedAt ?? null,
    due_at: dossier.dates.dueAt ?? null,
    finished_at: dossier.dates.finishedAt ?? null,
    admin_level: dossier.receivingUnit.level,
    admin_unit: dossier.receivingUnit.unit.code,
  };
}
