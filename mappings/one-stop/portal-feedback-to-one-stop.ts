// The portal's verdict on a sync → one-stop portal feedback (PhanHoiDVCQG), called back into the one-stop.
import { OneStopPhanHoiDVCQGSchema } from '../../contracts/wire/one-stop/events.ts';
import { lookupWireCode } from '../engine/code-table.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { defineMapping } from '../engine/define-mapping.ts';
import { dichVuCodes } from './codes.ts';
import { prune, toVietnamInstant } from './fields.ts';
import { PortalSyncOutcomeSchema } from './portal-sync-outcome.ts';

/** MaLoi and ThongBao are not normalised or cut: operators match them against the portal's logs. */
export const oneStopPortalFeedbackToOneStop = defineMapping({
  id: 'one-stop.portal-feedback.to-one-stop',
  version: 1,
  from: PortalSyncOutcomeSchema,
  to: OneStopPhanHoiDVCQGSchema,
  map: (outcome, ctx) =>
    prune({
      MaHoSo: outcome.dossierCode,
      MaGiaoDich: outcome.exchangeId,
      DichVu: lookupWireCode(dichVuCodes, outcome.service, ctx.at('service')),
      TrangThaiDongBoDVC: outcome.synced ? '1' : '0',
      MaLoi: outcome.errorCode,
      ThongBao: outcome.message,
      ThoiDiem: toVietnamInstant(outcome.at, ctx.at('at')),
    }),
});

export const oneStopPortalFeedbackToOneStopCoverage = declareCoverage(OneStopPhanHoiDVCQGSchema, {
  mapped: ['MaHoSo', 'MaGiaoDich', 'DichVu', 'TrangThaiDongBoDVC', 'MaLoi', 'ThongBao', 'ThoiDiem'],
  ignored: {},
});
