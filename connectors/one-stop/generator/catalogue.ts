// The sandbox procedures as the one-stop's catalogue (ThuTuc) and as canonical Procedure records.
import type { Procedure } from '../../../contracts/canonical/procedure.ts';
import type { OneStopThuTuc } from '../../../contracts/wire/one-stop/catalogue.ts';
import { maTTHCOf, PROCEDURES, type ProcedureSpec } from './procedures.ts';
import { CITY_DEPARTMENTS } from './units.ts';

const LEVEL_TEXT: Record<ProcedureSpec['level'], string> = {
  commune: 'Cấp Xã',
  city: 'Cấp Tỉnh',
  'district-then-commune': 'Cấp Huyện;Cấp Xã',
};

const SERVICE_LEVEL = { '2': 'information', '3': 'partial', '4': 'full' } as const;

function implementingAgency(spec: ProcedureSpec): string {
  return spec.department ? CITY_DEPARTMENTS[spec.department].name : 'Ủy ban nhân dân cấp xã';
}

/** What the sandbox one-stop's catalogue holds at start (IDQG: a synthetic national catalogue id). */
export function sandboxCatalogue(): OneStopThuTuc[] {
  return PROCEDURES.map((spec, i) => ({
    IDQG: String(40_000 + i * 37),
    MaTTHC: maTTHCOf(spec),
    TenTTHC: spec.name,
    GoiTinThuTucQG: null,
    LoaiTTHC: null,
    MaLinhVucChinh: spec.sector.code,
    CoQuanThucHienChinh: implementingAgency(spec),
    CapThucHien: LEVEL_TEXT[spec.level],
    MaKetQuaChinh: spec.result.code,
    TenKetQuaChinh: spec.result.name,
    ThoiGianGiaiQuyet: spec.timeText,
    QuyetDinhCongBo: spec.decision,
    MucDo: spec.mucDo,
    LienThong: spec.interconnected,
    ThuTucKhongCoKetQua: false,
  }));
}

/** A canonical Procedure as the national catalogue would describe one of the sandbox procedures. */
export function procedureRecord(spec: ProcedureSpec): Procedure {
  const fees = spec.fee
    ? [{ code: spec.fee.code, amount: spec.fee.perUnit, unit: 'Đồng', description: spec.fee.name }]
    : [];
  const timing =
    spec.days === 0
      ? { duration: 0, unit: 'Ngày làm việc', description: spec.timeText, fees }
      : { duration: spec.days, unit: 'Ngày làm việc', fees };
  return {
    code: spec.code,
    name: spec.name,
    ...(spec.localCode === undefined ? {} : { localCode: spec.localCode }),
    sectors: [spec.sector],
    steps: [{ steps: ['Nộp hồ sơ', 'Tiếp nhận và xử lý hồ sơ', 'Trả kết quả'] }],
    channels: [
      { channel: 'in_person', timings: [timing] },
      ...(spec.mucDo === '2' ? [] : [{ channel: 'online' as const, timings: [timing] }]),
    ],
    components: spec.components.map((c) => ({ code: c.paperCode, name: c.name })),
    applicantTypes: ['Công dân Việt Nam'],
    results: [{ code: spec.result.code, name: spec.result.name }],
    legalBasis: [
      { number: spec.decision, title: `Quyết định công bố thủ tục hành chính ${spec.decision}` },
    ],
    agencies: [{ name: implementingAgency(spec) }],
    published: true,
    serviceLevel: SERVICE_LEVEL[spec.mucDo],
    interconnected: spec.interconnected,
    hasNoResult: false,
    mainResultCode: spec.result.code,
    publishingDecision: spec.decision,
  };
}

export const sandboxProcedures = (): Procedure[] => PROCEDURES.map(procedureRecord);
