// fast-check arbitraries of canonical records the one-stop wire can carry, for round-trip properties.
import fc from 'fast-check';
import type { Address } from '../../contracts/canonical/address.ts';
import type { LeveledAdminUnit } from '../../contracts/canonical/admin-unit-ref.ts';
import type { Citizen } from '../../contracts/canonical/citizen.ts';
import type { Document } from '../../contracts/canonical/document.ts';
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import type { DossierEvent } from '../../contracts/canonical/dossier-event.ts';
import {
  AdminLevel,
  AdminListVersion,
  Channel,
  DigitizationState,
  DossierStatus,
  ReturnMethod,
  ServiceLevel,
} from '../../contracts/canonical/enums.ts';
import type { Fee } from '../../contracts/canonical/fee.ts';
import type { Organization } from '../../contracts/canonical/organization.ts';
import type { Result } from '../../contracts/canonical/result.ts';
import { enterpriseCheckDigit } from '../../contracts/validators/enterprise-code.ts';
import { centurySexDigit } from '../../contracts/validators/personal-id.ts';
import { adminUnitsOf } from '../codes/admin-units/lists.ts';
import { HANOI_PROVINCE_CODE } from './address-fields.ts';
import type { DossierResultUpdate } from './result-update.ts';

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Drops undefined members: canonical optional fields are absent, never present-and-undefined. */
const clean = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const WORDS = (
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi|Văn|Thị|Thu|Hương|Đức|Minh|Khôi|Ánh|Quỳnh|Phượng|Dũng|' +
  'hộ tịch|đăng ký|khai sinh|giấy|chứng nhận|ngõ|phố|Đội Cấn|Hàng Bồ|Tư pháp|lệ phí|ủy quyền|' +
  'thường trú|số|12|34/5|Ủy ban nhân dân|Sở Y tế|Bộ phận một cửa'
).split('|');

/** NFC, trimmed, non-empty Vietnamese text (what the mappings produce from any input). */
export const vnText = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' ').normalize('NFC'));

/** A code: no whitespace. */
export const code = fc.stringMatching(/^[A-Z][A-Z0-9]{1,3}(?:[.-][A-Z0-9]{1,6}){0,2}$/);

/** An instant on the whole second, written at +07:00 as every one-stop mapping writes it. */
export const instant = fc
  .integer({ min: Date.UTC(2020, 0, 1) / 1000, max: Date.UTC(2030, 11, 31) / 1000 })
  .map((s) => `${new Date(s * 1000 + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`);

export const calendarDate = fc
  .integer({ min: Date.UTC(1930, 0, 1) / 86_400_000, max: Date.UTC(2029, 11, 31) / 86_400_000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

export const agencyEId = fc.stringMatching(/^\d{3}\.\d{2}\.\d{2}\.H\d{2}$/);

export const dossierCode = fc
  .tuple(
    agencyEId,
    fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 9999 }),
  )
  .map(([eId, day, seq]) => {
    const yyMMdd = day.toISOString().slice(2, 10).replaceAll('-', '');
    return `${eId}-${yyMMdd}-${String(seq).padStart(4, '0')}`;
  });

const httpsUrl = fc
  .stringMatching(/^[a-z0-9-]{1,12}$/)
  .map((n) => `https://motcua.hanoi.gov.vn/files/${n}.pdf`);

const phone = fc
  .tuple(
    fc.constantFrom('090', '091', '093', '094', '096', '097', '098', '032', '086', '088'),
    fc.stringMatching(/^\d{7}$/),
  )
  .map(([p, rest]) => `${p}${rest}`);

const email = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9]{0,9}(?:\.[a-z0-9]{1,6})?$/),
    fc.constantFrom('example.vn', 'hanoi.gov.vn', 'mail.com'),
  )
  .map(([local, domain]) => `${local}@${domain}`);

/** A receiving unit that exists in the Hanoi list of its version. */
export const receivingUnit: fc.Arbitrary<LeveledAdminUnit> = fc
  .tuple(
    fc.constantFrom(...AdminListVersion.options),
    fc.constantFrom(...AdminLevel.options),
    fc.nat(),
    fc.boolean(),
  )
  .map(([listVersion, wanted, pick, named]) => {
    const level = wanted === 'district' && listVersion === '2025-07' ? 'commune' : wanted;
    const listLevel = level === 'city' ? 'province' : level;
    const units = adminUnitsOf(listVersion, listLevel);
    const unit = units[pick % units.length]!;
    return {
      level,
      unit: clean({ code: unit.code, listVersion, name: named ? unit.name : undefined }),
    };
  });

