// National portal (Cổng DVCQG) mappings: dossiers both ways, progress both ways, TraCuuHoSo, the catalogue.
export {
  agencyEIdOf,
  belongsToProvince,
  checkProvinceSuffix,
  PROVINCE_SUFFIX_PATTERN,
  type ProvinceOptions,
  portalDossierCode,
} from './dossier-code-prefix.ts';
export {
  CANONICAL_DOSSIER_FIELDS_NOT_CARRIED,
  PORTAL_DOSSIER_IGNORED_FIELDS,
  PORTAL_DOSSIER_MAPPED_FIELDS,
} from './dossier-coverage.ts';
export {
  createDossierToPortalMapping,
  DOSSIER_TO_PORTAL_ID,
  dossierToPortalCoverage,
  type PortalDossierOut,
} from './dossier-to-portal.ts';
export {
  type DossierLookupResult,
  DossierLookupResultSchema,
  isUpdatingFor,
  LOOKUP_TO_CANONICAL_ID,
  lookupToCanonical,
  lookupToCanonicalCoverage,
} from './lookup-result.ts';
export {
  createPortalToDossierMapping,
  PORTAL_TO_DOSSIER_ID,
  type PortalToDossierOptions,
  portalToDossierCoverage,
} from './portal-to-dossier.ts';
export {
  DOSSIER_STATUS_LABELS,
  PORTAL_TO_PROGRESS_ID,
  portalToProgress,
  portalToProgressCoverage,
} from './portal-to-progress.ts';
export {
  PROCEDURE_TO_CANONICAL_ID,
  procedureToCanonical,
  procedureToCanonicalCoverage,
} from './procedure-from-portal.ts';
export {
  PROCEDURE_SUMMARY_TO_CANONICAL_ID,
  type ProcedureSummary,
  ProcedureSummarySchema,
  procedureSummaryToCanonical,
  procedureSummaryToCanonicalCoverage,
} from './procedure-summary-from-portal.ts';
export {
  DEFAULT_NGUOI_XU_LY,
  PROGRESS_TO_PORTAL_ID,
  progressBatches,
  progressToPortal,
  progressToPortalCoverage,
} from './progress-to-portal.ts';
export {
  createReceivingUnitResolver,
  type ReceivingUnitEntry,
  type ReceivingUnitResolver,
} from './receiving-unit.ts';
