// One CSDL dân cư CongDan record (parsed by xml2js) → canonical Citizen; issues at CongDan field paths.
import type { Citizen } from '../../contracts/canonical/citizen.ts';
import type { PersonRef } from '../../contracts/canonical/person-ref.ts';
import { validateEmail } from '../../contracts/validators/email.ts';
import { validateLegacyId } from '../../contracts/validators/legacy-id.ts';
import { validatePersonalId } from '../../contracts/validators/personal-id.ts';
import type {
  PopulationChuHo,
  PopulationCongDan,
  PopulationDiaChi,
  PopulationNguoiThan,
} from '../../contracts/wire/population/citizen.ts';
import { defineCodeTable, lookupCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import type { Draft } from '../engine/define-mapping.ts';
import { isoDate } from '../engine/transforms/dates.ts';
import { nfc } from '../engine/transforms/text.ts';
import { addressFromCodes } from './address-codes.ts';

/** GioiTinh "1" Nam, "2" Nữ (contracts/wire/population [I]). */
export const populationGioiTinhCodes = defineCodeTable('GioiTinh', [
  ['1', 'male'],
  ['2', 'female'],
] as const);

const DIA_CHI_FIELDS = {
  province: 'MaTinhThanh',
  district: 'MaQuanHuyen',
  commune: 'MaPhuongXa',
  detail: 'ChiTiet',
} as const;

/** NFC and trimmed; "" (an empty element) is absent. */
export function leafText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = nfc(value).trim();
  return text === '' ? undefined : text;
}

function personalId(
  value: string | undefined,
  facts: { birthDate?: string; birthYear?: number; sex?: 'male' | 'female' },
  ctx: MappingContext,
): string | undefined {
  const raw = leafText(value);
  if (raw === undefined) return undefined;
  const result = validatePersonalId(raw, facts);
  if (result.ok) return result.value;
  for (const issue of result.issues)
    ctx.error(issue.code, issue.message, { value: raw, personal: true });
  return undefined;
}

function legacyId(value: string | undefined, ctx: MappingContext): string | undefined {
  const raw = leafText(value);
  if (raw === undefined) return undefined;
  const result = validateLegacyId(raw);
  if (result.ok) return result.value;
  for (const issue of result.issues)
    ctx.error(issue.code, issue.message, { value: raw, personal: true });
  return undefined;
}

function birth(
  c: PopulationCongDan,
  ctx: MappingContext,
): { birthDate?: string; birthYear?: number } {
  const at = ctx.at('NgayThangNamSinh');
  const yearText = leafText(c.NgayThangNamSinh.Nam);
  const dateText = leafText(c.NgayThangNamSinh.NgayThangNam);
  let birthDate: string | undefined;
  if (dateText !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(dateText);
    const dateAt = at.at('NgayThangNam');
    if (m) birthDate = isoDate(`${m[1]}-${m[2]}-${m[3]}`, dateAt, { personal: true });
    else
      dateAt.error('date.invalid_format', 'expected yyyyMMdd', { value: dateText, personal: true });
  }
  if (yearText === undefined) return birthDate === undefined ? {} : { birthDate };
  if (!/^\d{4}$/.test(yearText) || Number(yearText) < 1800 || Number(yearText) > 2399) {
    at.at('Nam').error('date.invalid_year', 'expected a 4-digit birth year', { value: yearText });
    return birthDate === undefined ? {} : { birthDate };
  }
  if (birthDate !== undefined) {
    if (birthDate.slice(0, 4) !== yearText) {
      at.at('Nam').error(
        'citizen.birth_year_mismatch',
        'Nam differs from the year of NgayThangNam',
      );
    }
    return { birthDate };
  }
  return { birthYear: Number(yearText) };
}

function address(value: PopulationDiaChi | undefined, ctx: MappingContext) {
  if (value === undefined || value === '') return undefined;
  return addressFromCodes(
    {
      province: value.MaTinhThanh,
      district: value.MaQuanHuyen,
      commune: value.MaPhuongXa,
      detail: value.ChiTiet,
      country: value.QuocGia,
    },
    DIA_CHI_FIELDS,
    ctx,
  );
}

