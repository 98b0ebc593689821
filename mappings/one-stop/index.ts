// City one-stop mappings: dossiers both ways, progress events, result pushes, portal feedback, catalogue.
export { capTiepNhanCodes, dichVuCodes, gioiTinhCodes, hinhThucTraCodes } from './codes.ts';
export { type DossierProjection, dossierProjection } from './dossier-projection.ts';
export {
  oneStopDossierToCanonical,
  oneStopDossierToCanonicalCoverage,
} from './dossier-to-canonical.ts';
export {
  oneStopDossierToOneStop,
  oneStopDossierToOneStopCoverage,
} from './dossier-to-one-stop.ts';
export { oneStopEventToCanonical, oneStopEventToCanonicalCoverage } from './event-to-canonical.ts';
export { oneStopEventToOneStop, oneStopEventToOneStopCoverage } from './event-to-one-stop.ts';
export {
  oneStopPortalFeedbackToOneStop,
  oneStopPortalFeedbackToOneStopCoverage,
} from './portal-feedback-to-one-stop.ts';
export { type PortalSyncOutcome, PortalSyncOutcomeSchema } from './portal-sync-outcome.ts';
export { nationalCodeOf } from './procedure-code.ts';
export {
  oneStopProcedureToOneStop,
  oneStopProcedureToOneStopCoverage,
} from './procedure-to-one-stop.ts';
export {
  oneStopResultPushToCanonical,
  oneStopResultPushToCanonicalCoverage,
} from './result-push-to-canonical.ts';
export {
  oneStopResultPushToOneStop,
  oneStopResultPushToOneStopCoverage,
} from './result-push-to-one-stop.ts';
export { type DossierResultUpdate, DossierResultUpdateSchema } from './result-update.ts';
