// An administrative procedure (TTHC) from the national catalogue (LayThuTuc) and the local ThuTuc record.
import { z } from 'zod';
import { AgencySchema } from './agency.ts';
import { Channel, ServiceLevel } from './enums.ts';
import { CodeSchema, HttpUrlSchema, NationalProcedureCodeSchema, TextSchema } from './scalars.ts';
import { SectorSchema } from './sector.ts';

export const ProcedureFeeSchema = z.strictObject({
  /** MAPHILEPHI: fee code. */
  code: CodeSchema.optional(),
  /** SOTIEN: amount in `unit` — VND unless DONVI says otherwise (a fee can be a percentage). */
  amount: z.number().nonnegative(),
  /** DONVI: unit of the amount, as written by the catalogue. */
  unit: TextSchema.optional(),
  /** MOTA: description. */
  description: TextSchema.optional(),
});
export type ProcedureFee = z.infer<typeof ProcedureFeeSchema>;

export const ProcedureTimingSchema = z.strictObject({
  /** THOIGIANGIAIQUYET: processing time, in `unit`. */
  duration: z.number().int().nonnegative(),
  /** DONVITINH: unit of the processing time, e.g. "Ngày làm việc". */
  unit: TextSchema,
  /** MOTA: description. */
  description: TextSchema.optional(),
  /** PHILEPHI: fees charged on this channel. */
  fees: z.array(ProcedureFeeSchema),
});
export type ProcedureTiming = z.infer<typeof ProcedureTimingSchema>;

export const ProcedureChannelSchema = z.strictObject({
  /** KENH: 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích. */
  channel: Channel,
  /** THOIGIAN: processing time(s) and fees on this channel. */
  timings: z.array(ProcedureTimingSchema),
});
export type ProcedureChannel = z.infer<typeof ProcedureChannelSchema>;

export const ProcedureStepGroupSchema = z.strictObject({
  /** TRUONGHOP: the case these steps apply to. */
  case: TextSchema.optional(),
  /** TRINHTU[].TENTRINHTU: the steps, in order. */
  steps: z.array(TextSchema),
});
export type ProcedureStepGroup = z.infer<typeof ProcedureStepGroupSchema>;

export const ProcedureComponentSchema = z.strictObject({
  /** MAGIAYTO: component (paper) code. */
  code: CodeSchema.optional(),
  /** TENGIAYTO: component name. */
  name: TextSchema,
  /** TENMAUDON: name of the form template. */
  templateName: TextSchema.optional(),
  /** URL: download link of the form template. */
  templateUrl: HttpUrlSchema.optional(),
});
export type ProcedureComponent = z.infer<typeof ProcedureComponentSchema>;

export const ProcedureResultSchema = z.strictObject({
  /** MAKETQUA: result code (what a dossier's MaGiayToKetQua refers to). */
  code: CodeSchema.optional(),
  /** TENKETQUA: result name. */
  name: TextSchema,
});
export type ProcedureResult = z.infer<typeof ProcedureResultSchema>;

export const LegalBasisSchema = z.strictObject({
  /** SOVANBAN: document number, e.g. 123/2021/NĐ-CP. */
  number: TextSchema,
  /** TENVANBAN: document title. */
  title: TextSchema,
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

export const ProcedureSchema = z.strictObject({
  /** MATTHC: national procedure code, e.g. 1.001776. */
  code: NationalProcedureCodeSchema,
  /** TENTTHC: procedure name. */
  name: TextSchema,
  /** MATTHCDP: local variant code, e.g. 1.001776.000.00.00.H56. */
  localCode: CodeSchema.optional(),
  /** IDQG (local ThuTuc): the catalogue's internal id. */
  nationalId: CodeSchema.optional(),
  /** LINHVUCTHUCHIEN: sectors. */
  sectors: z.array(SectorSchema),
  /** TRINHTUTHUCHIEN: steps, per case. */
  steps: z.array(ProcedureStepGroupSchema),
  /** CACHTHUCTHUCHIEN: channels with processing times and fees. */
  channels: z.array(ProcedureChannelSchema),
  /** THANHPHANHOSO[].GIAYTO: components an applicant submits. */
  components: z.array(ProcedureComponentSchema),
  /** DOITUONGTHUCHIEN[].TENDOITUONG: who may apply. */
  applicantTypes: z.array(TextSchema),
  /** MOTADOITUONGTHUCHIEN: description of who may apply. */
  applicantDescription: TextSchema.optional(),
  /** YEUCAU: conditions. */
  requirements: TextSchema.optional(),
  /** KETQUATHUCHIEN: result documents. */
  results: z.array(ProcedureResultSchema),
  /** CANCUPHAPLY: legal basis. */
  legalBasis: z.array(LegalBasisSchema),
  /** COQUANTHUCHIEN: implementing agencies. */
  agencies: z.array(AgencySchema),
  /** TRANGTHAI: 1 = published; anything else is treated as not public. */
  published: z.boolean(),
  /** MucDo (local ThuTuc): service level. */
  serviceLevel: ServiceLevel.optional(),
  /** CapThucHien (local ThuTuc): implementation-level code. */
  implementationLevelCode: CodeSchema.optional(),
  /** LoaiTTHC (local ThuTuc): procedure-type code. */
  typeCode: CodeSchema.optional(),
  /** LienThong (local ThuTuc): the procedure is interconnected across agencies. */
  interconnected: z.boolean().optional(),
  /** ThuTucKhongCoKetQua (local ThuTuc): the procedure produces no result document. */
  hasNoResult: z.boolean().optional(),
  /** MaKetQuaChinh (local ThuTuc): code of the main result (MAKETQUA). */
  mainResultCode: CodeSchema.optional(),
  /** QuyetDinhCongBo (local ThuTuc): the publishing decision. */
  publishingDecision: TextSchema.optional(),
});
export type Procedure = z.infer<typeof ProcedureSchema>;
