// A citizen applicant: the CSDL dân cư CongDan record, DVCQG SSO userinfo and the dossier owner fields.
import { z } from 'zod';
import { EmailSchema } from '../validators/email.ts';
import { LegacyIdSchema } from '../validators/legacy-id.ts';
import { PersonalIdSchema, validatePersonalId } from '../validators/personal-id.ts';
import { PhoneNumberSchema } from '../validators/phone-number.ts';
import { addValidationIssues } from '../validators/validation-result.ts';
import { AddressSchema } from './address.ts';
import { Sex } from './enums.ts';
import { PersonRefSchema } from './person-ref.ts';
import { CalendarDateSchema, CodeSchema, TextSchema } from './scalars.ts';

export const PersonNamePartsSchema = z.strictObject({
  /** HoVaTen.Ho: family name. */
  family: TextSchema,
  /** HoVaTen.ChuDem: middle name(s). */
  middle: TextSchema.optional(),
  /** HoVaTen.Ten: given name. */
  given: TextSchema,
});
export type PersonNameParts = z.infer<typeof PersonNamePartsSchema>;

export const CitizenSchema = z
  .strictObject({
    /** LoaiDoiTuong 1 (Công dân): a citizen. */
    kind: z.literal('citizen'),
    /** HoVaTen / ChuHoSo / NguoiUyQuyen: full name. */
    fullName: TextSchema,
    /** HoVaTen{Ho, ChuDem, Ten}: the name split as CSDL dân cư gives it. */
    nameParts: PersonNamePartsSchema.optional(),
    /** SoDinhDanh (LoaiDinhDanh "1"): 12-digit personal ID. */
    personalId: PersonalIdSchema.optional(),
    /** SoCMND (LoaiDinhDanh "2"): legacy 9-digit ID card number. */
    legacyId: LegacyIdSchema.optional(),
    /** HoChieu: passport number. */
    passportNumber: CodeSchema.optional(),
    /** NgayThangNamSinh.NgayThangNam: date of birth. */
    birthDate: CalendarDateSchema.optional(),
    /** NgayThangNamSinh.Nam: year of birth (some records know only the year). */
    birthYear: z.number().int().min(1800).max(2399).optional(),
    /** GioiTinh: sex. */
    sex: Sex.optional(),
    /** TechID / MaDoiTuong: DVCQG account technical id. */
    techId: CodeSchema.optional(),
    /** MaSoThue: personal tax code. */
    taxCode: CodeSchema.optional(),
    /** MaBHXH: social-insurance number. */
    socialInsuranceNumber: CodeSchema.optional(),
    /** DanToc: ethnicity. */
    ethnicity: TextSchema.optional(),
    /** TonGiao: religion. */
    religion: TextSchema.optional(),
    /** QuocTich: nationality. */
    nationality: TextSchema.optional(),
    /** TinhTrangHonNhan: marital status. */
    maritalStatus: TextSchema.optional(),
    /** NhomMau: blood group. */
    bloodGroup: TextSchema.optional(),
    /** ThuDienTu / Email: e-mail. */
    email: EmailSchema.optional(),
    /** SoDienThoai: phone, normalised 0…. */
    phone: PhoneNumberSchema.optional(),
    /** NoiDangKyKhaiSinh: where the birth was registered. */
    birthRegistrationPlace: AddressSchema.optional(),
    /** QueQuan: home town. */
    hometown: AddressSchema.optional(),
    /** ThuongTru: permanent residence. */
    permanentAddress: AddressSchema.optional(),
    /** NoiOHienTai / NoiOHienNay: current residence. */
    currentAddress: AddressSchema.optional(),
    /** Cha: father. */
    father: PersonRefSchema.optional(),
    /** Me: mother. */
    mother: PersonRefSchema.optional(),
    /** VoChong: spouse. */
    spouse: PersonRefSchema.optional(),
    /** NguoiDaiDien: legal representative. */
    representative: PersonRefSchema.optional(),
    /** ChuHo{QuanHe, SoDinhDanh, SoCMND, HoVaTen}: household head and relationship to them. */
    householdHead: PersonRefSchema.optional(),
    /** SoSoHoKhau: household-register number. */
    householdRegisterNumber: CodeSchema.optional(),
  })
  .superRefine((citizen, ctx) => {
    const { personalId, birthDate, birthYear, sex } = citizen;
    if (
      birthDate !== undefined &&
      birthYear !== undefined &&
      Number(birthDate.slice(0, 4)) !== birthYear
    ) {
      addValidationIssues(
        ctx,
        [
          {
            code: 'citizen.birth_year_mismatch',
            message: 'The birth year differs from the birth date',
          },
        ],
        ['birthYear'],
      );
    }
    if (personalId === undefined) return;
    // The structure is checked by PersonalIdSchema; here only agreement with the holder's facts.
    const check = validatePersonalId(personalId, {
      ...(birthDate !== undefined && { birthDate }),
      ...(birthYear !== undefined && { birthYear }),
      ...(sex !== undefined && { sex }),
    });
    if (!check.ok) {
      const crossChecks = check.issues.filter((i) => i.code.endsWith('_mismatch'));
      addValidationIssues(ctx, crossChecks, ['personalId']);
    }
  });
export type Citizen = z.infer<typeof CitizenSchema>;
