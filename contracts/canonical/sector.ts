// A field of administration (lĩnh vực) a procedure belongs to.
import { z } from 'zod';
import { CodeSchema, TextSchema } from './scalars.ts';

export const SectorSchema = z.strictObject({
  /** MALINHVUC / MaLinhVuc: sector code, e.g. G03-GD10. */
  code: CodeSchema,
  /** TENLINHVUC / TenLinhVuc: sector name. */
  name: TextSchema,
});
export type Sector = z.infer<typeof SectorSchema>;
