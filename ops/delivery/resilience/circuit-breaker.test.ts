// Circuit breaker: golden transitions plus properties over random event sequences and outages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CircuitBreaker,
  type CircuitBreakerOptions,
  type CircuitState,
  type StateChangeListener,
} from './circuit-breaker.ts';

const T0 = 1_700_000_000_000;

function harness(options: Partial<CircuitBreakerOptions> = {}) {
  let now = T0;
  const changes: Array<Parameters<StateChangeListener>> = [];
  const breaker = new CircuitBreaker({
    now: () => now,
    onStateChange: (...change) => changes.push(change),
    ...options,
  });
  return {
    breaker,
    changes,
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
  };
}

function failTimes(breaker: CircuitBreaker, times: number) {
  for (let i = 0; i < times; i += 1) {
    expect(breaker.canRequest()).toBe(true);
    breaker.onFailure('transport');
  }
}

/** Throws (failing the property with its counterexample) without the cost of expect() per step. */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`violated: ${what}`);
}

/** Most half-open episodes (one probe each) that fit into `duration` after the circuit first opens. */
function maxProbes(duration: number, openMs: number, maxOpenMs: number): number {
  let probes = 0;
  let elapsed = 0;
  let period = openMs;
  for (;;) {
    elapsed += period;
    if (elapsed > duration) return probes;
    probes += 1;
    period = Math.min(maxOpenMs, period * 2);
  }
}

