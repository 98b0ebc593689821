// one-stop result push (KetQua push) → canonical results with the dossier's status change.

import { validateDossierCode } from '../../contracts/validators/dossier-code.ts';
import { OneStopKetQuaPushSchema } from '../../contracts/wire/one-stop/events.ts';
import { trangThaiHoSoCodes } from '../codes/dossier-status.ts';
import { lookupCode } from '../engine/code-table.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { defineMapping } from '../engine/define-mapping.ts';
import { ketQuaToResult } from './dossier-part-fields.ts';
import { mapped, optionalCode, optionalText, present, toVietnamInstant } from './fields.ts';
import { DossierResultUpdateSchema } from './result-update.ts';

/**
 * The contract describes this push as gateway → one-stop; this direction reads one back (the
 * simulator's inbox, replays, reconciliation) into the same canonical shape the push is made from.
 */
export const oneStopResultPushToCanonical = defineMapping({
  id: 'one-stop.result-push.to-canonical',
  version: 1,
  from: OneStopKetQuaPushSchema,
  to: DossierResultUpdateSchema,
  map: (push, ctx) => {
    const code = validateDossierCode(push.MaHoSo);
    if (!code.ok) {
      for (const issue of code.issues) {
        ctx.at('MaHoSo').error(issue.code, issue.message, { value: push.MaHoSo });
      }
    }
    const required = { required: true };
    return present({
      dossierCode: code.ok ? code.value : undefined,
      exchangeId: optionalCode(push.MaGiaoDich, ctx.at('MaGiaoDich'), required),
      sourceSystem: optionalCode(push.HeThongNguon, ctx.at('HeThongNguon'), required),
      status: lookupCode(trangThaiHoSoCodes, push.TrangThaiHoSo, ctx.at('TrangThaiHoSo')),
      returnedAt: toVietnamInstant(push.NgayTra, ctx.at('NgayTra')),
      finishedAt: toVietnamInstant(push.NgayKetThucXuLy, ctx.at('NgayKetThucXuLy')),
      results: mapped(push.KetQua.map((item, i) => ketQuaToResult(item, ctx.at('KetQua').at(i)))),
      note: optionalText(push.GhiChu, ctx.at('GhiChu')),
    });
  },
});

export const oneStopResultPushToCanonicalCoverage = declareCoverage(OneStopKetQuaPushSchema, {
  mapped: [
    'MaHoSo',
    'MaGiaoDich',
    'HeThongNguon',
    'TrangThaiHoSo',
    'NgayTra',
    'NgayKetThucXuLy',
    'KetQua[].SoKyHieu',
    'KetQua[].NgayKy',
    'KetQua[].CoQuanBanHanh',
    'KetQua[].TenGiayTo',
    'KetQua[].MaKetQua',
    'KetQua[].DinhKem',
    'GhiChu',
  ],
  ignored: {},
});
