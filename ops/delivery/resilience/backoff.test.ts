// Backoff and retry decisions: golden cases per error class and properties of full jitter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backoffCeiling,
  fullJitterDelay,
  type RetryDelayInput,
  type RetryErrorClass,
  type RetryPolicy,
  retryDelay,
} from './backoff.ts';

const policy: RetryPolicy = { baseMs: 1000, maxMs: 60_000, maxAttempts: 10, maxAgeMs: 3_600_000 };
const T0 = Date.UTC(2025, 0, 1);

function decide(overrides: Partial<RetryDelayInput> = {}) {
  return retryDelay({
    errorClass: 'transient',
    attempt: 1,
    policy,
    firstAttemptAt: T0,
    now: () => T0 + 1000,
    random: () => 0.5,
    ...overrides,
  });
}

describe('fullJitterDelay', () => {
  it('should grow the ceiling exponentially up to maxMs', () => {
    expect([1, 2, 3, 4, 7, 8, 100, 5000].map((a) => backoffCeiling(a, 1000, 60_000))).toEqual([
      1000, 2000, 4000, 8000, 60_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('should draw from 0 to the ceiling inclusive', () => {
    const at = (random: number, attempt: number) =>
      fullJitterDelay({ attempt, baseMs: 1000, maxMs: 60_000, random: () => random });
    expect(at(0, 3)).toBe(0);
    expect(at(0.5, 3)).toBe(2000);
    expect(at(0.9999999, 3)).toBe(4000);
    expect(at(1, 3)).toBe(4000);
    expect(at(0.9999999, 50)).toBe(60_000);
  });

  it('should treat an attempt below 1 as the first attempt and a zero base as no delay', () => {
    expect(fullJitterDelay({ attempt: 0, baseMs: 100, maxMs: 1000, random: () => 0.9999 })).toBe(
      100,
    );
    expect(fullJitterDelay({ attempt: 9999, baseMs: 0, maxMs: 1000, random: () => 0.9 })).toBe(0);
  });

  it('should always return an integer in [0, min(maxMs, baseMs * 2^(attempt-1))]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, baseMs, maxMs, r) => {
          const delay = fullJitterDelay({ attempt, baseMs, maxMs, random: () => r });
          const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 60));
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(ceiling);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('retryDelay', () => {
  it('should dead-letter a permanent error at once, even on the first attempt', () => {
    expect(decide({ errorClass: 'permanent' })).toEqual({
      action: 'dead_letter',
      reason: 'permanent',
    });
  });

  it('should dead-letter when the attempts are used up', () => {
    expect(decide({ attempt: 10 })).toEqual({
      action: 'dead_letter',
      reason: 'attempts_exhausted',
    });
    expect(decide({ attempt: 9 })).toEqual({ action: 'retry', delayMs: 30_000 });
  });

  it('should dead-letter when the record is older than maxAgeMs', () => {
    expect(decide({ now: () => T0 + 3_600_000 })).toEqual({
      action: 'dead_letter',
      reason: 'max_age_exceeded',
    });
    expect(decide({ now: () => T0 + 3_599_999 }).action).toBe('retry');
  });

  it('should retry a transient error after a full-jitter delay', () => {
    expect(decide({ attempt: 3, random: () => 0.25 })).toEqual({ action: 'retry', delayMs: 1000 });
  });

  it('should honour Retry-After for a throttled error, capped at maxMs', () => {
    expect(decide({ errorClass: 'throttled', retryAfterMs: 7000, random: () => 0.99 })).toEqual({
      action: 'retry',
      delayMs: 7000,
    });
    expect(decide({ errorClass: 'throttled', retryAfterMs: 7000.2 })).toEqual({
      action: 'retry',
      delayMs: 7001,
    });
    expect(decide({ errorClass: 'throttled', retryAfterMs: 600_000 })).toEqual({
      action: 'retry',
      delayMs: 60_000,
    });
  });

  it('should fall back to jitter for a throttled error without a usable Retry-After', () => {
    expect(decide({ errorClass: 'throttled', attempt: 2, random: () => 0.5 })).toEqual({
      action: 'retry',
      delayMs: 1000,
    });
    expect(decide({ errorClass: 'throttled', attempt: 2, retryAfterMs: -5 })).toEqual({
      action: 'retry',
      delayMs: 1000,
    });
  });

  it('should wait at least eight base delays after an auth error, capped at maxMs', () => {
    expect(decide({ errorClass: 'auth', attempt: 1, random: () => 0 })).toEqual({
      action: 'retry',
      delayMs: 8000,
    });
    expect(decide({ errorClass: 'auth', attempt: 6, random: () => 0.99999 })).toEqual({
      action: 'retry',
      delayMs: 32_000,
    });
    const smallCap = { ...policy, maxMs: 5000 };
    expect(decide({ errorClass: 'auth', policy: smallCap })).toEqual({
      action: 'retry',
      delayMs: 5000,
    });
  });

  it('should keep every retry delay within [0, maxMs] and every decision consistent with the budgets', () => {
    const classes: RetryErrorClass[] = ['transient', 'throttled', 'permanent', 'auth'];
    fc.assert(
      fc.property(
        fc.constantFrom(...classes),
        fc.integer({ min: 1, max: 40 }),
        fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
        fc.integer({ min: 0, max: 7_200_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (errorClass, attempt, retryAfterMs, age, r) => {
          const decision = decide({
            errorClass,
            attempt,
            retryAfterMs,
            now: () => T0 + age,
            random: () => r,
          });
          const mustDeadLetter =
            errorClass === 'permanent' ||
            (errorClass !== 'throttled' && attempt >= policy.maxAttempts) ||
            age >= policy.maxAgeMs;
          expect(decision.action).toBe(mustDeadLetter ? 'dead_letter' : 'retry');
          if (decision.action !== 'retry') return;
          expect(decision.delayMs).toBeGreaterThanOrEqual(0);
          expect(decision.delayMs).toBeLessThanOrEqual(policy.maxMs);
          if (errorClass === 'throttled' && retryAfterMs !== undefined) {
            expect(decision.delayMs).toBe(Math.min(retryAfterMs, policy.maxMs));
          }
          if (errorClass === 'auth') expect(decision.delayMs).toBeGreaterThanOrEqual(8000);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
