// Canonical birth-registration records for the health link-up; contracts/canonical has none, so they live here.
import { z } from 'zod';
import { AddressSchema } from '../../contracts/canonical/address.ts';
import { DossierSchema } from '../../contracts/canonical/dossier.ts';
import { Sex } from '../../contracts/canonical/enums.ts';
import {
  CalendarDateSchema,
  CodeSchema,
  InstantSchema,
  NationalProcedureCodeSchema,
  TextSchema,
} from '../../contracts/canonical/scalars.ts';
import { DossierCodeSchema } from '../../contracts/validators/dossier-code.ts';
import { EmailSchema } from '../../contracts/validators/email.ts';

/** *LoaiGiayToTuyThan "1" CCCD, "2" CMND, "3" passport (contracts/wire/health [I]). */
export const IdentityDocumentSchema = z.strictObject({
  kind: z.enum(['personal_id', 'legacy_id', 'passport']),
  number: CodeSchema,
});
export type IdentityDocument = z.infer<typeof IdentityDocumentSchema>;

/** A parent as a birth registration names them (me* / cha*). */
export const BirthParentSchema = z.strictObject({
  fullName: TextSchema,
  birthDate: CalendarDateSchema.optional(),
  /** *DanToc: ethnicity code, e.g. "01" Kinh. */
  ethnicityCode: CodeSchema.optional(),
  /** *QuocTich: nationality code, e.g. "VN". */
  nationalityCode: CodeSchema.optional(),
  /** *NoiCuTru: residence. */
  residence: AddressSchema.optional(),
  idDocument: IdentityDocumentSchema.optional(),
});
export type BirthParent = z.infer<typeof BirthParentSchema>;

/** The facts of one birth to register (the hoTich record), minus the requester (the dossier owner). */
export const BirthRegistrationSchema = z.strictObject({
  /** maGCS, ngayCapGCS: the birth certificate (giấy chứng sinh) the health facility issued. */
  certificate: z.strictObject({ code: CodeSchema, issuedOn: CalendarDateSchema }),
  /** loaiDangKy: registration kind code (code list not published). */
  registrationKindCode: CodeSchema.optional(),
  /** noiDangKy: the civil-status office. */
  registrationOffice: TextSchema,
  /** soLuongBanSao: copies requested. */
  copies: z.number().int().nonnegative().optional(),
  child: z.strictObject({
    fullName: TextSchema,
    sex: Sex,
    birthDate: CalendarDateSchema,
    /** nksNgaySinhBangChu: the birth date in words, as written on the certificate. */
    birthDateInWords: TextSchema.optional(),
    birthPlace: AddressSchema,
    hometown: AddressSchema.optional(),
    ethnicityCode: CodeSchema,
    nationalityCode: CodeSchema,
  }),
  /** The mother must be identified; the father may be unknown. */
  mother: BirthParentSchema.required({ birthDate: true, idDocument: true }),
  father: BirthParentSchema.optional(),
  /** nycQuanHe: how the requester (the dossier owner) is related to the child, e.g. "Mẹ". */
  requesterRelationship: TextSchema,
});
export type BirthRegistration = z.infer<typeof BirthRegistrationSchema>;

/** A file sent inline (fileDinhKem); the connector fetches document URLs and fills these. */
export const HealthAttachmentSchema = z.strictObject({
  id: z.number().int().optional(),
  /** loaiGiayTo: paper kind code (int). */
  paperKind: z.number().int(),
  name: TextSchema,
  fileName: TextSchema,
  contentBase64: z.base64(),
  /** huyGiayTo 1: the paper is withdrawn [I]. */
  withdrawn: z.boolean().optional(),
});
export type HealthAttachment = z.infer<typeof HealthAttachmentSchema>;

/** Input of the submission mapping: the dossier, the birth facts, the files. */
export const BirthSubmissionInputSchema = z.strictObject({
  dossier: DossierSchema,
  birth: BirthRegistrationSchema,
  attachments: z.array(HealthAttachmentSchema),
});
export type BirthSubmissionInput = z.infer<typeof BirthSubmissionInputSchema>;

/** The requester as the submission carries them (nyc*). */
export const BirthRequesterSchema = z.strictObject({
  fullName: TextSchema,
  idDocument: IdentityDocumentSchema,
  phone: TextSchema.optional(),
  email: EmailSchema.optional(),
});

/**
 * What a health submission carries back: the dossier's identity and requester, the birth facts
 * and the files. Addresses come back with the list version the tiers imply and list names.
 */
export const BirthSubmissionSchema = z.strictObject({
  dossier: z.strictObject({
    code: DossierCodeSchema,
    procedureCode: NationalProcedureCodeSchema,
    receivedAt: InstantSchema,
    healthUnit: z.number().int().nonnegative(),
    techId: CodeSchema.optional(),
    requester: BirthRequesterSchema,
  }),
  birth: BirthRegistrationSchema,
  attachments: z.array(HealthAttachmentSchema),
});
export type BirthSubmission = z.infer<typeof BirthSubmissionSchema>;
