// fast-check arbitraries of valid canonical dossiers and events, for the national-portal round-trip properties.
import fc from 'fast-check';
import type { LeveledAdminUnit } from '../../contracts/canonical/admin-unit-ref.ts';
import type { Applicant } from '../../contracts/canonical/applicant.ts';
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import type { DossierEvent } from '../../contracts/canonical/dossier-event.ts';
import { Channel, DossierStatus, ReturnMethod } from '../../contracts/canonical/enums.ts';
import { exampleCitizen, exampleOrganization } from '../../contracts/canonical/examples.ts';
import { applicant } from './arbitrary-applicants.ts';
import { document, fee, result, supplement } from './arbitrary-parts.ts';
import { code, dossierCode, instant, longText, vietnameseText } from './arbitrary-values.ts';

export { applicant } from './arbitrary-applicants.ts';
export { document, fee } from './arbitrary-parts.ts';
export * from './arbitrary-values.ts';

/** Receiving units from both list versions (the portal cannot carry them; see the projection). */
export const RECEIVING_UNITS: readonly LeveledAdminUnit[] = [
  { level: 'commune', unit: { code: '00001', listVersion: '2025-01', name: 'Phường Phúc Xá' } },
  { level: 'commune', unit: { code: '00097', listVersion: '2025-07', name: 'Phường Hồng Hà' } },
  { level: 'district', unit: { code: '001', listVersion: '2025-01' } },
  { level: 'city', unit: { code: '01', listVersion: '2025-07' } },
];

/** Valid canonical dossiers with everything the portal requires (sector, names, receivedAt, URLs). */
export const dossier = (provinceSuffix = 'H26'): fc.Arbitrary<Dossier> =>
  fc
    .record(
      {
        code: dossierCode(provinceSuffix),
        procedure: fc.record(
          {
            code: fc.stringMatching(/^\d\.\d{6}$/),
            localCode: code,
            name: vietnameseText(8),
          },
          { requiredKeys: ['code', 'name'] },
        ),
        sector: fc.record({ code, name: vietnameseText(4) }),
        receiptNumber: code,
        channel: fc.constantFrom(...Channel.options),
        serviceLevel: fc.constantFrom('information' as const, 'partial' as const, 'full' as const),
        owner: applicant,
        submitter: fc.constantFrom<Applicant>(exampleCitizen, exampleOrganization),
        contact: fc.record(
          {
            email: fc.constantFrom('huong.nguyen@example.vn', 'lienhe@hanoi.gov.vn'),
            phone: fc.constantFrom('0912345678', '02439412345', '0321234567'),
            fax: vietnameseText(2),
            other: vietnameseText(6),
          },
          { requiredKeys: [] },
        ),
        summary: fc.oneof(
          { weight: 9, arbitrary: vietnameseText(20) },
          { weight: 1, arbitrary: longText(1000) },
        ),
        dates: fc.record(
          {
            submittedAt: instant,
            receivedAt: instant,
            dueAt: instant,
            returnedAt: instant,
            finishedAt: instant,
            rejectedAt: instant,
          },
          { requiredKeys: ['submittedAt', 'receivedAt'] },
        ),
        status: fc.constantFrom(...DossierStatus.options),
        processingAgency: fc.record(
          { name: vietnameseText(5), eId: fc.constant('000.00.01.H26'), code },
          { requiredKeys: ['name'] },
        ),
        receivingUnit: fc.constantFrom(...RECEIVING_UNITS),
        documents: fc.array(document, { maxLength: 3 }),
        paperItems: fc.array(
          fc.record(
            { name: vietnameseText(5), quantity: fc.integer({ min: 1, max: 5 }), kindCode: code },
            { requiredKeys: ['name', 'quantity'] },
          ),
          { maxLength: 2 },
        ),
        fees: fc.array(fee, { maxLength: 3 }),
        results: fc.array(result, { maxLength: 2 }),
        supplements: fc.array(supplement, { maxLength: 2 }),
        returnMethod: fc.constantFrom(...ReturnMethod.options),
        returnInfo: vietnameseText(8),
        note: vietnameseText(8),
        hasDigitizedComponents: fc.boolean(),
        resultDigitized: fc.boolean(),
        vneidVerified: fc.boolean(),
        paidOnline: fc.boolean(),
        databasesConsulted: fc.array(code, { maxLength: 3 }),
      },
      {
        requiredKeys: [
          'code',
          'procedure',
          'sector',
          'channel',
          'owner',
          'dates',
          'status',
          'processingAgency',
          'receivingUnit',
          'documents',
          'fees',
          'results',
          'supplements',
          'hasDigitizedComponents',
        ],
      },
    )
    .map((d) => ({
      ...d,
      hasDigitizedComponents:
        d.hasDigitizedComponents ||
        d.documents.some((x) => x.digitizationState !== 'not_digitized'),
    }));

/** Valid canonical events; officer names sometimes longer than the portal's 50 characters. */
export const dossierEvent: fc.Arbitrary<DossierEvent> = fc.record(
  {
    dossierCode: dossierCode(),
    sequence: fc.nat(1000),
    actor: fc.record(
      {
        name: fc.oneof(vietnameseText(4), longText(50)),
        title: vietnameseText(3),
        department: vietnameseText(4),
      },
      { requiredKeys: [] },
    ),
    at: instant,
    content: vietnameseText(10),
    status: fc.constantFrom(...DossierStatus.options),
    startedAt: instant,
    dueAt: instant,
  },
  { requiredKeys: ['dossierCode', 'actor', 'at', 'content', 'status'] },
);
