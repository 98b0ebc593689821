// fast-check arbitraries of portal-relevant canonical values: Vietnamese text, codes, URLs, instants, dossier codes.
import fc from 'fast-check';

/** Words with stacked diacritics, where NFD and NFC differ most. */
const WORDS = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Thị',
  'Văn',
  'Hường',
  'Đức',
  'Ánh',
  'Ngọc',
  'hồ',
  'sơ',
  'đăng',
  'ký',
  'khai',
  'sinh',
  'giấy',
  'chứng',
  'nhận',
  'phường',
  'Ba',
  'Đình',
  'Hà',
  'Nội',
  'thường',
  'trú',
  'lệ',
  'phí',
  'bổ',
  'sung',
  'Ủy',
  'ban',
  'Ỷ',
  'Lan',
  'xã',
];

/** Trimmed Vietnamese text, sometimes decomposed (NFD), as macOS and some IMEs send it. */
export const vietnameseText = (maxWords = 6): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: maxWords }), fc.boolean())
    .map(([words, nfd]) => (nfd ? words.join(' ').normalize('NFD') : words.join(' ')));

/** Text longer than the portal keeps for TrichYeuHoSo (1000) or NguoiXuLy (50). */
export const longText = (minLength: number): fc.Arbitrary<string> =>
  fc
    .tuple(vietnameseText(8), fc.integer({ min: minLength + 1, max: minLength + 300 }))
    .map(([text, length]) => `${text} `.repeat(Math.ceil(length / (text.length + 1))).trim());

export const code = fc.stringMatching(/^[A-Z0-9][A-Z0-9._-]{0,11}$/);
export const url = fc
  .stringMatching(/^[a-z0-9-]{1,20}$/)
  .map((name) => `https://motcua.hanoi.gov.vn/files/${name}.pdf`);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Instants in 2020–2030 at several offsets, some with milliseconds (dropped by the portal). */
export const instant: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: Date.UTC(2020, 0, 1) / 1000, max: Date.UTC(2030, 11, 31) / 1000 }),
    fc.constantFrom(0, 420, -300, 330, 540),
    fc.constantFrom(0, 0, 0, 250),
  )
  .map(([seconds, offset, ms]) => {
    const wall = new Date(seconds * 1000 + offset * 60_000).toISOString().slice(0, 19);
    const fraction = ms === 0 ? '' : `.${pad(ms, 3)}`;
    if (offset === 0) return `${wall}${fraction}Z`;
    const abs = Math.abs(offset);
    const sign = offset < 0 ? '-' : '+';
    return `${wall}${fraction}${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
  });

export const calendarDate = fc
  .date({
    min: new Date('1930-01-01T00:00:00Z'),
    max: new Date('2024-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** An in-province dossier code `<e-ID ….H26>-<yyMMdd>-<seq>`. */
export const dossierCode = (provinceSuffix = 'H26'): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.integer({ min: 0, max: 9999 }),
    )
    .map(([a, b, c, day, seq]) => {
      const yyMMdd = day.toISOString().slice(2, 10).replaceAll('-', '');
      return `${pad(a, 3)}.${pad(b, 2)}.${pad(c, 2)}.${provinceSuffix}-${yyMMdd}-${pad(seq, 4)}`;
    });
