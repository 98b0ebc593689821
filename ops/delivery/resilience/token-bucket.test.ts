// Token bucket: golden refill arithmetic and the burst + rate·T bound over any schedule of takes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKEN_BUCKET_ERRORS, TokenBucket } from './token-bucket.ts';

function bucketAt(ratePerSecond: number, burst: number) {
  let now = 1_000_000;
  const bucket = new TokenBucket({ ratePerSecond, burst, now: () => now });
  return {
    bucket,
    advance: (ms: number) => {
      now += ms;
    },
    setNow: (at: number) => {
      now = at;
    },
  };
}

describe('TokenBucket', () => {
  it('should start full and refuse once the burst is spent', () => {
    const { bucket } = bucketAt(2, 3);
    expect(bucket.available()).toBe(3);
    expect([bucket.tryTake(), bucket.tryTake(), bucket.tryTake(), bucket.tryTake()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(bucket.available()).toBe(0);
  });

  it('should refill at ratePerSecond and never beyond burst', () => {
    const { bucket, advance } = bucketAt(2, 3);
    expect(bucket.tryTake(3)).toBe(true);
    advance(499);
    expect(bucket.available()).toBe(0);
    advance(1);
    expect(bucket.available()).toBe(1);
    advance(60_000);
    expect(bucket.available()).toBe(3);
  });

  it('should take all n tokens or none', () => {
    const { bucket } = bucketAt(1, 5);
    expect(bucket.tryTake(4)).toBe(true);
    expect(bucket.tryTake(2)).toBe(false);
    expect(bucket.available()).toBe(1);
    expect(bucket.tryTake(0)).toBe(true);
    expect(bucket.tryTake(-1)).toBe(false);
    expect(bucket.available()).toBe(1);
  });

  it('should say how long until n tokens are available', () => {
    const { bucket, advance } = bucketAt(4, 10);
    expect(bucket.msUntil(10)).toBe(0);
    bucket.tryTake(10);
    expect(bucket.msUntil()).toBe(250);
    expect(bucket.msUntil(3)).toBe(750);
    advance(100);
    expect(bucket.msUntil()).toBe(150);
    expect(bucket.msUntil(11)).toBe(Number.POSITIVE_INFINITY);
  });

  it('should round msUntil up so that waiting that long is always enough', () => {
    const { bucket, advance } = bucketAt(3, 1);
    bucket.tryTake();
    const wait = bucket.msUntil();
    expect(wait).toBe(334);
    advance(wait - 1);
    expect(bucket.tryTake()).toBe(false);
    advance(1);
    expect(bucket.tryTake()).toBe(true);
  });

  it('should never refill at rate 0', () => {
    const { bucket, advance } = bucketAt(0, 1);
    expect(bucket.tryTake()).toBe(true);
    advance(1e9);
    expect(bucket.tryTake()).toBe(false);
    expect(bucket.msUntil()).toBe(Number.POSITIVE_INFINITY);
  });

  it('should not mint tokens when the clock steps back', () => {
    const { bucket, advance, setNow } = bucketAt(1, 1);
    bucket.tryTake();
    setNow(0);
    advance(999_999);
    expect(bucket.tryTake()).toBe(false);
    advance(1001);
    expect(bucket.tryTake()).toBe(true);
  });

  it('should reject an invalid configuration with a stable code', () => {
    const now = () => 0;
    expect(() => new TokenBucket({ ratePerSecond: -1, burst: 1, now })).toThrow(
      TOKEN_BUCKET_ERRORS.invalidRate,
    );
    expect(() => new TokenBucket({ ratePerSecond: 1, burst: Number.NaN, now })).toThrow(
      TOKEN_BUCKET_ERRORS.invalidBurst,
    );
  });

  it('should grant at most burst + rate·T tokens in any window T, and grant whenever msUntil is 0', () => {
    const take = fc.record({ gapMs: fc.nat(2000), n: fc.integer({ min: 0, max: 4 }) });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 50 }),
          fc.integer({ min: 1, max: 40 }).map((q) => q / 4),
        ),
        fc.integer({ min: 0, max: 20 }),
        fc.array(take, { maxLength: 120, size: 'max' }),
        (ratePerSecond, burst, schedule) => {
          let now = 0;
          const bucket = new TokenBucket({ ratePerSecond, burst, now: () => now });
          const grants: Array<{ at: number; n: number }> = [];
          let readinessMismatches = 0;
          for (const { gapMs, n } of schedule) {
            now += gapMs;
            const ready = bucket.msUntil(n) === 0;
            const granted = bucket.tryTake(n);
            if (granted !== ready) readinessMismatches += 1;
            if (granted) grants.push({ at: now, n });
          }
          expect(readinessMismatches).toBe(0);
          // Smallest slack over every window [grant i, grant j], in milli-tokens so the bound is exact.
          let minSlack = Number.POSITIVE_INFINITY;
          for (let i = 0; i < grants.length; i += 1) {
            let tokens = 0;
            for (let j = i; j < grants.length; j += 1) {
              tokens += grants[j]!.n;
              const windowMs = grants[j]!.at - grants[i]!.at;
              minSlack = Math.min(
                minSlack,
                burst * 1000 + ratePerSecond * windowMs - tokens * 1000,
              );
            }
          }
          expect(minSlack).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
