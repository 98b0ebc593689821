// A paper-only item handed in with a dossier, with no file (DanhSachTepDinhKemKhac).
import { z } from 'zod';
import { CodeSchema, TextSchema } from './scalars.ts';

export const PaperItemSchema = z.strictObject({
  /** TenGiayTo: name of the paper. */
  name: TextSchema,
  /** SoLuong: how many were handed in. */
  quantity: z.number().int().positive(),
  /** LoaiGiayTo: kind-of-paper code (original, copy, … — code list not published). */
  kindCode: CodeSchema.optional(),
});
export type PaperItem = z.infer<typeof PaperItemSchema>;
