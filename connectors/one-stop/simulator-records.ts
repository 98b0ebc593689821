// The simulated one-stop's record endpoints: dossiers (HoSo), result pushes (KetQua) and portal feedback (PhanHoiDVCQG).

import { validateDossierCode } from '../../contracts/validators/dossier-code.ts';
import { validatePersonalId } from '../../contracts/validators/personal-id.ts';
import type {
  OneStopKetQuaPush,
  OneStopPhanHoiDVCQG,
} from '../../contracts/wire/one-stop/events.ts';
import {
  OneStopKetQuaPushSchema,
  OneStopPhanHoiDVCQGSchema,
} from '../../contracts/wire/one-stop/events.ts';
import {
  type OneStopHoSo,
  OneStopHoSoSchema,
  type OneStopNguoi,
} from '../../contracts/wire/one-stop/hoso.ts';
import type { Simulator } from '../kit/simulator/index.ts';
import { ONE_STOP_ERROR_CODES } from './errors.ts';
import { type Answer, failure, invalidPayload, zodDetails } from './simulator-http.ts';
import type { OneStopAck } from './wire-api.ts';

export interface RecordsHost {
  sim: Simulator;
  /** Refuse results and feedback for a MaHoSo this one-stop never received. */
  strictDossiers: boolean;
  nextReceipt(): string;
}

/** A dossier the one-stop holds, with what was pushed back to it. */
export interface StoredDossier {
  hoSo?: OneStopHoSo;
  results: OneStopKetQuaPush[];
  feedback: OneStopPhanHoiDVCQG[];
}

const dossiers = (host: RecordsHost) => host.sim.store.collection<StoredDossier>('dossiers');

function ack(host: RecordsHost, maHoSo: string, ketQua: OneStopAck['KetQua']): Answer {
  const body: OneStopAck = {
    ThanhCong: true,
    MaHoSo: maHoSo,
    KetQua: ketQua,
    MaTiepNhan: host.nextReceipt(),
  };
  return { status: ketQua === 'TaoMoi' ? 201 : 200, body };
}

function badCode(maHoSo: string): Answer | undefined {
  const checked = validateDossierCode(maHoSo);
  if (checked.ok) return undefined;
  return failure(
    400,
    ONE_STOP_ERROR_CODES.invalidDossierCode,
    'Mã hồ sơ không đúng cấu trúc <mã định danh>-<yyMMdd>-<số thứ tự>',
    checked.issues.map((i) => ({ TruongDuLieu: 'MaHoSo', MoTa: i.code })),
  );
}

/** The one-stop checks a 12-digit ID against the holder's birth date and sex (as CSDL dân cư would). */
function personalIdIssues(nguoi: OneStopNguoi | null | undefined, field: string) {
  if (nguoi?.LoaiGiayTo !== 'CCCD') return [];
  const [d, m, y] = (nguoi.NgaySinh ?? '').split('/');
  const facts = {
    ...(nguoi.NgaySinh ? { birthDate: `${y}-${m}-${d}` } : {}),
    ...(nguoi.GioiTinh
      ? { sex: nguoi.GioiTinh === '1' ? ('male' as const) : ('female' as const) }
      : {}),
  };
  const result = validatePersonalId(nguoi.SoGiayTo, facts);
  return result.ok
    ? []
    : result.issues.map((i) => ({ TruongDuLieu: `${field}.SoGiayTo`, MoTa: i.code }));
}

export function receiveDossier(host: RecordsHost, raw: unknown): Answer {
  const parsed = OneStopHoSoSchema.safeParse(raw);
  if (!parsed.success) return invalidPayload(zodDetails(parsed.error));
  const hoSo = parsed.data;
  const bad = badCode(hoSo.MaHoSo);
  if (bad) return bad;
  const idIssues = [
    ...personalIdIssues(hoSo.ChuHoSo, 'ChuHoSo'),
    ...personalIdIssues(hoSo.NguoiUyQuyen, 'NguoiUyQuyen'),
  ];
  if (idIssues.length > 0) return invalidPayload(idIssues);
  const stored = dossiers(host).get(hoSo.MaHoSo);
  if (stored?.hoSo && JSON.stringify(stored.hoSo) === JSON.stringify(hoSo))
    return ack(host, hoSo.MaHoSo, 'TrungLap');
  dossiers(host).set(hoSo.MaHoSo, { results: [], feedback: [], ...stored, hoSo });
  host.sim.recordApplied('pushDossier', hoSo.MaHoSo, hoSo);
  return ack(host, hoSo.MaHoSo, stored?.hoSo ? 'CapNhat' : 'TaoMoi');
}

function holder(host: RecordsHost, maHoSo: string): StoredDossier | Answer {
  const stored = dossiers(host).get(maHoSo);
  if (stored) return stored;
  if (host.strictDossiers)
    return failure(404, ONE_STOP_ERROR_CODES.notFound, 'Không tìm thấy hồ sơ');
  const created: StoredDossier = { results: [], feedback: [] };
  dossiers(host).set(maHoSo, created);
  return created;
}

const isAnswer = (value: StoredDossier | Answer): value is Answer => 'status' in value;

/** A result push; a MaGiaoDich already applied to this dossier is a duplicate, whatever the key. */
export function receiveResult(host: RecordsHost, raw: unknown): Answer {
  const parsed = OneStopKetQuaPushSchema.safeParse(raw);
  if (!parsed.success) return invalidPayload(zodDetails(parsed.error));
  const push = parsed.data;
  const bad = badCode(push.MaHoSo);
  if (bad) return bad;
  const stored = holder(host, push.MaHoSo);
  if (isAnswer(stored)) return stored;
  if (stored.results.some((r) => r.MaGiaoDich === push.MaGiaoDich))
    return ack(host, push.MaHoSo, 'TrungLap');
  stored.results.push(push);
  if (stored.hoSo) {
    stored.hoSo = {
      ...stored.hoSo,
      TrangThaiHoSo: push.TrangThaiHoSo,
      KetQua: [...stored.hoSo.KetQua, ...push.KetQua],
      ...(push.NgayTra ? { NgayTra: push.NgayTra } : {}),
      ...(push.NgayKetThucXuLy ? { NgayKetThucXuLy: push.NgayKetThucXuLy } : {}),
    };
  }
  host.sim.recordApplied('pushResult', push.MaHoSo, push);
  return ack(host, push.MaHoSo, 'TaoMoi');
}

/** The portal's verdict on a sync; the same MaGiaoDich and DichVu twice is a duplicate. */
export function receiveFeedback(host: RecordsHost, raw: unknown): Answer {
  const parsed = OneStopPhanHoiDVCQGSchema.safeParse(raw);
  if (!parsed.success) return invalidPayload(zodDetails(parsed.error));
  const verdict = parsed.data;
  const bad = badCode(verdict.MaHoSo);
  if (bad) return bad;
  const stored = holder(host, verdict.MaHoSo);
  if (isAnswer(stored)) return stored;
  const seen = stored.feedback.some(
    (f) => f.MaGiaoDich === verdict.MaGiaoDich && f.DichVu === verdict.DichVu,
  );
  if (seen) return ack(host, verdict.MaHoSo, 'TrungLap');
  stored.feedback.push(verdict);
  host.sim.recordApplied('pushFeedback', verdict.MaHoSo, verdict);
  return ack(host, verdict.MaHoSo, 'TaoMoi');
}
