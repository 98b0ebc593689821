// canonical results + status change → one-stop result push: what the gateway sends when a sector system answered.
import { OneStopKetQuaPushSchema } from '../../contracts/wire/one-stop/events.ts';
import { trangThaiHoSoCodes } from '../codes/dossier-status.ts';
import { lookupWireCode } from '../engine/code-table.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { defineMapping } from '../engine/define-mapping.ts';
import { resultToKetQua } from './dossier-part-fields.ts';
import { prune, toVietnamInstant } from './fields.ts';
import { DossierResultUpdateSchema } from './result-update.ts';

/** Every KetQua field is required on the wire: a result lacking one is an error at results[i]. */
export const oneStopResultPushToOneStop = defineMapping({
  id: 'one-stop.result-push.to-one-stop',
  version: 1,
  from: DossierResultUpdateSchema,
  to: OneStopKetQuaPushSchema,
  map: (update, ctx) =>
    prune({
      MaHoSo: update.dossierCode,
      MaGiaoDich: update.exchangeId,
      HeThongNguon: update.sourceSystem,
      TrangThaiHoSo: lookupWireCode(trangThaiHoSoCodes, update.status, ctx.at('status')),
      NgayTra: toVietnamInstant(update.returnedAt, ctx.at('returnedAt')),
      NgayKetThucXuLy: toVietnamInstant(update.finishedAt, ctx.at('finishedAt')),
      KetQua: update.results.map((result, i) => resultToKetQua(result, ctx.at('results').at(i))),
      GhiChu: update.note,
    }),
});

export const oneStopResultPushToOneStopCoverage = declareCoverage(OneStopKetQuaPushSchema, {
  mapped: [
    'MaHoSo',
    'MaGiaoDich',
    'HeThongNguon',
    'TrangThaiHoSo',
    'NgayTra',
    'NgayKetThucXuLy',
    'KetQua',
    'GhiChu',
  ],
  ignored: {},
});
