// An organisation applicant: an enterprise (CSDL ĐKDN GetEntCert record), a state agency or another body.
import { z } from 'zod';
import { EmailSchema } from '../validators/email.ts';
import { EnterpriseCodeSchema } from '../validators/enterprise-code.ts';
import { PhoneNumberSchema } from '../validators/phone-number.ts';
import { AddressSchema } from './address.ts';
import { CalendarDateSchema, CodeSchema, TextSchema } from './scalars.ts';

export const LegalStatusSchema = z.strictObject({
  /** MaTinhTrangPhapLy: legal-status code. */
  code: CodeSchema,
  /** TinhTrangPhapLy: legal-status name, e.g. "Đang hoạt động". */
  name: TextSchema.optional(),
  /** NgayBatDauTamNgung: start of a suspension. */
  suspendedFrom: CalendarDateSchema.optional(),
  /** NgayKetThucTamNgung: end of a suspension. */
  suspendedUntil: CalendarDateSchema.optional(),
  /** LyDoTamNgung: reason for the suspension. */
  suspensionReason: TextSchema.optional(),
});
export type LegalStatus = z.infer<typeof LegalStatusSchema>;

export const LegalRepresentativeSchema = z.strictObject({
  /** ThongTinCaNhan.HoVaTen: full name. */
  fullName: TextSchema,
  /** MaLoaiGiayToChungThuc: identity-document type code. */
  idDocumentTypeCode: CodeSchema.optional(),
  /** SoGiayChungThuc: identity-document number (any kind: ID card, passport …). */
  idDocumentNumber: CodeSchema.optional(),
  /** NgayCap: issue date of the identity document. */
  idDocumentIssuedOn: CalendarDateSchema.optional(),
  /** NoiCap: issuing authority. */
  idDocumentIssuedBy: TextSchema.optional(),
  /** MaQuocTich: nationality code. */
  nationalityCode: CodeSchema.optional(),
});
export type LegalRepresentative = z.infer<typeof LegalRepresentativeSchema>;

export const BusinessLineSchema = z.strictObject({
  /** MaNganh: industry code (VSIC). */
  code: CodeSchema,
  /** TenNganh: industry name. */
  name: TextSchema.optional(),
  /** LaNganhChinh: 1 = the main line. */
  main: z.boolean(),
});
export type BusinessLine = z.infer<typeof BusinessLineSchema>;

export const OrganizationSchema = z.strictObject({
  /** LoaiDoiTuong 2/3/4: enterprise, state agency, other organisation. */
  kind: z.enum(['enterprise', 'state_agency', 'other_organization']),
  /** TenTiengViet / ChuHoSo / TenDoanhNghiep: Vietnamese name. */
  name: TextSchema,
  /** MaSoDoanhNghiep (= tax code; SoGiayToChuHoSo): 10 digits, or 10-3 for a dependent unit. */
  enterpriseCode: EnterpriseCodeSchema.optional(),
  /** MaNoiBo: the registry's internal id. */
  internalId: CodeSchema.optional(),
  /** SoGCNDKKD: business-registration certificate number. */
  registrationCertificateNumber: CodeSchema.optional(),
  /** MaLoaiHinhDN: enterprise-type code. */
  typeCode: CodeSchema.optional(),
  /** LoaiHinhDN: enterprise-type name. */
  typeName: TextSchema.optional(),
  /** TenNuocNgoai: foreign-language name. */
  foreignName: TextSchema.optional(),
  /** TenVietTat: abbreviated name. */
  shortName: TextSchema.optional(),
  /** NgayDangKyLanDau: first registration date. */
  firstRegisteredOn: CalendarDateSchema.optional(),
  /** NgayDangKyThayDoi: date of the latest change of registration. */
  lastChangedOn: CalendarDateSchema.optional(),
  /** SoLanDangKyThayDoi: number of registration changes. */
  changeCount: z.number().int().nonnegative().optional(),
  /** TinhTrangPhapLy: legal status(es). */
  legalStatuses: z.array(LegalStatusSchema).optional(),
  /** DaiDienPhapLuat[].ThongTinCaNhan: legal representatives. */
  legalRepresentatives: z.array(LegalRepresentativeSchema).optional(),
  /** DiaChiTruSo: head-office address. */
  headOffice: AddressSchema.optional(),
  /** NganhNgheKinhDoanh: business lines. */
  businessLines: z.array(BusinessLineSchema).optional(),
  /** TechID / MaDoiTuong: DVCQG account technical id. */
  techId: CodeSchema.optional(),
  /** Email: contact e-mail. */
  email: EmailSchema.optional(),
  /** SoDienThoai: contact phone, normalised 0…. */
  phone: PhoneNumberSchema.optional(),
});
export type Organization = z.infer<typeof OrganizationSchema>;
