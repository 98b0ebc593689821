// Builds one realistic one-stop dossier (HoSo) for a procedure, a receiving unit and a receipt time.
import type {
  OneStopHoSo,
  OneStopLePhi,
  OneStopThanhPhanHoSo,
} from '../../../contracts/wire/one-stop/hoso.ts';
import type { OneStopKenhThucHien } from '../../../contracts/wire/one-stop/primitives.ts';
import { applicantsFor } from './applicants.ts';
import { asciiSlug } from './names.ts';
import { maTTHCOf, type ProcedureSpec } from './procedures.ts';
import type { Rng } from './random.ts';
import type { ReceivingUnit } from './units.ts';
import { dueAfterWorkingDays, formatDatePath, formatVnInstant } from './vietnam-time.ts';

/** [I] Public file links of the sandbox one-stop; the real download base URL is configured per city. */
export const FILE_BASE_URL = 'https://motcua.hanoi.gov.vn/files';

const MINUTE_MS = 60_000;

function channelFor(rng: Rng, spec: ProcedureSpec): OneStopKenhThucHien {
  if (spec.mucDo === '2')
    return rng.weighted([
      ['1', 85],
      ['3', 15],
    ] as const);
  return rng.weighted([
    ['1', 45],
    ['2', 45],
    ['3', 10],
  ] as const);
}

function components(
  rng: Rng,
  spec: ProcedureSpec,
  channel: OneStopKenhThucHien,
  withProxy: boolean,
  fileBase: string,
): OneStopThanhPhanHoSo[] {
  const list = [...spec.components];
  if (withProxy)
    list.push({ code: `TP0${list.length + 1}`, name: 'Văn bản ủy quyền', paperCode: 'GT-UQ-01' });
  return list.map((c) => {
    const reusedBirthCertificate = c.name === 'Bản sao giấy khai sinh hợp lệ' && rng.chance(0.35);
    // A form is filled in for this dossier; only documents can be reused from the national store.
    const isForm = /^(Tờ khai|Phiếu|Đơn)/u.test(c.name);
    const state = reusedBirthCertificate
      ? '3'
      : channel === '2'
        ? isForm
          ? '1'
          : rng.weighted([
              ['1', 75],
              ['2', 25],
            ] as const)
        : rng.weighted([
            ['1', 70],
            ['0', 30],
          ] as const);
    return {
      Ma: c.code,
      Ten: c.name,
      MaGiayTo: c.paperCode,
      SoBanChinh: 1,
      SoBanSao: rng.chance(0.3) ? 1 : 0,
      TrangThaiSoHoa: state,
      DuocLayTuKhoDMQuocGia: state === '2' || state === '3',
      MaKetQuaThayThe: reusedBirthCertificate ? 'KQ.G09-TP01.000001' : null,
      DinhKem: state === '0' ? null : `${fileBase}/${asciiSlug(c.name, '-').slice(0, 48)}.pdf`,
    };
  });
}

function fees(
  rng: Rng,
  spec: ProcedureSpec,
  channel: OneStopKenhThucHien,
): { lines: OneStopLePhi[]; paidOnline: boolean } {
  if (!spec.fee) return { lines: [], paidOnline: false };
  const amount = spec.fee.perUnit * rng.int(spec.fee.units[0], spec.fee.units[1]);
  const paid = channel === '2' ? rng.chance(0.9) : rng.chance(0.8);
  const line: OneStopLePhi = {
    TenPhiLePhi: spec.fee.name,
    MaPhiLePhi: spec.fee.code,
    SoTien: amount,
    TrangThai: paid ? 'Đã thanh toán' : 'Chưa thanh toán',
    /** [I] TH hard-codes "1"; the sandbox writes readable codes (no spaces: the gateway reads a code). */
    HinhThucThu: channel === '2' ? 'TrucTuyen' : 'TienMat',
  };
  return { lines: [line], paidOnline: paid && channel === '2' };
}

export interface DossierInput {
  spec: ProcedureSpec;
  unit: ReceivingUnit;
  receivedAt: number;
  /** The 4-digit daily sequence of the receiving agency. */
  sequence: string;
  dossierCode: string;
}

export function buildDossier(rng: Rng, input: DossierInput): OneStopHoSo {
  const { spec, unit, receivedAt, dossierCode } = input;
  const channel = channelFor(rng, spec);
  const people = applicantsFor(rng, spec, unit.residenceIn(rng), receivedAt);
  const submittedAt =
    channel === '2'
      ? receivedAt - rng.int(10, 600) * MINUTE_MS
      : channel === '3'
        ? receivedAt - rng.int(1, 3) * 1_440 * MINUTE_MS
        : receivedAt;
  let dueAt = dueAfterWorkingDays(receivedAt, spec.days);
  if (dueAt <= receivedAt) dueAt = dueAfterWorkingDays(receivedAt, Math.max(spec.days, 1));
  const fileBase = `${FILE_BASE_URL}/${formatDatePath(receivedAt)}/${dossierCode}`;
  const { lines, paidOnline } = fees(rng, spec, channel);
  return {
    MaHoSo: dossierCode,
    MaTTHC: maTTHCOf(spec),
    TenTTHC: spec.name,
    MaLinhVuc: spec.sector.code,
    TenLinhVuc: spec.sector.name,
    KenhThucHien: channel,
    MucDo: spec.mucDo,
    ChuHoSo: people.owner,
    NguoiUyQuyen: people.submitter ?? null,
    LoaiDoiTuong: '1',
    MaDoiTuong: channel === '2' ? rng.uuid() : null,
    TrichYeu: people.summary,
    NgayNop: formatVnInstant(submittedAt),
    NgayTiepNhan: formatVnInstant(receivedAt),
    NgayHenTra: formatVnInstant(dueAt),
    NgayTra: null,
    NgayKetThucXuLy: null,
    TrangThaiHoSo: '2',
    DonViXuLy: { MaDinhDanh: unit.agency.eId, Ten: unit.agency.name },
    CapTiepNhan: unit.level,
    DonViTiepNhan: {
      MaDonViHanhChinh: unit.code,
      TenDonViHanhChinh: unit.name,
      PhienBanDanhMuc: unit.version,
    },
    HinhThucTra: channel === '3' || rng.chance(0.08) ? '1' : '0',
    ThanhPhanHoSo: components(
      rng,
      spec,
      channel,
      people.submitter !== undefined && spec.applicants === 'newborn',
      fileBase,
    ),
    LePhi: lines,
    KetQua: [],
    DaThanhToanTrucTuyen: paidOnline,
    XacThucVNeID: channel === '2' && rng.chance(0.9),
  };
}
