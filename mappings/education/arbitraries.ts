// fast-check arbitraries of valid canonical records for education round trips (people, instants, dossiers).
import fc from 'fast-check';
import type { Citizen } from '../../contracts/canonical/citizen.ts';
import type { Document } from '../../contracts/canonical/document.ts';
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import type { Sex } from '../../contracts/canonical/enums.ts';
import { exampleDossier } from '../../contracts/canonical/examples.ts';
import { centurySexDigit } from '../../contracts/validators/personal-id.ts';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Gia', 'Minh', 'Thu', 'Quang', 'Ngọc', 'Hữu', 'Đức'];
const GIVEN = ['An', 'Bảo', 'Hương', 'Khôi', 'Ánh', 'Đức', 'Vinh', 'Hường', 'Tuấn', 'Yến'];
const WORDS = [
  'Đăng ký',
  'dự tuyển',
  'lớp 10',
  'Trường',
  'THPT',
  'Phan Đình Phùng',
  'học bạ',
  'giấy',
  'đơn',
  'xác nhận',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Vietnamese text, sometimes decomposed (NFD) as macOS and some IMEs send it. */
export const vietnameseText = (words: readonly string[], min = 1, max = 6) =>
  fc
    .tuple(fc.array(fc.constantFrom(...words), { minLength: min, maxLength: max }), fc.boolean())
    .map(([parts, decomposed]) => {
      const text = parts.join(' ');
      return decomposed ? text.normalize('NFD') : text;
    });

export const personName = fc
  .tuple(
    fc.constantFrom(...FAMILY),
    fc.constantFrom(...MIDDLE),
    fc.constantFrom(...GIVEN),
    fc.boolean(),
  )
  .map(([f, m, g, decomposed]) => {
    const name = `${f} ${m} ${g}`;
    return decomposed ? name.normalize('NFD') : name;
  });

/** A real calendar day between the given years. */
export const calendarDay = (minYear: number, maxYear: number) =>
  fc
    .date({
      min: new Date(Date.UTC(minYear, 0, 1)),
      max: new Date(Date.UTC(maxYear, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

/** A 12-digit personal ID consistent with the birth date and sex (CCCD province of birth from a few). */
export const personalIdFor = (birthDate: string, sex: Sex) =>
  fc
    .tuple(fc.constantFrom('001', '036', '079', '031'), fc.integer({ min: 0, max: 999_999 }))
    .map(([province, serial]) => {
      const year = Number(birthDate.slice(0, 4));
      return `${province}${centurySexDigit(year, sex)}${pad(year % 100, 2)}${pad(serial, 6)}`;
    });

/** An instant with second precision, written at one of several offsets. */
export const instant = (minYear: number, maxYear: number) =>
  fc
    .tuple(
      fc.integer({ min: Date.UTC(minYear, 0, 1) / 1000, max: Date.UTC(maxYear, 11, 31) / 1000 }),
      fc.constantFrom(0, 420, -300, 570),
    )
    .map(([seconds, offset]) => {
      const local = new Date((seconds + offset * 60) * 1000).toISOString().slice(0, 19);
      if (offset === 0) return `${local}Z`;
      const sign = offset < 0 ? '-' : '+';
      const abs = Math.abs(offset);
      return `${local}${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
    });

/** A citizen owner with a birth date and a 12-digit personal ID or (one in five) a legacy CMND. */
export const citizenOwner: fc.Arbitrary<Citizen> = fc
  .tuple(personName, calendarDay(1950, 2020), fc.constantFrom<Sex>('male', 'female'))
  .chain(([fullName, birthDate, sex]) =>
    fc
      .tuple(
        personalIdFor(birthDate, sex),
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.integer({ min: 0, max: 4 }),
      )
      .map(([personalId, cmnd, pick]): Citizen => {
        const id = pick === 0 ? { legacyId: pad(cmnd, 9) } : { personalId };
        return { kind: 'citizen', fullName, ...id, birthDate, sex };
      }),
  );

const documentArb: fc.Arbitrary<Document> = fc
  .record({
    name: vietnameseText(WORDS, 1, 4),
    file: fc.integer({ min: 1, max: 99_999 }),
    hasUrl: fc.integer({ min: 0, max: 5 }),
    deleted: fc.option(fc.boolean(), { nil: undefined }),
    state: fc.constantFrom(
      'not_digitized',
      'digitized',
      'reused',
      'reused_from_other_result' as const,
    ),
  })
  .map(
    ({ name, file, hasUrl, deleted, state }): Document => ({
      name,
      ...(hasUrl > 0 && { downloadUrl: `https://motcua.hanoi.gov.vn/files/${file}.pdf` }),
      ...(deleted !== undefined && { deleted }),
      digitizationState: state,
    }),
  );

/** Valid canonical dossiers an education system can receive (citizen owner, education sector). */
export const educationDossier: fc.Arbitrary<Dossier> = fc
  .record({
    unit: fc.integer({ min: 0, max: 99 }),
    day: calendarDay(2020, 2030),
    sequence: fc.integer({ min: 0, max: 9999 }),
    procedure: fc.constantFrom('3.000181', '3.000182', '1.001776'),
    procedureName: vietnameseText(WORDS, 2, 5),
    sector: fc.constantFrom('G03-GD10', 'G03-GD09', 'G03-GD06'),
    owner: citizenOwner,
    summary: fc.option(vietnameseText(WORDS, 1, 8), { nil: undefined }),
    receivedAt: instant(2020, 2030),
    dueAt: fc.option(instant(2020, 2031), { nil: undefined }),
    documents: fc.array(documentArb, { maxLength: 4 }),
  })
  .map((r): Dossier => {
    const { summary: _example, ...base } = exampleDossier;
    const yyMMdd = r.day.slice(2).replaceAll('-', '');
    return {
      ...base,
      code: `000.00.${pad(r.unit, 2)}.H26-${yyMMdd}-${pad(r.sequence, 4)}`,
      procedure: { code: r.procedure, name: r.procedureName },
      sector: { code: r.sector, name: 'Giáo dục Trung học' },
      owner: r.owner,
      ...(r.summary !== undefined && { summary: r.summary }),
      dates: {
        submittedAt: r.receivedAt,
        receivedAt: r.receivedAt,
        ...(r.dueAt !== undefined && { dueAt: r.dueAt }),
      },
      documents: r.documents,
      hasDigitizedComponents: r.documents.some((d) => d.digitizationState !== 'not_digitized'),
    };
  });