function personRef(
  value: PopulationNguoiThan | PopulationChuHo | undefined,
  ctx: MappingContext,
): Draft<PersonRef> | undefined {
  if (value === undefined || value === '') return undefined;
  const fullName = leafText(value.HoVaTen);
  if (fullName === undefined) {
    ctx.warn('person.incomplete', 'relative left out: no HoVaTen');
    return undefined;
  }
  const nationality = 'QuocTich' in value ? leafText(value.QuocTich) : undefined;
  const relationship = 'QuanHe' in value ? leafText(value.QuanHe) : undefined;
  return {
    fullName,
    personalId: personalId(value.SoDinhDanh, {}, ctx.at('SoDinhDanh')),
    legacyId: legacyId(value.SoCMND, ctx.at('SoCMND')),
    nationality,
    relationship,
  };
}

function fullNameOf(c: PopulationCongDan): Pick<Citizen, 'fullName' | 'nameParts'> | undefined {
  const family = leafText(c.HoVaTen.Ho);
  const middle = leafText(c.HoVaTen.ChuDem);
  const given = leafText(c.HoVaTen.Ten);
  if (given === undefined) return undefined;
  // Real replies often leave Ho and ChuDem empty and put the whole name in Ten.
  if (family === undefined) return { fullName: given };
  const fullName = [family, middle, given].filter((p) => p !== undefined).join(' ');
  return {
    fullName,
    nameParts: middle === undefined ? { family, given } : { family, middle, given },
  };
}

function email(value: string | undefined, ctx: MappingContext): string | undefined {
  const raw = leafText(value);
  if (raw === undefined) return undefined;
  const result = validateEmail(raw);
  if (result.ok) return result.value;
  // A stale e-mail in the register must not fail the identity check it came with.
  ctx.warn('email.invalid', 'e-mail address left out: not valid', { value: raw, personal: true });
  return undefined;
}

/** The Citizen draft; the caller validates it against CitizenSchema. */
export function congDanToCitizen(c: PopulationCongDan, ctx: MappingContext): Draft<Citizen> {
  const name = fullNameOf(c);
  if (name === undefined) ctx.at('HoVaTen.Ten').error('value.required', 'the record has no name');
  if (leafText(c.LoaiTaiKhoan) === '2') {
    ctx.at('LoaiTaiKhoan').error('population.not_a_citizen', 'LoaiTaiKhoan 2 is an organisation');
  }
  const sex = lookupCode(populationGioiTinhCodes, leafText(c.GioiTinh), ctx.at('GioiTinh'));
  const born = birth(c, ctx);
  const facts = { ...born, ...(sex !== undefined && { sex }) };
  return {
    kind: 'citizen',
    ...name,
    personalId: personalId(c.SoDinhDanh, facts, ctx.at('SoDinhDanh')),
    legacyId: legacyId(c.SoCMND, ctx.at('SoCMND')),
    ...born,
    sex,
    taxCode: leafText(c.MaSoThue),
    ethnicity: leafText(c.DanToc),
    religion: leafText(c.TonGiao),
    nationality: leafText(c.QuocTich),
    maritalStatus: leafText(c.TinhTrangHonNhan),
    bloodGroup: leafText(c.NhomMau),
    email: email(c.ThuDienTu, ctx.at('ThuDienTu')),
    birthRegistrationPlace: address(c.NoiDangKyKhaiSinh, ctx.at('NoiDangKyKhaiSinh')),
    hometown: address(c.QueQuan, ctx.at('QueQuan')),
    permanentAddress: address(c.ThuongTru, ctx.at('ThuongTru')),
    currentAddress: address(c.NoiOHienTai, ctx.at('NoiOHienTai')),
    father: personRef(c.Cha, ctx.at('Cha')),
    mother: personRef(c.Me, ctx.at('Me')),
    spouse: personRef(c.VoChong, ctx.at('VoChong')),
    representative: personRef(c.NguoiDaiDien, ctx.at('NguoiDaiDien')),
    householdHead: personRef(c.ChuHo, ctx.at('ChuHo')),
    householdRegisterNumber: leafText(c.SoSoHoKhau),
  };
}
