// Education sector mappings (GiaoDucService, SOAP): dossiers out and back, result lookups.
export {
  DOSSIER_TO_EDUCATION_ID,
  dossierToEducation,
  dossierToEducationCoverage,
} from './dossier-to-education.ts';
export {
  EDUCATION_TO_DOSSIER_ID,
  educationToDossier,
  educationToDossierCoverage,
} from './education-to-dossier.ts';
export {
  EDUCATION_SECTOR_CODE_RE,
  type EducationDossier,
  EducationDossierSchema,
  educationProjectionOf,
  sendableDocuments,
} from './projection.ts';
export {
  EDUCATION_RESULT_TO_CANONICAL_ID,
  type EducationResultState,
  EducationResultStateSchema,
  educationResultToCanonical,
  educationResultToCanonicalCoverage,
} from './result-to-canonical.ts';
export { calendarDate, vietnamInstant } from './soap-values.ts';
