// A fee or charge on a dossier (DanhSachLePhi / PhiLePhi).
import { z } from 'zod';
import { CodeSchema, TextSchema, VndSchema } from './scalars.ts';

export const FeeSchema = z.strictObject({
  /** TenPhiLePhi: fee name. */
  name: TextSchema,
  /** MaPhiLePhi: fee code. */
  code: CodeSchema.optional(),
  /** Gia / SoTien: amount in VND. */
  amount: VndSchema,
  /** LoaiPhiLePhi: fee kind code (phí / lệ phí; code list not published). */
  kindCode: CodeSchema.optional(),
  /** HinhThucThu: collection-method code (code list not published). */
  collectionMethodCode: CodeSchema.optional(),
  /** TrangThai "Đã thanh toán": the fee has been paid. */
  paid: z.boolean().optional(),
});
export type Fee = z.infer<typeof FeeSchema>;
