// fast-check arbitraries of valid birth-registration submissions (dossier, birth facts, files).
import fc from 'fast-check';
import type { Address } from '../../contracts/canonical/address.ts';
import type { AdminListVersion, Sex } from '../../contracts/canonical/enums.ts';
import { adminUnitsOf, lookupAdminUnit } from '../codes/admin-units/lists.ts';
import {
  calendarDay,
  citizenOwner,
  educationDossier,
  personalIdFor,
  personName,
  vietnameseText,
} from '../education/arbitraries.ts';
import type {
  BirthParent,
  BirthSubmissionInput,
  HealthAttachment,
  IdentityDocument,
} from './birth-registration.ts';

const STREETS = [
  'Số 12',
  'ngõ 34',
  'phố Đội Cấn',
  'phố Phúc Xá',
  'đường La Thành',
  'thôn Đông',
  'xóm Chùa',
];
const WORDS = ['Ngày', 'hai mươi', 'tháng sáu', 'năm', 'hai nghìn', 'không trăm', 'hai mươi lăm'];

const HANOI_PROVINCE = { code: '01', name: 'Thành phố Hà Nội' };

/** A Hà Nội address with list names: three tiers from 2025-01 or two from 2025-07. */
export const hanoiAddress: fc.Arbitrary<Address> = fc
  .constantFrom<AdminListVersion>('2025-01', '2025-07')
  .chain((listVersion) =>
    fc
      .tuple(
        fc.constantFrom(...adminUnitsOf(listVersion, 'commune')),
        vietnameseText(STREETS, 1, 3),
      )
      .map(([commune, detail]): Address => {
        const district =
          listVersion === '2025-07' || commune.parentCode === null
            ? undefined
            : lookupAdminUnit(commune.parentCode, listVersion);
        return {
          province: { ...HANOI_PROVINCE, listVersion },
          ...(district && {
            district: { code: district.code, listVersion, name: district.name },
          }),
          commune: { code: commune.code, listVersion, name: commune.name },
          detail,
        };
      }),
  );

const identityDocument = (birthDate: string, sex: Sex): fc.Arbitrary<IdentityDocument> =>
  fc.oneof(
    personalIdFor(birthDate, sex).map(
      (number): IdentityDocument => ({ kind: 'personal_id', number }),
    ),
    fc.integer({ min: 0, max: 999_999_999 }).map(
      (n): IdentityDocument => ({
        kind: 'legacy_id',
        number: String(n).padStart(9, '0'),
      }),
    ),
    fc.integer({ min: 1_000_000, max: 9_999_999 }).map(
      (n): IdentityDocument => ({
        kind: 'passport',
        number: `C${n}`,
      }),
    ),
  );

const parent = (sex: Sex): fc.Arbitrary<BirthParent> =>
  fc
    .tuple(personName, calendarDay(1960, 2005), fc.option(hanoiAddress, { nil: undefined }))
    .chain(([fullName, birthDate, residence]) =>
      identityDocument(birthDate, sex).map(
        (idDocument): BirthParent => ({
          fullName,
          birthDate,
          ethnicityCode: '01',
          nationalityCode: 'VN',
          ...(residence !== undefined && { residence }),
          idDocument,
        }),
      ),
    );

const attachment: fc.Arbitrary<HealthAttachment> = fc
  .record({
    id: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }),
    paperKind: fc.integer({ min: 1, max: 9 }),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 48 }),
    withdrawn: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ id, paperKind, bytes, withdrawn }) => ({
    ...(id !== undefined && { id }),
    paperKind,
    name: 'Giấy chứng sinh',
    fileName: 'giay-chung-sinh.pdf',
    contentBase64: Buffer.from(bytes).toString('base64'),
    ...(withdrawn !== undefined && { withdrawn }),
  }));

/** Valid submissions whose owner (the requester) is a citizen with an identity document. */
export const birthSubmissionInput: fc.Arbitrary<BirthSubmissionInput> = fc
  .record({
    dossier: educationDossier,
    owner: citizenOwner,
    child: fc.record({
      fullName: personName,
      sex: fc.constantFrom<Sex>('male', 'female'),
      birthDate: calendarDay(2024, 2026),
      birthDateInWords: fc.option(vietnameseText(WORDS, 3, 7), { nil: undefined }),
      birthPlace: hanoiAddress,
      hometown: fc.option(hanoiAddress, { nil: undefined }),
    }),
    certificate: fc.tuple(calendarDay(2024, 2026), fc.integer({ min: 0, max: 999_999 })),
    copies: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    mother: parent('female'),
    father: fc.option(parent('male'), { nil: undefined }),
    attachments: fc.array(attachment, { maxLength: 2 }),
  })
  .map(
    (r): BirthSubmissionInput => ({
      dossier: {
        ...r.dossier,
        procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
        sector: { code: 'G09-TP01', name: 'Hộ tịch' },
        owner: r.owner,
      },
      birth: {
        certificate: {
          code: `GCS-01-BVPSHN-${r.certificate[0].slice(0, 4)}-${String(r.certificate[1]).padStart(6, '0')}`,
          issuedOn: r.certificate[0],
        },
        registrationOffice: 'UBND phường Ba Đình, thành phố Hà Nội',
        ...(r.copies !== undefined && { copies: r.copies }),
        child: {
          fullName: r.child.fullName,
          sex: r.child.sex,
          birthDate: r.child.birthDate,
          ...(r.child.birthDateInWords !== undefined && {
            birthDateInWords: r.child.birthDateInWords,
          }),
          birthPlace: r.child.birthPlace,
          ...(r.child.hometown !== undefined && { hometown: r.child.hometown }),
          ethnicityCode: '01',
          nationalityCode: 'VN',
        },
        mother: r.mother as BirthSubmissionInput['birth']['mother'],
        ...(r.father !== undefined && { father: r.father }),
        requesterRelationship: 'Mẹ',
      },
      attachments: r.attachments,
    }),
  );
