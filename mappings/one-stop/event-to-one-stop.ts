// canonical DossierEvent → one-stop progress event (QuaTrinhXuLy), e.g. progress a sector system reports.
import { DossierEventSchema } from '../../contracts/canonical/dossier-event.ts';
import { OneStopQuaTrinhXuLySchema } from '../../contracts/wire/one-stop/events.ts';
import { trangThaiHoSoCodes } from '../codes/dossier-status.ts';
import { lookupWireCode } from '../engine/code-table.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { defineMapping } from '../engine/define-mapping.ts';
import { prune, toVietnamInstant } from './fields.ts';

/**
 * Lossless for every canonical field except `sequence`, which has no wire field (the one-stop
 * orders events by ThoiDiemXuLy). NguoiXuLy is required on the wire, so an event without an
 * actor name is an error rather than TH's invented "Chuyên viên".
 */
export const oneStopEventToOneStop = defineMapping({
  id: 'one-stop.event.to-one-stop',
  version: 1,
  from: DossierEventSchema,
  to: OneStopQuaTrinhXuLySchema,
  map: (event, ctx) => {
    if (event.actor.name === undefined) {
      ctx
        .at('actor.name')
        .error('value.required', 'the one-stop needs the officer name (NguoiXuLy)');
    }
    return prune({
      MaHoSo: event.dossierCode,
      NguoiXuLy: event.actor.name,
      ChucDanh: event.actor.title,
      PhongBan: event.actor.department,
      ThoiDiemXuLy: toVietnamInstant(event.at, ctx.at('at')),
      NoiDung: event.content,
      TrangThai: lookupWireCode(trangThaiHoSoCodes, event.status, ctx.at('status')),
      NgayBatDau: toVietnamInstant(event.startedAt, ctx.at('startedAt')),
      HanXuLy: toVietnamInstant(event.dueAt, ctx.at('dueAt')),
    });
  },
});

export const oneStopEventToOneStopCoverage = declareCoverage(OneStopQuaTrinhXuLySchema, {
  mapped: [
    'MaHoSo',
    'NguoiXuLy',
    'ChucDanh',
    'PhongBan',
    'ThoiDiemXuLy',
    'NoiDung',
    'TrangThai',
    'NgayBatDau',
    'HanXuLy',
  ],
  ignored: {
    Id: 'the canonical DossierEvent has no event id to send; the field is optional on the wire',
  },
});
