// Property: for any seed and any clock from 2025 to 2027, every generated message is valid and maps to canonical.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageProblems } from './check.ts';
import { createDossierGenerator } from './index.ts';

const FROM = Date.parse('2025-01-02T00:00:00Z');
const TO = Date.parse('2027-12-31T00:00:00Z');

describe('createDossierGenerator (property)', () => {
  it('should generate only valid messages for any seed and clock', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: FROM, max: TO }),
        (seed, start) => {
          const generator = createDossierGenerator({ seed });
          let clock = start;
          for (let d = 0; d < 4; d += 1) {
            const journey = generator.newDossier(clock);
            for (let m = journey.next(clock); m; m = journey.next(clock)) {
              expect(messageProblems(m)).toEqual([]);
              clock += 37_000;
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
