// Ordered ids: valid UUIDv7, strictly increasing even within one millisecond and past 4,096 of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderedId } from './ids.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('orderedId', () => {
  it('should produce version 7 UUIDs that sort in creation order within one millisecond', () => {
    const ids = Array.from({ length: 10_000 }, () => orderedId(1_800_000_000_000));
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should keep increasing for any sequence of clock readings, even ones going back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }), {
          minLength: 2,
          maxLength: 50,
        }),
        (clock) => {
          const ids = clock.map((now) => orderedId(now));
          expect([...ids].sort()).toEqual(ids);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
