// How the simulated civil-status side handles a birth submission: in progress, then registered or refused.
import { centurySexDigit } from '../../contracts/validators/personal-id.ts';
import type {
  HealthKetQuaKhaiSinh,
  HealthKhaiSinh,
  HealthResultItem,
  HealthSubmission,
  HealthSubmissionResponse,
} from '../../contracts/wire/health/index.ts';

export type SubmissionOutcome =
  | { kind: 'registered'; soDinhDanh: string; soDangKy: number }
  | { kind: 'refused'; errors: string };

export interface StoredSubmission {
  submission: HealthSubmission;
  hoTich: HealthKhaiSinh;
  /** The answer given the first time, repeated as is for any resubmission of the same maHoSo. */
  receipt: HealthSubmissionResponse;
  maHoSoLT: string;
  receivedAt: number;
  /** Decided on receipt so repeated queries agree; shown once the processing delay has passed. */
  outcome: SubmissionOutcome;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Wall-clock parts in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
function vietnamParts(ms: number) {
  const d = new Date(ms + 7 * 3_600_000);
  return {
    date: `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    year: d.getUTCFullYear(),
  };
}

/**
 * A new personal ID for the child: Hà Nội registration (001), century-and-sex digit, birth year, six
 * random digits (DOMAIN §4.1).
 */
export function childPersonalId(hoTich: HealthKhaiSinh, random: () => number): string {
  const year = Number(hoTich.nksNgaySinh.slice(6));
  const sexDigit = centurySexDigit(year, hoTich.nksGioiTinh === '2' ? 'female' : 'male') ?? 2;
  const serial = pad(Math.floor(random() * 1_000_000), 6);
  return `001${sexDigit}${pad(year % 100)}${serial}`;
}

export function linkUpCode(receivedAt: number, sequence: number): string {
  return `LT-KS-${vietnamParts(receivedAt).year}-${pad(sequence, 6)}`;
}

function registration(
  stored: StoredSubmission,
  outcome: Extract<SubmissionOutcome, { kind: 'registered' }>,
  at: number,
): HealthKetQuaKhaiSinh {
  const h = stored.hoTich;
  const { date, year } = vietnamParts(at);
  return {
    soDinhDanh: outcome.soDinhDanh,
    ngayDangKy: date,
    nksHoTen: h.nksHoTen,
    nksGioiTinh: Number(h.nksGioiTinh),
    nksNgaySinh: h.nksNgaySinh,
    nksNoiSinh: h.nksNoiSinh,
    nksQueQuan: h.nksQueQuan ?? null,
    nksDanToc: h.nksDanToc,
    nksQuocTich: h.nksQuocTich,
    meHoTen: h.meHoTen,
    meSoGiayTo: h.meSoGiayToTuyThan,
    chaHoTen: h.chaHoTen ?? null,
    chaSoGiayTo: h.chaSoGiayToTuyThan ?? null,
    nycHoTen: h.nycHoTen,
    nycQuanHe: h.nycQuanHe,
    nycSoGiayTo: h.nycSoGiayToTuyThan,
    giayKhaiSinh: `https://hotich.example.gov.vn/files/giay-khai-sinh-${stored.maHoSoLT}.pdf`,
    soDangKy: String(outcome.soDangKy),
    quyenSo: `01/${year}`,
    trangSo: String(outcome.soDangKy),
    maGiayToKetQua: `KQ.G09-TP01.${pad(outcome.soDangKy, 6)}`,
  };
}

/** The dossier's state as the result query reports it at `now`. */
export function resultItem(
  stored: StoredSubmission,
  maTinh: string,
  now: number,
  delayMs: number,
): HealthResultItem {
  const doneAt = stored.receivedAt + delayMs;
  const base = {
    maDonVi: String(stored.submission.maDonVi),
    maTinh,
    module: stored.submission.module,
    maHoSoLT: stored.maHoSoLT,
    maHoSoMCDT: stored.submission.maHoSo,
    phongBanXuLy: 'Bộ phận Tư pháp – Hộ tịch',
  };
  if (now < doneAt) {
    const { date, time } = vietnamParts(stored.receivedAt);
    return {
      ...base,
      errors: null,
      trangThai: '4',
      thoiGianThucHien: `${date} ${time}`,
      ghiChu: 'Đang xử lý',
      ketQuaXuLy: null,
    };
  }
  const { date, time } = vietnamParts(doneAt);
  const common = {
    ...base,
    thoiGianThucHien: `${date} ${time}`,
    nguoiXuLy: 'Lê Thị Mai',
    chucDanh: 'Công chức Tư pháp – Hộ tịch',
  };
  if (stored.outcome.kind === 'refused') {
    return {
      ...common,
      errors: stored.outcome.errors,
      trangThai: '3',
      ghiChu: 'Không được tiếp nhận',
      noiDungXuLy: 'Từ chối tiếp nhận',
      ketQuaXuLy: null,
    };
  }
  return {
    ...common,
    errors: null,
    trangThai: '10',
    ghiChu: 'Đã đăng ký khai sinh',
    noiDungXuLy: 'Trả kết quả',
    ketQuaXuLy: registration(stored, stored.outcome, doneAt),
  };
}