/** An address in `listVersion`: a Hanoi commune (with its district, sometimes) or another province. */
export function addressIn(listVersion: AdminListVersion): fc.Arbitrary<Address> {
  const communes = adminUnitsOf(listVersion, 'commune');
  const ref = (c: string) => ({ code: c, listVersion });
  const hanoi = fc.tuple(fc.nat(), fc.boolean(), vnText).map(([pick, withDistrict, detail]) => {
    const commune = communes[pick % communes.length]!;
    const district = withDistrict && listVersion !== '2025-07' ? commune.parentCode : null;
    return clean({
      province: ref(HANOI_PROVINCE_CODE),
      district: district ? ref(district) : undefined,
      commune: ref(commune.code),
      detail,
    });
  });
  const elsewhere = fc
    .tuple(fc.constantFrom('79', '48', '31', '38'), fc.stringMatching(/^\d{5}$/), vnText)
    .map(([province, commune, detail]) => ({
      province: ref(province),
      commune: ref(commune),
      detail,
    }));
  return fc.oneof({ weight: 4, arbitrary: hanoi }, { weight: 1, arbitrary: elsewhere });
}

/** A citizen with exactly one identity document; a personal ID agrees with birth date and sex. */
export function citizenIn(
  listVersion: AdminListVersion,
  withTechId: boolean,
): fc.Arbitrary<Citizen> {
  return fc
    .record({
      fullName: vnText,
      birthDate: opt(calendarDate),
      sex: opt(fc.constantFrom('male' as const, 'female' as const)),
      document: fc.constantFrom('personal_id', 'legacy_id', 'passport'),
      yearIfUnknown: fc.integer({ min: 1930, max: 2025 }),
      sexIfUnknown: fc.constantFrom('male' as const, 'female' as const),
      serial: fc.stringMatching(/^\d{6}$/),
      legacyId: fc.stringMatching(/^\d{9}$/),
      passport: fc.stringMatching(/^[A-Z]\d{7}$/),
      phone: opt(phone),
      email: opt(email),
      techId: withTechId ? opt(fc.uuid()) : fc.constant(undefined),
      currentAddress: addressIn(listVersion),
    })
    .map((r) => {
      const year = r.birthDate ? Number(r.birthDate.slice(0, 4)) : r.yearIfUnknown;
      const g = centurySexDigit(year, r.sex ?? r.sexIfUnknown);
      const personalId = `001${g}${String(year % 100).padStart(2, '0')}${r.serial}`;
      return clean({
        kind: 'citizen' as const,
        fullName: r.fullName,
        personalId: r.document === 'personal_id' ? personalId : undefined,
        legacyId: r.document === 'legacy_id' ? r.legacyId : undefined,
        passportNumber: r.document === 'passport' ? r.passport : undefined,
        birthDate: r.birthDate,
        sex: r.sex,
        techId: r.techId,
        email: r.email,
        phone: r.phone,
        currentAddress: r.currentAddress,
      });
    });
}

export const enterpriseCode = fc
  .tuple(fc.stringMatching(/^0\d{8}$/), opt(fc.integer({ min: 1, max: 999 })))
  .filter(([nine]) => enterpriseCheckDigit(nine) !== undefined)
  .map(([nine, unit]) => {
    const base = `${nine}${enterpriseCheckDigit(nine)}`;
    return unit === undefined ? base : `${base}-${String(unit).padStart(3, '0')}`;
  });

export function organizationIn(
  listVersion: AdminListVersion,
  kinds: readonly Organization['kind'][],
  withTechId: boolean,
): fc.Arbitrary<Organization> {
  return fc
    .record({
      kind: fc.constantFrom(...kinds),
      name: vnText,
      enterpriseCode,
      techId: withTechId ? opt(fc.uuid()) : fc.constant(undefined),
      email: opt(email),
      phone: opt(phone),
      headOffice: addressIn(listVersion),
    })
    .map(clean);
}

