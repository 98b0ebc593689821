// prepareOneStop: the hashes it hands to intake are those of the texts they stand for.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDossierGenerator,
  TWO_TIER_FROM,
} from '../../connectors/one-stop/generator/index.ts';
import { prepareOneStop } from './one-stop-submissions.ts';

const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');
const context = {
  memberId: 'one-stop',
  requestLine: 'POST /api/v1/one-stop/dossiers',
  limits: { maxDepth: 32 },
};
const generator = createDossierGenerator({ seed: 11 });
const hoSoTexts = Array.from({ length: 20 }, (_, i) =>
  JSON.stringify(generator.newDossier(TWO_TIER_FROM + i * 86_400_000).hoSo),
);

describe('prepareOneStop hashes', () => {
  it('should hash the request line and the body text, whatever the spacing and with or without a BOM', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...hoSoTexts),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (compact, indent, bom) => {
          const text = JSON.stringify(JSON.parse(compact), null, indent);
          const bytes = Buffer.concat([
            Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []),
            Buffer.from(text, 'utf8'),
          ]);
          const prepared = prepareOneStop('dossier', bytes, context);
          if (!prepared.ok) throw new Error(JSON.stringify(prepared));
          expect(prepared.requestHash).toBe(sha256(`${context.requestLine}\n${text}`));
          expect(prepared.fields.payloadHash).toBe(sha256(prepared.fields.payloadJson!));
          const payload = JSON.parse(
            new TextDecoder().decode(prepared.fields.payloadJson as Uint8Array),
          );
          expect(payload.code).toBe(JSON.parse(compact).MaHoSo);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('should give different request hashes to different bodies and different routes', () => {
    const [a, b] = hoSoTexts.map((t) => Buffer.from(t));
    const first = prepareOneStop('dossier', a, context);
    const other = prepareOneStop('dossier', b, context);
    const elsewhere = prepareOneStop('dossier', a, { ...context, requestLine: 'POST /other' });
    if (!first.ok || !other.ok || !elsewhere.ok) throw new Error('not prepared');
    expect(new Set([first.requestHash, other.requestHash, elsewhere.requestHash]).size).toBe(3);
  });
});
