// Synthetic applicants: name, sex, birth date, a 12-digit personal ID consistent with both, phone, e-mail, address.

import { centurySexDigit, validatePersonalId } from '../../../contracts/validators/personal-id.ts';
import type { OneStopNguoi } from '../../../contracts/wire/one-stop/hoso.ts';
import { asciiSlug, type PersonName, personName, type Sex } from './names.ts';
import type { Rng } from './random.ts';
import { lowerType, type Residence } from './units.ts';
import { daysInMonth, formatDmy, formatIsoDate } from './vietnam-time.ts';

/** CCCD province-of-birth codes: mostly Hà Nội (001), else the neighbouring provinces people move from. */
const BIRTH_PROVINCES: readonly (readonly [string, number])[] = [
  ['001', 78],
  ['030', 3],
  ['033', 3],
  ['034', 3],
  ['035', 2],
  ['036', 3],
  ['037', 1],
  ['038', 3],
  ['040', 2],
  ['024', 1],
  ['025', 1],
];

/** Mobile prefixes in use since the 2018 move to ten digits. */
const MOBILE_PREFIXES = [
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
  '099',
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '081',
  '082',
  '083',
  '084',
  '085',
  '086',
  '088',
  '070',
  '076',
  '077',
  '078',
  '079',
  '056',
  '058',
];

const VILLAGE_PARTS = [
  'Đông',
  'Đoài',
  'Thượng',
  'Hạ',
  'Trung',
  'Nam',
  'Bắc',
  'Đình',
  'Chùa',
  'Mới',
];

export interface GeneratedPerson {
  nguoi: OneStopNguoi;
  name: PersonName;
  sex: Sex;
  /** YYYY-MM-DD. */
  birthDate: string;
}

export interface PersonOptions {
  residence: Residence;
  /** Inclusive range of birth years. */
  bornBetween: readonly [number, number];
  sex?: Sex;
  family?: string;
  /** Phone (and sometimes e-mail): owners and submitters give one, children do not. */
  contact?: boolean;
}

/** PPP G YY RRRRRR; throws only on a generator bug, which the tests would catch first. */
function personalId(rng: Rng, birthYear: number, sex: Sex, birthDate: string): string {
  const g = centurySexDigit(birthYear, sex);
  const id = `${rng.weighted(BIRTH_PROVINCES)}${g}${String(birthYear % 100).padStart(2, '0')}${rng.digits(6)}`;
  if (!validatePersonalId(id, { birthDate, sex }).ok) {
    throw new Error('generator produced an inconsistent personal ID');
  }
  return id;
}

export function addressLine(rng: Rng, residence: Residence): string {
  const { commune, district } = residence;
  const local =
    commune.type === 'Xã'
      ? `Xóm ${rng.int(1, 12)}, thôn ${rng.pick(VILLAGE_PARTS)}`
      : `Số ${rng.int(1, 180)}, ngõ ${rng.int(2, 320)}, tổ dân phố ${rng.int(1, 25)}`;
  const units = [commune, ...(district ? [district] : [])].map((u) => lowerType(u.name));
  return [local, ...units, 'thành phố Hà Nội'].join(', ');
}

export function generatePerson(rng: Rng, options: PersonOptions): GeneratedPerson {
  const sex = options.sex ?? (rng.chance(0.5) ? 'male' : 'female');
  const name = personName(rng, sex, options.family);
  const year = rng.int(options.bornBetween[0], options.bornBetween[1]);
  const month = rng.int(1, 12);
  const day = rng.int(1, daysInMonth(year, month));
  const birthDate = formatIsoDate(year, month, day);
  const { residence } = options;
  const phone = options.contact ? `${rng.pick(MOBILE_PREFIXES)}${rng.digits(7)}` : undefined;
  const email =
    options.contact && rng.chance(0.35)
      ? `${asciiSlug(name.given)}.${asciiSlug(name.family)}${String(year % 100).padStart(2, '0')}@gmail.com`
      : undefined;
  const nguoi: OneStopNguoi = {
    HoVaTen: name.full,
    SoGiayTo: personalId(rng, year, sex, birthDate),
    LoaiGiayTo: 'CCCD',
    NgaySinh: formatDmy(year, month, day),
    GioiTinh: sex === 'male' ? '1' : '2',
    TinhThanh: '01',
    ...(residence.district ? { QuanHuyen: residence.district.code } : {}),
    PhuongXa: residence.commune.code,
    DiaChi: addressLine(rng, residence),
    ...(phone === undefined ? {} : { SoDienThoai: phone }),
    ...(email === undefined ? {} : { Email: email }),
  };
  return { nguoi, name, sex, birthDate };
}
