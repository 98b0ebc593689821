// A submitted dossier component (TaiLieuNop / ThanhPhanHoSo) with its digitization state.
import { z } from 'zod';
import { DigitizationState } from './enums.ts';
import { CodeSchema, HttpUrlSchema, TextSchema } from './scalars.ts';

export const DocumentSchema = z.strictObject({
  /** ThanhPhanHoSo.Ten / TenTepDinhKem: the component's name, else the file's. */
  name: TextSchema,
  /** TepDinhKemId: the file's id in the source system. */
  fileId: CodeSchema.optional(),
  /** TenTepDinhKem: the file name. */
  fileName: TextSchema.optional(),
  /** MaThanhPhanHoSo: component code within the dossier. */
  componentCode: CodeSchema.optional(),
  /** ThanhPhanHoSo.MaGiayTo: catalogue paper code (MAGIAYTO). */
  paperCode: CodeSchema.optional(),
  /** DuongDanTaiTepTin: public download URL (files are never sent inline). */
  downloadUrl: HttpUrlSchema.optional(),
  /** IsDeleted: the file was withdrawn from the dossier. */
  deleted: z.boolean().optional(),
  /** TrangThaiSoHoa (→ DuocSoHoa, DuocTaiSuDung): 0 not digitized, 1 digitized, 2 reused, 3 reused from another dossier's result. */
  digitizationState: DigitizationState,
  /** DuocLayTuKhoDMQG / DuocLayTuKhoDMQuocGia: taken from the national document store. */
  fromNationalStore: z.boolean().optional(),
  /** MaKetQuaThayThe: code of the prior result that replaces this component. */
  replacingResultCode: CodeSchema.optional(),
  /** MaGiayToSoHoa: code of the digitized paper (GiayToSoHoa.Ma) reused here. */
  digitizedPaperCode: CodeSchema.optional(),
  /** SoBanChinh: number of originals submitted. */
  originalCount: z.number().int().nonnegative().optional(),
  /** SoBanSao: number of copies submitted. */
  copyCount: z.number().int().nonnegative().optional(),
});
export type Document = z.infer<typeof DocumentSchema>;
