// fast-check arbitraries of dossier parts: submitted documents, fees, results, supplement rounds.
import fc from 'fast-check';
import type { Document } from '../../contracts/canonical/document.ts';
import { DigitizationState } from '../../contracts/canonical/enums.ts';
import type { Fee } from '../../contracts/canonical/fee.ts';
import type { Result } from '../../contracts/canonical/result.ts';
import type { Supplement } from '../../contracts/canonical/supplement.ts';
import { calendarDate, code, instant, url, vietnameseText } from './arbitrary-values.ts';

export const document: fc.Arbitrary<Document> = fc.record(
  {
    name: vietnameseText(5),
    fileId: code,
    fileName: vietnameseText(3),
    componentCode: code,
    paperCode: code,
    downloadUrl: url,
    deleted: fc.boolean(),
    digitizationState: fc.constantFrom(...DigitizationState.options),
    fromNationalStore: fc.boolean(),
    replacingResultCode: code,
    digitizedPaperCode: code,
    originalCount: fc.nat(5),
    copyCount: fc.nat(5),
  },
  { requiredKeys: ['name', 'downloadUrl', 'digitizationState'] },
);

export const fee: fc.Arbitrary<Fee> = fc.record(
  {
    name: vietnameseText(5),
    code,
    amount: fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.maxSafeNat()),
    kindCode: code,
    collectionMethodCode: code,
    paid: fc.boolean(),
  },
  { requiredKeys: ['name', 'amount'] },
);

export const result: fc.Arbitrary<Result> = fc.record(
  {
    name: vietnameseText(5),
    resultCode: code,
    componentCode: code,
    documentId: code,
    fileUrl: url,
    documentNumber: fc.constant('45/2025/KS'),
    signedOn: calendarDate,
    issuingAgency: vietnameseText(4),
    attachments: fc.constant([{ name: 'Bản sao', url: 'https://motcua.hanoi.gov.vn/kq/1.pdf' }]),
  },
  { requiredKeys: ['name', 'fileUrl'] },
);

export const supplement: fc.Arbitrary<Supplement> = fc.record(
  {
    id: code,
    requestedBy: vietnameseText(3),
    content: vietnameseText(8),
    requestedAt: instant,
    deadlineAt: instant,
    receivedBy: vietnameseText(3),
    receiptInfo: vietnameseText(6),
    receivedAt: instant,
    statusCode: code,
    documents: fc.array(document, { maxLength: 2 }),
    fees: fc.array(fee, { maxLength: 2 }),
    previousDueAt: instant,
    newDueAt: instant,
  },
  { requiredKeys: ['id', 'content', 'requestedAt', 'documents', 'fees'] },
);
