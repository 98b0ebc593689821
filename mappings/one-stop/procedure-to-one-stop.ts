// canonical Procedure → one-stop catalogue procedure (ThuTuc): how catalogue sync pushes national procedures.
import { type Procedure, ProcedureSchema } from '../../contracts/canonical/procedure.ts';
import { OneStopThuTucSchema } from '../../contracts/wire/one-stop/catalogue.ts';
import { mucDoCodes } from '../codes/service-level.ts';
import { lookupWireCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { defineMapping } from '../engine/define-mapping.ts';
import { prune } from './fields.ts';
import { procedureCodeToWire } from './procedure-code.ts';

/** TH's default MucDo for a catalogue entry ("2", information-level service). */
const DEFAULT_MUC_DO = '2';

/**
 * The main result: mainResultCode when set, else the first listed result. Its name comes from
 * the result list; a main result code not in the list goes without a name.
 */
function mainResult(procedure: Procedure) {
  if (procedure.mainResultCode === undefined) return procedure.results[0];
  const named = procedure.results.find((r) => r.code === procedure.mainResultCode);
  return { code: procedure.mainResultCode, name: named?.name };
}

/** "5 Ngày làm việc"; a zero duration reads better as its description ("Ngay trong ngày …"). */
function processingTime(procedure: Procedure): string | undefined {
  const texts = procedure.channels.flatMap((c) =>
    c.timings.map((t) =>
      t.duration === 0 && t.description !== undefined ? t.description : `${t.duration} ${t.unit}`,
    ),
  );
  return texts.length === 0 ? undefined : [...new Set(texts)].join('; ');
}

function serviceLevel(procedure: Procedure, ctx: MappingContext) {
  if (procedure.serviceLevel !== undefined) {
    return lookupWireCode(mucDoCodes, procedure.serviceLevel, ctx.at('serviceLevel'));
  }
  ctx
    .at('serviceLevel')
    .warn('procedure.service_level_defaulted', `no service level; "${DEFAULT_MUC_DO}" sent`);
  return DEFAULT_MUC_DO;
}

/**
 * The one-stop catalogue has no "published" flag: an unpublished procedure is still mapped (the
 * sync decides what to push) but carries a 'procedure.not_published' warning. The raw national
 * payload (GoiTinThuTucQG) is not kept in the canonical model and is not sent.
 */
export const oneStopProcedureToOneStop = defineMapping({
  id: 'one-stop.procedure.to-one-stop',
  version: 1,
  from: ProcedureSchema,
  to: OneStopThuTucSchema,
  map: (procedure, ctx) => {
    if (!procedure.published) {
      ctx
        .at('published')
        .warn('procedure.not_published', 'the national catalogue does not publish this procedure');
    }
    const sector = procedure.sectors[0];
    if (sector === undefined) {
      ctx
        .at('sectors')
        .error('value.required', 'the one-stop needs a main sector (MaLinhVucChinh)');
    }
    const main = mainResult(procedure);
    return prune({
      IDQG: procedure.nationalId,
      MaTTHC: procedureCodeToWire(procedure, ctx),
      TenTTHC: procedure.name,
      LoaiTTHC: procedure.typeCode,
      MaLinhVucChinh: sector?.code,
      CoQuanThucHienChinh: procedure.agencies[0]?.name,
      CapThucHien: procedure.implementationLevelCode,
      MaKetQuaChinh: main?.code,
      TenKetQuaChinh: main?.name,
      ThoiGianGiaiQuyet: processingTime(procedure),
      QuyetDinhCongBo: procedure.publishingDecision,
      MucDo: serviceLevel(procedure, ctx),
      LienThong: procedure.interconnected ?? false,
      ThuTucKhongCoKetQua: procedure.hasNoResult ?? procedure.results.length === 0,
    });
  },
});

export const oneStopProcedureToOneStopCoverage = declareCoverage(OneStopThuTucSchema, {
  mapped: [
    'IDQG',
    'MaTTHC',
    'TenTTHC',
    'LoaiTTHC',
    'MaLinhVucChinh',
    'CoQuanThucHienChinh',
    'CapThucHien',
    'MaKetQuaChinh',
    'TenKetQuaChinh',
    'ThoiGianGiaiQuyet',
    'QuyetDinhCongBo',
    'MucDo',
    'LienThong',
    'ThuTucKhongCoKetQua',
  ],
  ignored: {
    GoiTinThuTucQG:
      'the canonical Procedure keeps no raw LayThuTuc payload; the structured fields are sent instead',
  },
});
