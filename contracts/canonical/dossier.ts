// A dossier (hồ sơ): the DVCQG DongBoHoSoMC record merged with the local one-stop HoSo fields.
import { z } from 'zod';
import { DossierCodeSchema } from '../validators/dossier-code.ts';
import { EmailSchema } from '../validators/email.ts';
import { PhoneNumberSchema } from '../validators/phone-number.ts';
import { addValidationIssues } from '../validators/validation-result.ts';
import { LeveledAdminUnitSchema } from './admin-unit-ref.ts';
import { AgencySchema } from './agency.ts';
import { ApplicantSchema } from './applicant.ts';
import { DocumentSchema } from './document.ts';
import { Channel, DossierStatus, ReturnMethod, ServiceLevel } from './enums.ts';
import { FeeSchema } from './fee.ts';
import { PaperItemSchema } from './paper-item.ts';
import { ResultSchema } from './result.ts';
import { CodeSchema, InstantSchema, NationalProcedureCodeSchema, TextSchema } from './scalars.ts';
import { SectorSchema } from './sector.ts';
import { SupplementSchema } from './supplement.ts';

export const DossierProcedureRefSchema = z.strictObject({
  /** MaTTHC: national procedure code. */
  code: NationalProcedureCodeSchema,
  /** MATTHCDP / local ThuTuc.MaTTHC: the local variant code, e.g. 1.001776.000.00.00.H56. */
  localCode: CodeSchema.optional(),
  /** TenTTHC: procedure name. */
  name: TextSchema.optional(),
});
export type DossierProcedureRef = z.infer<typeof DossierProcedureRefSchema>;

export const DossierDatesSchema = z.strictObject({
  /** NgayNopHoSo: submitted by the applicant. */
  submittedAt: InstantSchema,
  /** NgayTiepNhan: received by the one-stop desk. */
  receivedAt: InstantSchema.optional(),
  /** NgayHenTra: appointed return date (some dossiers have none). */
  dueAt: InstantSchema.optional(),
  /** NgayTra: result returned (on time iff ≤ dueAt). */
  returnedAt: InstantSchema.optional(),
  /** NgayKetThucXuLy: processing finished. */
  finishedAt: InstantSchema.optional(),
  /** NgayTuChoi: rejected. */
  rejectedAt: InstantSchema.optional(),
});
export type DossierDates = z.infer<typeof DossierDatesSchema>;

export const DossierContactSchema = z.strictObject({
  /** Email: contact e-mail. */
  email: EmailSchema.optional(),
  /** SoDienThoai: contact phone, normalised 0…. */
  phone: PhoneNumberSchema.optional(),
  /** Fax: fax number, as given. */
  fax: TextSchema.optional(),
  /** ThongTinKhac: other contact information. */
  other: TextSchema.optional(),
});
export type DossierContact = z.infer<typeof DossierContactSchema>;

export const DossierSchema = z
  .strictObject({
    /** MaHoSo: <agency e-ID>-<yyMMdd>-<sequence>. */
    code: DossierCodeSchema,
    /** MaHoSoKhac: substitute code synced when the real one lacks the province prefix. */
    substituteCode: CodeSchema.optional(),
    /** MaTTHC, MATTHCDP, TenTTHC: the procedure. */
    procedure: DossierProcedureRefSchema,
    /** MaLinhVuc, TenLinhVuc: the sector. */
    sector: SectorSchema.optional(),
    /** SoBienNhan: receipt number. */
    receiptNumber: CodeSchema.optional(),
    /** KenhThucHien: 1 in person, 2 online, 3 public postal service. */
    channel: Channel,
    /** MucDo: service level. */
    serviceLevel: ServiceLevel.optional(),
    /** ChuHoSo, SoGiayToChuHoSo, LoaiDoiTuong, DinhDanhCHS, MaDoiTuong: the owner. */
    owner: ApplicantSchema,
    /** NguoiUyQuyen (local HoSo): the authorised person who submitted for the owner. */
    submitter: ApplicantSchema.optional(),
    /** Email, SoDienThoai, Fax, ThongTinKhac: contact for this dossier. */
    contact: DossierContactSchema.optional(),
    /** TrichYeuHoSo: summary (the portal keeps ≤1000 characters; mappings truncate). */
    summary: TextSchema.optional(),
    /** NgayNopHoSo, NgayTiepNhan, NgayHenTra, NgayTra, NgayKetThucXuLy, NgayTuChoi. */
    dates: DossierDatesSchema,
    /** TrangThaiHoSo: status 1–10. */
    status: DossierStatus,
    /** DonViXuLy (+ MaDinhDanh): the processing agency. */
    processingAgency: AgencySchema.optional(),
    /** HoSo receiving unit and its tier (CapThucHien): where the dossier was received. */
    receivingUnit: LeveledAdminUnitSchema,
    /** TaiLieuNop: submitted components. */
    documents: z.array(DocumentSchema),
    /** DanhSachTepDinhKemKhac: paper-only items. */
    paperItems: z.array(PaperItemSchema).optional(),
    /** DanhSachLePhi: fees. */
    fees: z.array(FeeSchema),
    /** DanhSachGiayToKetQua: results. */
    results: z.array(ResultSchema),
    /** DanhSachHoSoBoSung: supplement rounds. */
    supplements: z.array(SupplementSchema),
    /** HinhThuc: how the result is returned. */
    returnMethod: ReturnMethod.optional(),
    /** ThongTinTra: return details (e.g. postal address). */
    returnInfo: TextSchema.optional(),
    /** GhiChu: note. */
    note: TextSchema.optional(),
    /** HoSoCoThanhPhanSoHoa: at least one component is digitized. */
    hasDigitizedComponents: z.boolean(),
    /** TrangThaiSoHoa / DinhKemKetQua (local HoSo): the result has been digitized. */
    resultDigitized: z.boolean().optional(),
    /** TaiKhoanDuocXacThucVoiVNeID: the applicant's account is verified with VNeID. */
    vneidVerified: z.boolean().optional(),
    /** DuocThanhToanTrucTuyen: fees were paid online. */
    paidOnline: z.boolean().optional(),
    /** DSKetNoiCSDL[].MaCSDL: national databases consulted. */
    databasesConsulted: z.array(CodeSchema).optional(),
  })
  .superRefine((dossier, ctx) => {
    const anyDigitized = dossier.documents.some((d) => d.digitizationState !== 'not_digitized');
    if (anyDigitized && !dossier.hasDigitizedComponents) {
      addValidationIssues(
        ctx,
        [
          {
            code: 'dossier.digitized_flag_inconsistent',
            message: 'A component is digitized but hasDigitizedComponents is false',
          },
        ],
        ['hasDigitizedComponents'],
      );
    }
  });
export type Dossier = z.infer<typeof DossierSchema>;
