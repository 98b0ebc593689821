// The national portal's verdict on one sync call, as the gateway records it (no canonical type has it).
import { z } from 'zod';
import { CodeSchema, InstantSchema } from '../../contracts/canonical/scalars.ts';
import { DossierCodeSchema } from '../../contracts/validators/dossier-code.ts';

/**
 * `service`: 'dossier' = DongBoHoSoMC, 'progress' = CapNhatTienDoHoSoMC. `synced` is the verdict
 * the national-portal connector reached (error_code "0" and a "thành công" message); errorCode and
 * message are the portal's error_code and message, verbatim.
 */
export const PortalSyncOutcomeSchema = z.strictObject({
  dossierCode: DossierCodeSchema,
  /** The gateway exchange that carried the sync (MaGiaoDich). */
  exchangeId: CodeSchema,
  service: z.enum(['dossier', 'progress']),
  synced: z.boolean(),
  errorCode: z.string().optional(),
  message: z.string().optional(),
  /** When the portal answered. */
  at: InstantSchema,
});
export type PortalSyncOutcome = z.infer<typeof PortalSyncOutcomeSchema>;
