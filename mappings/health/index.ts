// Health sector mappings: birth-registration submissions both ways, result queries, birth-certificate lookups.
export {
  type BirthParent,
  BirthParentSchema,
  type BirthRegistration,
  BirthRegistrationSchema,
  BirthRequesterSchema,
  type BirthSubmission,
  type BirthSubmissionInput,
  BirthSubmissionInputSchema,
  BirthSubmissionSchema,
  type HealthAttachment,
  HealthAttachmentSchema,
  type IdentityDocument,
  IdentityDocumentSchema,
} from './birth-registration.ts';
export {
  BIRTH_TO_HEALTH_ID,
  createBirthToHealthMapping,
  HEALTH_BIRTH_MODULE,
  type HealthSubmissionOptions,
  requesterDocument,
} from './birth-to-health.ts';
export {
  type BirthCertificate,
  type BirthCertificateOutcome,
  BirthCertificateOutcomeSchema,
  BirthCertificateSchema,
  CERTIFICATE_TO_CANONICAL_ID,
  certificateToCanonical,
  certificateToCanonicalCoverage,
} from './certificate-to-canonical.ts';
export { HEALTH_TO_BIRTH_ID, healthToBirth } from './health-to-birth.ts';
export {
  addressToDiaChi,
  diaChiToAddress,
  healthGioiTinhCodes,
  healthLoaiGiayToCodes,
} from './health-values.ts';
export { birthSubmissionProjectionOf, healthAddressProjection } from './projection.ts';
export {
  BIRTH_CERTIFICATE_RESULT_NAME,
  HEALTH_RESULT_TO_CANONICAL_ID,
  type HealthDossierState,
  HealthDossierStateSchema,
  type HealthResultStates,
  HealthResultStatesSchema,
  healthResultToCanonical,
  healthResultToCanonicalCoverage,
  type RegisteredBirth,
  RegisteredBirthSchema,
} from './result-to-canonical.ts';
export { healthKhaiSinhCoverage, healthSubmissionCoverage } from './submission-coverage.ts';
