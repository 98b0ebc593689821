// A state agency: implementing agency of a procedure, or the unit processing a dossier.
import { z } from 'zod';
import { AgencyEIdSchema } from '../validators/agency-eid.ts';
import { CodeSchema, TextSchema } from './scalars.ts';

export const AgencySchema = z.strictObject({
  /** MADONVI (LayDanhMucCoQuan, COQUANTHUCHIEN): the national catalogue's agency code. */
  code: CodeSchema.optional(),
  /** MaDinhDanh / MaDinhDanhDV: electronic ID, e.g. 000.00.00.H56. */
  eId: AgencyEIdSchema.optional(),
  /** TENDONVI / DonViXuLy: agency name. */
  name: TextSchema,
  /** CAPDONVI: the catalogue's agency-level code (code list not published). */
  levelCode: CodeSchema.optional(),
});
export type Agency = z.infer<typeof AgencySchema>;
