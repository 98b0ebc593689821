// A sector system's answer for one dossier: its results and the dossier's status change (no canonical type has it).
import { z } from 'zod';
import { DossierStatus } from '../../contracts/canonical/enums.ts';
import { ResultSchema } from '../../contracts/canonical/result.ts';
import { CodeSchema, InstantSchema, TextSchema } from '../../contracts/canonical/scalars.ts';
import { DossierCodeSchema } from '../../contracts/validators/dossier-code.ts';

/**
 * Built only from canonical parts. `exchangeId` is the gateway exchange the answer travels in
 * (MaGiaoDich: lets the one-stop drop a redelivered push); `sourceSystem` the connector id of the
 * sector system (HeThongNguon), e.g. 'health'.
 */
export const DossierResultUpdateSchema = z.strictObject({
  dossierCode: DossierCodeSchema,
  exchangeId: CodeSchema,
  sourceSystem: CodeSchema,
  /** The dossier's status after the answer. */
  status: DossierStatus,
  /** NgayTra: result returned. */
  returnedAt: InstantSchema.optional(),
  /** NgayKetThucXuLy: processing finished. */
  finishedAt: InstantSchema.optional(),
  results: z.array(ResultSchema),
  /** GhiChu: note on the answer. */
  note: TextSchema.optional(),
});
export type DossierResultUpdate = z.infer<typeof DossierResultUpdateSchema>;
