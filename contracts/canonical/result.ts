// A result document of a dossier (DanhSachGiayToKetQua, plus the local HoSo result metadata).
import { z } from 'zod';
import { CalendarDateSchema, CodeSchema, HttpUrlSchema, TextSchema } from './scalars.ts';

export const ResultAttachmentSchema = z.strictObject({
  /** TenTep: file name. */
  name: TextSchema.optional(),
  /** DuongDan / DinhKemKetQua (one of the ##-separated paths): where the file is. */
  url: TextSchema,
});
export type ResultAttachment = z.infer<typeof ResultAttachmentSchema>;

export const ResultSchema = z.strictObject({
  /** TenGiayTo: result document name. */
  name: TextSchema,
  /** MaGiayToKetQua / MaKetQua: the catalogue result code (MAKETQUA, the procedure's MaKetQuaChinh). */
  resultCode: CodeSchema.optional(),
  /** MaThanhPhanHoSo: component code the result is filed under. */
  componentCode: CodeSchema.optional(),
  /** GiayToId: the result document's id in the source system. */
  documentId: CodeSchema.optional(),
  /** DuongDanTepTinKetQua: public download URL of the result file. */
  fileUrl: HttpUrlSchema.optional(),
  /** SoKyHieuKetQua / SoKyHieu: number and symbol of the signed result, e.g. 123/GP-UBND. */
  documentNumber: TextSchema.optional(),
  /** NgayKyKetQua: signing date. */
  signedOn: CalendarDateSchema.optional(),
  /** CoQuanBanHanhKetQua: issuing agency name. */
  issuingAgency: TextSchema.optional(),
  /** DinhKemKetQua / DanhSachTepDinhKem: further files of the result. */
  attachments: z.array(ResultAttachmentSchema).optional(),
});
export type Result = z.infer<typeof ResultSchema>;
