// A person named inside a citizen record (parent, spouse, representative, household head).
import { z } from 'zod';
import { LegacyIdSchema } from '../validators/legacy-id.ts';
import { PersonalIdSchema } from '../validators/personal-id.ts';
import { TextSchema } from './scalars.ts';

export const PersonRefSchema = z.strictObject({
  /** HoVaTen: full name. */
  fullName: TextSchema,
  /** SoDinhDanh: 12-digit personal ID. */
  personalId: PersonalIdSchema.optional(),
  /** SoCMND: legacy 9-digit ID card number. */
  legacyId: LegacyIdSchema.optional(),
  /** QuocTich: nationality. */
  nationality: TextSchema.optional(),
  /** QuanHe (ChuHo only): relationship to the household head. */
  relationship: TextSchema.optional(),
});
export type PersonRef = z.infer<typeof PersonRefSchema>;