export const documentArb: fc.Arbitrary<Document> = fc
  .record({
    name: vnText,
    componentCode: code,
    paperCode: opt(code),
    downloadUrl: opt(httpsUrl),
    digitizationState: fc.constantFrom(...DigitizationState.options),
    fromNationalStore: fc.boolean(),
    replacingResultCode: opt(code),
    originalCount: fc.integer({ min: 0, max: 5 }),
    copyCount: fc.integer({ min: 0, max: 5 }),
  })
  .map(clean);

export const feeArb: fc.Arbitrary<Fee> = fc
  .record({
    name: vnText,
    code: opt(code),
    amount: fc.integer({ min: 0, max: 5_000_000 }),
    collectionMethodCode: opt(code),
    paid: fc.boolean(),
  })
  .map(clean);

export const resultArb: fc.Arbitrary<Result> = fc
  .record({
    name: vnText,
    resultCode: code,
    fileUrl: httpsUrl,
    documentNumber: fc.stringMatching(/^\d{1,4}\/20\d{2}\/[A-Z]{2,4}$/),
    signedOn: calendarDate,
    issuingAgency: vnText,
  })
  .map(clean);

const procedureRef = fc
  .tuple(fc.stringMatching(/^\d\.\d{6}$/), fc.boolean(), fc.stringMatching(/^[A-Z]\d{2}$/), vnText)
  .map(([national, local, suffix, name]) => ({
    code: national,
    ...(local && { localCode: `${national}.000.00.00.${suffix}` }),
    name,
  }));

/** Canonical dossiers in the image of one-stop.dossier.to-canonical. */
export const oneStopDossier: fc.Arbitrary<Dossier> = receivingUnit.chain((unit) => {
  const version = unit.unit.listVersion;
  return fc
    .record({
      code: dossierCode,
      procedure: procedureRef,
      sector: fc.record({ code, name: vnText }).map(clean),
      channel: fc.constantFrom(...Channel.options),
      serviceLevel: fc.constantFrom(...ServiceLevel.options),
      owner: fc.oneof(
        citizenIn(version, true),
        organizationIn(version, ['enterprise', 'state_agency', 'other_organization'], true),
      ),
      submitter: opt(
        fc.oneof(citizenIn(version, false), organizationIn(version, ['enterprise'], false)),
      ),
      summary: vnText,
      dates: fc
        .record({
          submittedAt: instant,
          receivedAt: instant,
          dueAt: opt(instant),
          returnedAt: opt(instant),
          finishedAt: opt(instant),
        })
        .map(clean),
      status: fc.constantFrom(...DossierStatus.options),
      processingAgency: fc.record({ eId: agencyEId, name: vnText }).map(clean),
      documents: fc.array(documentArb, { maxLength: 3 }),
      fees: fc.array(feeArb, { maxLength: 2 }),
      results: fc.array(resultArb, { maxLength: 2 }),
      returnMethod: opt(fc.constantFrom(...ReturnMethod.options)),
      vneidVerified: fc.boolean(),
      paidOnline: fc.boolean(),
    })
    .map((r) =>
      clean({
        ...r,
        receivingUnit: unit,
        supplements: [],
        hasDigitizedComponents: r.documents.some((d) => d.digitizationState !== 'not_digitized'),
      }),
    );
});

/** Canonical events the one-stop wire carries losslessly (no `sequence`, an actor name). */
export const oneStopEvent: fc.Arbitrary<DossierEvent> = fc
  .record({
    dossierCode,
    actor: fc.record({ name: vnText, title: opt(vnText), department: opt(vnText) }).map(clean),
    at: instant,
    content: vnText,
    status: fc.constantFrom(...DossierStatus.options),
    startedAt: opt(instant),
    dueAt: opt(instant),
  })
  .map(clean);

export const resultUpdate: fc.Arbitrary<DossierResultUpdate> = fc
  .record({
    dossierCode,
    exchangeId: fc.uuid(),
    sourceSystem: fc.constantFrom('health', 'education'),
    status: fc.constantFrom(...DossierStatus.options),
    returnedAt: opt(instant),
    finishedAt: opt(instant),
    results: fc.array(resultArb, { maxLength: 3 }),
    note: opt(vnText),
  })
  .map(clean);
