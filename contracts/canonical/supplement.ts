// A supplement round of a dossier (DanhSachHoSoBoSung, plus the local HoSo supplement fields).
import { z } from 'zod';
import { DocumentSchema } from './document.ts';
import { FeeSchema } from './fee.ts';
import { CodeSchema, InstantSchema, TextSchema } from './scalars.ts';

export const SupplementSchema = z.strictObject({
  /** HoSoBoSungId: id of the supplement round. */
  id: CodeSchema,
  /** NguoiYeuCauBoSung: officer who asked for the supplement. */
  requestedBy: TextSchema.optional(),
  /** NoiDungBoSung / LyDoBoSung: what must be supplied, and why. */
  content: TextSchema,
  /** NgayBoSung / NgayYeuCauBoSung: when the supplement was requested (deadlines count from here). */
  requestedAt: InstantSchema,
  /** ThoiHanBoSung: deadline for the applicant to supply it. */
  deadlineAt: InstantSchema.optional(),
  /** NguoiTiepNhanBoSung: officer who received the supplement. */
  receivedBy: TextSchema.optional(),
  /** ThongTinTiepNhan: notes on the receipt. */
  receiptInfo: TextSchema.optional(),
  /** NgayTiepNhanBoSung: when the supplement was received. */
  receivedAt: InstantSchema.optional(),
  /** TrangThaiBoSung: supplement status code (code list not published). */
  statusCode: CodeSchema.optional(),
  /** DanhSachGiayToBoSung: the papers supplied. */
  documents: z.array(DocumentSchema),
  /** DanhSachLePhiBoSung: extra fees. */
  fees: z.array(FeeSchema),
  /** NgayHenTraTruoc: the due date before this round. */
  previousDueAt: InstantSchema.optional(),
  /** NgayHenTraMoi: the due date after this round. */
  newDueAt: InstantSchema.optional(),
});
export type Supplement = z.infer<typeof SupplementSchema>;
