import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDossierCode, validateDossierCode } from './dossier-code.ts';

const RUNS = { numRuns: 1000 };
const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const agencyEId = fc
  .tuple(digits(3), digits(2), digits(2), fc.constantFrom(...'ABGHKX'), digits(2))
  .map(([v, z, y, letter, x]) => `${v}.${z}.${y}.${letter}${x}`);
const receivedOn = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const sequence = fc.integer({ min: 0, max: 9999 });

describe('dossier codes (properties)', () => {
  it('should round-trip codes built from valid parts', () => {
    fc.assert(
      fc.property(agencyEId, receivedOn, sequence, (eId, day, seq) => {
        const built = formatDossierCode({ agencyEId: eId, receivedOn: day, sequence: seq });
        expect(built.ok).toBe(true);
        if (!built.ok) return;
        expect(validateDossierCode(built.value)).toEqual(built);
        expect(built.decoded).toEqual({ agencyEId: eId, receivedOn: day, sequence: seq });
      }),
      RUNS,
    );
  });

  it('should round-trip hand-assembled codes through validation', () => {
    fc.assert(
      fc.property(agencyEId, receivedOn, sequence, (eId, day, seq) => {
        const code = `${eId}-${day.slice(2).replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
        const result = validateDossierCode(code);
        expect(result.ok && result.value).toBe(code);
        expect(result.ok && result.decoded.receivedOn).toBe(day);
      }),
      RUNS,
    );
  });
});
