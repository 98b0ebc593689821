// one-stop progress event (QuaTrinhXuLy) → canonical DossierEvent.
import { DossierEventSchema } from '../../contracts/canonical/dossier-event.ts';
import { validateDossierCode } from '../../contracts/validators/dossier-code.ts';
import { OneStopQuaTrinhXuLySchema } from '../../contracts/wire/one-stop/events.ts';
import { trangThaiHoSoCodes } from '../codes/dossier-status.ts';
import { lookupCode } from '../engine/code-table.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { defineMapping } from '../engine/define-mapping.ts';
import { TRANG_THAI_LABELS } from './codes.ts';
import { optionalText, present, requiredText, toVietnamInstant } from './fields.ts';

/**
 * NoiDung may be "" on the wire but content is required in the canonical model: a blank NoiDung
 * becomes the Vietnamese label of the event's status, with a warning, so the event is not lost.
 */
export const oneStopEventToCanonical = defineMapping({
  id: 'one-stop.event.to-canonical',
  version: 1,
  from: OneStopQuaTrinhXuLySchema,
  to: DossierEventSchema,
  map: (event, ctx) => {
    const code = validateDossierCode(event.MaHoSo);
    if (!code.ok) {
      for (const issue of code.issues) {
        ctx.at('MaHoSo').error(issue.code, issue.message, { value: event.MaHoSo });
      }
    }
    const status = lookupCode(trangThaiHoSoCodes, event.TrangThai, ctx.at('TrangThai'));
    let content = optionalText(event.NoiDung, ctx.at('NoiDung'));
    if (content === undefined && status !== undefined) {
      content = TRANG_THAI_LABELS[status];
      ctx.at('NoiDung').warn('event.content_defaulted', 'blank NoiDung; the status label is used');
    }
    return present({
      dossierCode: code.ok ? code.value : undefined,
      actor: present({
        name: requiredText(event.NguoiXuLy, ctx.at('NguoiXuLy')),
        title: optionalText(event.ChucDanh, ctx.at('ChucDanh')),
        department: optionalText(event.PhongBan, ctx.at('PhongBan')),
      }),
      at: toVietnamInstant(event.ThoiDiemXuLy, ctx.at('ThoiDiemXuLy')),
      content,
      status,
      startedAt: toVietnamInstant(event.NgayBatDau, ctx.at('NgayBatDau')),
      dueAt: toVietnamInstant(event.HanXuLy, ctx.at('HanXuLy')),
    });
  },
});

export const oneStopEventToCanonicalCoverage = declareCoverage(OneStopQuaTrinhXuLySchema, {
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
    Id: 'the canonical DossierEvent has no event id; redelivery must be detected on the exchange (e.g. Id as the idempotency key), not in the record',
  },
});
