// Vietnamese personal names with diacritics, weighted roughly like the northern population (synthetic people only).
import type { Rng } from './random.ts';

export type Sex = 'male' | 'female';

/** Family names, weighted by their rough share in the north. */
const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Vũ', 5],
  ['Đỗ', 4],
  ['Bùi', 4],
  ['Đặng', 3],
  ['Ngô', 2],
  ['Dương', 2],
  ['Đinh', 2],
  ['Phan', 2],
  ['Trịnh', 2],
  ['Lương', 1],
  ['Tạ', 1],
  ['Kiều', 1],
  ['Khuất', 1],
  ['Đào', 1],
  ['Lại', 1],
];

const MIDDLE: Record<Sex, readonly string[]> = {
  male: [
    'Văn',
    'Văn',
    'Đức',
    'Minh',
    'Quang',
    'Hữu',
    'Tiến',
    'Xuân',
    'Mạnh',
    'Thành',
    'Ngọc',
    'Công',
  ],
  female: [
    'Thị',
    'Thị',
    'Thị',
    'Thu',
    'Ngọc',
    'Thanh',
    'Minh',
    'Phương',
    'Hồng',
    'Thùy',
    'Bích',
    'Khánh',
  ],
};

const GIVEN: Record<Sex, readonly string[]> = {
  male: [
    'An',
    'Anh',
    'Bình',
    'Cường',
    'Dũng',
    'Duy',
    'Đạt',
    'Đức',
    'Giang',
    'Hải',
    'Hiếu',
    'Hoàng',
    'Hùng',
    'Huy',
    'Khải',
    'Khánh',
    'Khôi',
    'Kiên',
    'Lâm',
    'Long',
    'Mạnh',
    'Minh',
    'Nam',
    'Nghĩa',
    'Phong',
    'Phúc',
    'Quân',
    'Quang',
    'Sơn',
    'Tài',
    'Thắng',
    'Thành',
    'Toàn',
    'Trung',
    'Tuấn',
    'Tùng',
    'Việt',
    'Vinh',
  ],
  female: [
    'Anh',
    'Chi',
    'Diệp',
    'Dung',
    'Giang',
    'Hà',
    'Hằng',
    'Hạnh',
    'Hiền',
    'Hoa',
    'Hồng',
    'Huệ',
    'Hương',
    'Huyền',
    'Lan',
    'Linh',
    'Loan',
    'Mai',
    'My',
    'Nga',
    'Ngân',
    'Ngọc',
    'Nhung',
    'Oanh',
    'Phương',
    'Quỳnh',
    'Tâm',
    'Thảo',
    'Thủy',
    'Trang',
    'Uyên',
    'Vân',
    'Yến',
  ],
};

export interface PersonName {
  family: string;
  middle: string;
  given: string;
  /** "Nguyễn Thị Thu Hương": family, middle name(s), given name. */
  full: string;
}

/** A full name; about one in five women and one in eight men get a second middle name. */
export function personName(rng: Rng, sex: Sex, family = rng.weighted(FAMILY_NAMES)): PersonName {
  const first = rng.pick(MIDDLE[sex]);
  const second = rng.chance(sex === 'female' ? 0.2 : 0.12) ? rng.pick(MIDDLE[sex]) : undefined;
  const middle = second !== undefined && second !== first ? `${first} ${second}` : first;
  let given = rng.pick(GIVEN[sex]);
  // "Ngọc Ngọc" or "Minh Minh" reads as a typo.
  if (middle.endsWith(given)) given = rng.pick(GIVEN[sex].filter((g) => !middle.endsWith(g)));
  return { family, middle, given, full: `${family} ${middle} ${given}` };
}

/** ASCII slug: "Giấy khai sinh" → "giaykhaisinh", or "giay-khai-sinh" with separator "-". */
export function asciiSlug(text: string, separator = ''): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replaceAll(' ', separator);
}
