// fast-check arbitraries of dossier owners: citizens with agreeing IDs, organisations with valid codes.
import fc from 'fast-check';
import type { Applicant } from '../../contracts/canonical/applicant.ts';
import type { Citizen } from '../../contracts/canonical/citizen.ts';
import { exampleCitizen, exampleOrganization } from '../../contracts/canonical/examples.ts';
import type { Organization } from '../../contracts/canonical/organization.ts';
import { CCCD_PROVINCES } from '../../contracts/validators/cccd-provinces.ts';
import { enterpriseCheckDigit } from '../../contracts/validators/enterprise-code.ts';
import { centurySexDigit } from '../../contracts/validators/personal-id.ts';
import { calendarDate, code, vietnameseText } from './arbitrary-values.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const cccdCodes = [...CCCD_PROVINCES.keys()];

/** Personal ID, birth date and sex that agree (YY and G digits), each shown or not. */
const citizenIds = fc
  .record({
    birthDate: calendarDate,
    sex: fc.constantFrom('male' as const, 'female' as const),
    province: fc.constantFrom(...cccdCodes),
    serial: fc.integer({ min: 0, max: 999_999 }),
    show: fc.record({ id: fc.boolean(), birth: fc.boolean(), sex: fc.boolean() }),
    legacyId: fc.option(fc.stringMatching(/^\d{9}$/), { nil: undefined }),
    passportNumber: fc.option(fc.stringMatching(/^[A-Z]\d{7}$/), { nil: undefined }),
  })
  .map((r) => {
    const year = Number(r.birthDate.slice(0, 4));
    const g = centurySexDigit(year, r.sex);
    const personalId = `${r.province}${g}${r.birthDate.slice(2, 4)}${pad(r.serial, 6)}`;
    const ids: Partial<Citizen> = {};
    if (r.show.id) ids.personalId = personalId;
    if (r.show.birth) ids.birthDate = r.birthDate;
    if (r.show.sex) ids.sex = r.sex;
    if (r.legacyId !== undefined) ids.legacyId = r.legacyId;
    if (r.passportNumber !== undefined) ids.passportNumber = r.passportNumber;
    return ids;
  });

const citizen: fc.Arbitrary<Citizen> = fc
  .tuple(
    fc.record(
      {
        kind: fc.constant('citizen' as const),
        fullName: vietnameseText(4),
        techId: code,
        email: fc.constant('an.nguyen@example.vn'),
        permanentAddress: fc.constant(exampleCitizen.permanentAddress),
      },
      { requiredKeys: ['kind', 'fullName'] },
    ),
    citizenIds,
  )
  .map(([base, ids]) => ({ ...base, ...ids }) as Citizen);

const enterpriseCode = fc
  .tuple(
    fc.stringMatching(/^\d{9}$/),
    fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
  )
  .filter(([nine]) => enterpriseCheckDigit(nine) !== undefined)
  .map(([nine, unit]) => {
    const base = `${nine}${enterpriseCheckDigit(nine)}`;
    return unit === undefined ? base : `${base}-${pad(unit, 3)}`;
  });

const organization: fc.Arbitrary<Organization> = fc.record(
  {
    kind: fc.constantFrom(
      'enterprise' as const,
      'state_agency' as const,
      'other_organization' as const,
    ),
    name: vietnameseText(6),
    enterpriseCode,
    techId: code,
    shortName: vietnameseText(2),
    headOffice: fc.constant(exampleOrganization.headOffice!),
  },
  { requiredKeys: ['kind', 'name'] },
);

export const applicant: fc.Arbitrary<Applicant> = fc.oneof(citizen, organization);
