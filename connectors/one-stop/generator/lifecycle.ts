// A dossier's life after receipt: the officers who handle it, its status steps, its result push.
import type {
  OneStopKetQuaPush,
  OneStopQuaTrinhXuLy,
} from '../../../contracts/wire/one-stop/events.ts';
import type { OneStopHoSo } from '../../../contracts/wire/one-stop/hoso.ts';
import type { OneStopTrangThaiHoSo } from '../../../contracts/wire/one-stop/primitives.ts';
import { FILE_BASE_URL } from './dossier.ts';
import { asciiSlug, personName } from './names.ts';
import type { ProcedureSpec } from './procedures.ts';
import type { Rng } from './random.ts';
import type { CapTiepNhan } from './units.ts';
import { formatDatePath, formatVnInstant, vnParts } from './vietnam-time.ts';

export type Role = 'desk' | 'specialist' | 'leader';

export interface Officer {
  name: string;
  title: string;
  department: string;
}

export type Step =
  | { kind: 'event'; status: OneStopTrangThaiHoSo; content: string; by: Role }
  | { kind: 'result' };

const SUPPLEMENT_REASONS = [
  'bổ sung bản chụp giấy tờ tùy thân còn thiếu',
  'ảnh chụp bản chính chưa rõ nét, đề nghị nộp lại',
  'thông tin trên tờ khai chưa khớp với giấy tờ kèm theo',
];

function specialistDepartment(spec: ProcedureSpec, level: CapTiepNhan): string {
  if (spec.sector.code.startsWith('G09')) return 'Bộ phận Tư pháp – Hộ tịch';
  if (spec.sector.code.startsWith('G03')) {
    if (level === 'Thành phố') return 'Phòng Quản lý thi và Kiểm định chất lượng giáo dục';
    return level === 'Quận/Huyện' ? 'Phòng Giáo dục và Đào tạo' : 'Phòng Văn hóa – Xã hội';
  }
  return 'Phòng Văn hóa – Xã hội';
}

export function officersFor(
  rng: Rng,
  spec: ProcedureSpec,
  level: CapTiepNhan,
): Record<Role, Officer> {
  const officer = (title: string, department: string): Officer => ({
    name: personName(rng, rng.chance(0.6) ? 'female' : 'male').full,
    title,
    department,
  });
  const leaderTitle = level === 'Thành phố' ? 'Phó Giám đốc Sở' : 'Phó Chủ tịch Ủy ban nhân dân';
  return {
    desk: officer('Công chức tiếp nhận và trả kết quả', 'Bộ phận Một cửa'),
    specialist: officer('Chuyên viên', specialistDepartment(spec, level)),
    leader: officer(leaderTitle, 'Lãnh đạo'),
  };
}

/** 2 (received, the dossier itself) → 4 → [5 → 4] → 4 → 9 + result → 10, or withdrawal (7). */
export function planSteps(rng: Rng, hoSo: OneStopHoSo): Step[] {
  const steps: Step[] = [
    {
      kind: 'event',
      status: '4',
      content: 'Chuyển hồ sơ đến bộ phận chuyên môn giải quyết',
      by: 'desk',
    },
  ];
  if (rng.chance(0.18)) {
    steps.push(
      {
        kind: 'event',
        status: '5',
        content: `Yêu cầu bổ sung hồ sơ: ${rng.pick(SUPPLEMENT_REASONS)}`,
        by: 'specialist',
      },
      {
        kind: 'event',
        status: '4',
        content: 'Công dân đã bổ sung hồ sơ, tiếp tục giải quyết',
        by: 'desk',
      },
    );
  }
  if (rng.chance(0.06)) {
    steps.push({
      kind: 'event',
      status: '7',
      content: 'Công dân có đơn đề nghị rút hồ sơ',
      by: 'desk',
    });
    return steps;
  }
  const returned =
    hoSo.HinhThucTra === '1'
      ? 'Đã gửi kết quả cho công dân qua dịch vụ bưu chính công ích'
      : 'Đã trả kết quả cho công dân tại Bộ phận Một cửa';
  steps.push(
    {
      kind: 'event',
      status: '4',
      content: 'Thẩm định hồ sơ, trình lãnh đạo ký duyệt',
      by: 'specialist',
    },
    {
      kind: 'event',
      status: '9',
      content: 'Lãnh đạo đã ký duyệt kết quả giải quyết',
      by: 'leader',
    },
    { kind: 'result' },
    { kind: 'event', status: '10', content: returned, by: 'desk' },
  );
  return steps;
}

export function buildEvent(
  rng: Rng,
  hoSo: OneStopHoSo,
  step: Extract<Step, { kind: 'event' }>,
  officer: Officer,
  at: number,
  startedAt: number,
): OneStopQuaTrinhXuLy {
  return {
    Id: rng.uuid(),
    MaHoSo: hoSo.MaHoSo,
    NguoiXuLy: officer.name,
    ChucDanh: officer.title,
    PhongBan: officer.department,
    ThoiDiemXuLy: formatVnInstant(at),
    NoiDung: step.content,
    TrangThai: step.status,
    NgayBatDau: formatVnInstant(startedAt),
    HanXuLy: hoSo.NgayHenTra ?? null,
  };
}

export function buildResultPush(
  rng: Rng,
  hoSo: OneStopHoSo,
  spec: ProcedureSpec,
  at: number,
): OneStopKetQuaPush {
  const { year } = vnParts(at);
  const n = rng.int(1, 2_400);
  const number = spec.result.symbol.includes('-')
    ? `${n}/${spec.result.symbol}`
    : `${n}/${year}/${spec.result.symbol}`;
  const signedAt = at - rng.int(5, 90) * 60_000;
  return {
    MaHoSo: hoSo.MaHoSo,
    MaGiaoDich: rng.uuid(),
    HeThongNguon: 'one-stop',
    TrangThaiHoSo: '9',
    NgayTra: null,
    NgayKetThucXuLy: formatVnInstant(at),
    KetQua: [
      {
        SoKyHieu: number,
        NgayKy: formatVnInstant(signedAt),
        CoQuanBanHanh: hoSo.DonViXuLy.Ten,
        TenGiayTo: spec.result.name,
        MaKetQua: spec.result.code,
        DinhKem: `${FILE_BASE_URL}/${formatDatePath(at)}/${hoSo.MaHoSo}/ket-qua-${asciiSlug(spec.result.name, '-').slice(0, 40)}.pdf`,
      },
    ],
    GhiChu: 'Kết quả giải quyết thủ tục hành chính',
  };
}
