// Test support: every rule a generated message must satisfy, as a list of failed rule names (empty = valid).
import { validateAgencyEId } from '../../../contracts/validators/agency-eid.ts';
import { validateDossierCode } from '../../../contracts/validators/dossier-code.ts';
import { validateEmail } from '../../../contracts/validators/email.ts';
import { validatePersonalId } from '../../../contracts/validators/personal-id.ts';
import { validatePhoneNumber } from '../../../contracts/validators/phone-number.ts';
import {
  OneStopHoSoSchema,
  OneStopKetQuaPushSchema,
  type OneStopNguoi,
  OneStopQuaTrinhXuLySchema,
} from '../../../contracts/wire/one-stop/index.ts';
import { lookupAdminUnit } from '../../../mappings/codes/admin-units/index.ts';
import {
  oneStopDossierToCanonical,
  oneStopEventToCanonical,
  oneStopResultPushToCanonical,
} from '../../../mappings/one-stop/index.ts';
import type { TrafficMessage } from './index.ts';

function personProblems(
  nguoi: OneStopNguoi,
  version: '2020-2024' | '2025-01' | '2025-07',
  who: string,
): string[] {
  const problems: string[] = [];
  const [d, m, y] = (nguoi.NgaySinh ?? '').split('/');
  const sex = nguoi.GioiTinh === '1' ? 'male' : 'female';
  if (!validatePersonalId(nguoi.SoGiayTo, { birthDate: `${y}-${m}-${d}`, sex }).ok)
    problems.push(`${who}.personal_id`);
  const phone = nguoi.SoDienThoai ? validatePhoneNumber(nguoi.SoDienThoai) : undefined;
  if (phone && !(phone.ok && phone.kind === 'mobile')) problems.push(`${who}.phone`);
  if (nguoi.Email && !validateEmail(nguoi.Email).ok) problems.push(`${who}.email`);
  if (nguoi.HoVaTen !== nguoi.HoVaTen.normalize('NFC') || nguoi.HoVaTen.split(' ').length < 3)
    problems.push(`${who}.name`);
  if (lookupAdminUnit(nguoi.PhuongXa, version)?.level !== 'commune')
    problems.push(`${who}.commune`);
  if ((nguoi.QuanHuyen != null) !== (version !== '2025-07')) problems.push(`${who}.district_tier`);
  return problems;
}

export function messageProblems(message: TrafficMessage): string[] {
  if (message.kind === 'event') {
    const problems = OneStopQuaTrinhXuLySchema.safeParse(message.body).success
      ? []
      : ['event.schema'];
    return oneStopEventToCanonical.run(message.body).ok ? problems : [...problems, 'event.mapping'];
  }
  if (message.kind === 'result') {
    const problems = OneStopKetQuaPushSchema.safeParse(message.body).success
      ? []
      : ['result.schema'];
    return oneStopResultPushToCanonical.run(message.body).ok
      ? problems
      : [...problems, 'result.mapping'];
  }
  const hoSo = message.body;
  const problems: string[] = [];
  if (!OneStopHoSoSchema.safeParse(hoSo).success) problems.push('hoso.schema');
  const code = validateDossierCode(hoSo.MaHoSo);
  if (!code.ok || code.decoded.agencyEId !== hoSo.DonViXuLy.MaDinhDanh) problems.push('hoso.code');
  if (code.ok && code.decoded.receivedOn !== hoSo.NgayTiepNhan.slice(0, 10))
    problems.push('hoso.code_date');
  const eId = validateAgencyEId(hoSo.DonViXuLy.MaDinhDanh);
  if (!eId.ok || eId.decoded.level1 !== 'H26') problems.push('hoso.agency_eid');
  const { PhienBanDanhMuc: version, MaDonViHanhChinh, TenDonViHanhChinh } = hoSo.DonViTiepNhan;
  if (lookupAdminUnit(MaDonViHanhChinh, version)?.name !== TenDonViHanhChinh)
    problems.push('hoso.unit');
  problems.push(...personProblems(hoSo.ChuHoSo, version, 'ChuHoSo'));
  if (hoSo.NguoiUyQuyen)
    problems.push(...personProblems(hoSo.NguoiUyQuyen, version, 'NguoiUyQuyen'));
  if (!oneStopDossierToCanonical.run(hoSo).ok) problems.push('hoso.mapping');
  return problems;
}