describe('CircuitBreaker', () => {
  it('should open after failureThreshold consecutive transport failures', () => {
    const { breaker, changes } = harness();
    failTimes(breaker, 4);
    expect(breaker.state()).toBe('closed');
    failTimes(breaker, 1);
    expect(breaker.state()).toBe('open');
    expect(breaker.canRequest()).toBe(false);
    expect(changes).toEqual([['closed', 'open', 'consecutive_failures']]);
    expect(breaker.snapshot()).toMatchObject({
      state: 'open',
      openedAt: T0,
      nextProbeAt: T0 + 5000,
      consecutiveFailures: 5,
      forcedReason: null,
    });
  });

  it('should never open on per-record (other) failures, which also break a run of transport failures', () => {
    // errorRatio 1 keeps the 80 % transport-failure ratio of this sequence from opening it.
    const { breaker } = harness({ errorRatio: 1 });
    for (let i = 0; i < 100; i += 1) {
      failTimes(breaker, 4);
      breaker.onFailure('other');
    }
    expect(breaker.snapshot()).toMatchObject({
      state: 'closed',
      consecutiveFailures: 0,
      windowCalls: 500,
      windowFailures: 400,
    });
  });

  it('should open on the error ratio once the window holds minimumCalls', () => {
    const { breaker, changes } = harness();
    for (let i = 0; i < 9; i += 1) {
      breaker.onSuccess();
      breaker.onFailure('transport');
    }
    breaker.onSuccess();
    expect(breaker.snapshot()).toMatchObject({
      state: 'closed',
      windowCalls: 19,
      windowFailures: 9,
    });
    breaker.onFailure('transport');
    expect(breaker.state()).toBe('open');
    expect(changes).toEqual([['closed', 'open', 'error_ratio']]);
  });

  it('should forget calls older than windowMs', () => {
    const { breaker, advance } = harness();
    for (let i = 0; i < 9; i += 1) {
      breaker.onSuccess();
      breaker.onFailure('transport');
    }
    advance(30_000);
    expect(breaker.snapshot()).toMatchObject({ windowCalls: 0, windowFailures: 0 });
    breaker.onSuccess();
    breaker.onFailure('transport');
    expect(breaker.state()).toBe('closed');
  });

  it('should allow exactly one probe once the open period has passed, and close on its success', () => {
    const { breaker, changes, advance } = harness();
    failTimes(breaker, 5);
    advance(4999);
    expect(breaker.canRequest()).toBe(false);
    advance(1);
    expect(breaker.state()).toBe('half_open');
    expect(breaker.canRequest()).toBe(true);
    expect(breaker.canRequest()).toBe(false);
    advance(100_000);
    expect(breaker.canRequest()).toBe(false);
    breaker.onSuccess();
    expect(breaker.state()).toBe('closed');
    expect(breaker.canRequest()).toBe(true);
    expect(changes.map(([from, to, reason]) => `${from}>${to}:${reason}`)).toEqual([
      'closed>open:consecutive_failures',
      'open>half_open:probe_due',
      'half_open>closed:probe_succeeded',
    ]);
  });

  it('should close when the probe is rejected as a bad record, since the target answered', () => {
    const { breaker, advance } = harness();
    failTimes(breaker, 5);
    advance(5000);
    expect(breaker.canRequest()).toBe(true);
    breaker.onFailure('other');
    expect(breaker.state()).toBe('closed');
  });

  it('should double the open period on each failed probe up to maxOpenMs, and restart it after closing', () => {
    const { breaker, advance, now } = harness();
    failTimes(breaker, 5);
    const periods: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const { nextProbeAt, openedAt } = breaker.snapshot();
      periods.push((nextProbeAt ?? 0) - (openedAt ?? 0));
      advance((nextProbeAt ?? 0) - now());
      expect(breaker.canRequest()).toBe(true);
      breaker.onFailure('transport');
    }
    expect(periods).toEqual([5000, 10_000, 20_000, 40_000, 60_000, 60_000]);
    advance(60_000);
    expect(breaker.canRequest()).toBe(true);
    breaker.onSuccess();
    failTimes(breaker, 5);
    expect(breaker.snapshot().nextProbeAt).toBe(now() + 5000);
  });

  it('should ignore results that arrive while open (requests admitted before it opened)', () => {
    const { breaker } = harness();
    failTimes(breaker, 5);
    breaker.onSuccess();
    breaker.onFailure('transport');
    expect(breaker.snapshot()).toMatchObject({ state: 'open', nextProbeAt: T0 + 5000 });
  });

  it('should stay open while forced, without probes, until reset', () => {
    const { breaker, changes, advance } = harness();
    breaker.forceOpen('maintenance window');
    advance(10 * 60_000);
    expect(breaker.canRequest()).toBe(false);
    expect(breaker.snapshot()).toMatchObject({
      state: 'open',
      nextProbeAt: null,
      forcedReason: 'maintenance window',
    });
    breaker.reset();
    expect(breaker.canRequest()).toBe(true);
    expect(breaker.snapshot()).toMatchObject({
      state: 'closed',
      forcedReason: null,
      openedAt: null,
    });
    expect(changes).toEqual([
      ['closed', 'open', 'forced', 'maintenance window'],
      ['open', 'closed', 'reset'],
    ]);
  });

  it('should honour custom thresholds and periods', () => {
    const { breaker, advance } = harness({ failureThreshold: 2, openMs: 100, maxOpenMs: 150 });
    failTimes(breaker, 2);
    advance(100);
    expect(breaker.canRequest()).toBe(true);
    breaker.onFailure('transport');
    expect(breaker.snapshot().currentOpenMs).toBe(150);
  });

  type Step =
    | { kind: 'advance'; ms: number }
    // Jump to just before, at, or just after the next probe time, where off-by-one bugs live.
    | { kind: 'nearProbe'; offset: -1 | 0 | 1 }
    | { kind: 'request' }
    | { kind: 'complete'; outcome: 'success' | 'transport' | 'other' }
    | { kind: 'force' }
    | { kind: 'reset' };

  const stepArb: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.nat(20_000) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('nearProbe' as const),
        offset: fc.constantFrom(-1 as const, 0 as const, 1 as const),
      }),
    },
    { weight: 5, arbitrary: fc.constant({ kind: 'request' as const }) },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('complete' as const),
        outcome: fc.constantFrom('success' as const, 'transport' as const, 'other' as const),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'force' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
  );

  const optionsArb = fc.record({
    failureThreshold: fc.integer({ min: 1, max: 8 }),
    errorRatio: fc.double({ min: 0.1, max: 1, noNaN: true }),
    windowMs: fc.integer({ min: 1000, max: 60_000 }),
    minimumCalls: fc.integer({ min: 1, max: 30 }),
    openMs: fc.integer({ min: 1, max: 10_000 }),
    maxOpenMs: fc.integer({ min: 1, max: 80_000 }),
  });

  it('should keep its guarantees for any sequence of events and clock advances', () => {
    fc.assert(
      fc.property(
        optionsArb,
        fc.array(stepArb, { maxLength: 200, size: 'max' }),
        (options, steps) => {
          let now = T0;
          let known: CircuitState = 'closed';
          const breaker = new CircuitBreaker({
            ...options,
            now: () => now,
            onStateChange: (from, to) => {
              check(from === known && to !== from, `transition ${from}>${to} while ${known}`);
              known = to;
            },
          });
          let outstanding = 0;
          let halfOpenGrants = 0;
          let blockedUntil = Number.NEGATIVE_INFINITY;
          for (const step of steps) {
            const before = breaker.snapshot();
            if (before.state !== 'half_open') halfOpenGrants = 0;
            if (step.kind === 'advance') now += step.ms;
            else if (step.kind === 'nearProbe') {
              if (before.nextProbeAt !== null)
                now = Math.max(now, before.nextProbeAt + step.offset);
            } else if (step.kind === 'request') {
              const granted = breaker.canRequest();
              // (a) judged against the probe time observed when it opened, not the breaker's own view.
              check(
                !(granted && now < blockedUntil),
                '(a) granted before the observed nextProbeAt',
              );
              // (a) while open, before the next probe is due (or forced), nothing passes.
              if (before.state === 'open') {
                check(before.nextProbeAt === null || now < before.nextProbeAt, 'open past due');
                check(!granted, '(a) granted while open');
              }
              if (granted) outstanding += 1;
              if (granted && breaker.state() === 'half_open') halfOpenGrants += 1;
              // (b) at most one probe in flight per half-open period.
              check(halfOpenGrants <= 1, '(b) second probe in half_open');
            } else if (step.kind === 'complete' && outstanding > 0) {
              outstanding -= 1;
              halfOpenGrants = 0;
              if (step.outcome === 'success') breaker.onSuccess();
              else breaker.onFailure(step.outcome);
              const after = breaker.state();
              // (c) a success (or a per-record rejection) in half-open closes it.
              if (before.state === 'half_open') {
                const expected = step.outcome === 'transport' ? 'open' : 'closed';
                check(after === expected, `(c) half_open + ${step.outcome} gave ${after}`);
              }
              if (before.state === 'closed' && step.outcome !== 'transport') {
                check(after === 'closed', `closed + ${step.outcome} gave ${after}`);
              }
            } else if (step.kind === 'force') breaker.forceOpen('operator');
            else if (step.kind === 'reset') breaker.reset();
            const snap = breaker.snapshot();
            check(snap.state === known, 'state differs from reported transitions');
            if (snap.state === 'open') blockedUntil = snap.nextProbeAt ?? Number.POSITIVE_INFINITY;
            if (snap.state === 'closed') blockedUntil = Number.NEGATIVE_INFINITY;
            check(snap.currentOpenMs <= Math.max(options.openMs, options.maxOpenMs), 'open period');
            check(snap.windowFailures <= snap.windowCalls, 'window counts');
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('should let at most failureThreshold + (workers - 1) + probes requests through during an outage', () => {
    // Greedy workers: after each clock step some in-flight requests fail, then every idle worker asks.
    const outageStep = fc.record({
      ms: fc.oneof(fc.nat(50), fc.nat(2000), fc.nat(30_000)),
      failures: fc.nat(4),
    });
    fc.assert(
      fc.property(
        optionsArb,
        fc.integer({ min: 1, max: 4 }),
        fc.array(outageStep, { maxLength: 300, size: 'max' }),
        (options, workers, steps) => {
          let now = T0;
          const breaker = new CircuitBreaker({ ...options, now: () => now });
          let inFlight = 0;
          let granted = 0;
          for (const step of steps) {
            now += step.ms;
            for (let i = Math.min(step.failures, inFlight); i > 0; i -= 1) {
              inFlight -= 1;
              breaker.onFailure('transport');
            }
            while (inFlight < workers && breaker.canRequest()) {
              inFlight += 1;
              granted += 1;
            }
          }
          const maxOpenMs = Math.max(options.openMs, options.maxOpenMs);
          const bound =
            options.failureThreshold +
            (workers - 1) +
            maxProbes(now - T0, options.openMs, maxOpenMs);
          expect(granted).toBeLessThanOrEqual(bound);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('should reach the outage bound exactly for one greedy worker probing as soon as allowed', () => {
    const { breaker, advance, now } = harness();
    let granted = 0;
    // One hour of outage, polled each 100 ms; every request fails at once.
    for (let t = 0; t <= 3_600_000; t += 100) {
      if (breaker.canRequest()) {
        granted += 1;
        breaker.onFailure('transport');
      }
      if (t < 3_600_000) advance(100);
    }
    // 5 + probes after 5, 10, 20, 40 s then every 60 s: 4 + floor((3600 - 75) / 60) = 62.
    expect(maxProbes(now() - T0, 5000, 60_000)).toBe(62);
    expect(granted).toBe(5 + 62);
  });

  it('should never open from successes and per-record failures alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(5000), fc.constantFrom('success', 'other')), {
          maxLength: 300,
          size: 'max',
        }),
        (events) => {
          let now = T0;
          const breaker = new CircuitBreaker({ now: () => now, minimumCalls: 1, errorRatio: 0.01 });
          for (const [ms, outcome] of events) {
            now += ms;
            check(breaker.canRequest(), 'closed refused a request');
            if (outcome === 'success') breaker.onSuccess();
            else breaker.onFailure('other');
          }
          expect(breaker.state()).toBe('closed');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
