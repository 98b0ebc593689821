// Acceptance (delivery engine): the portal is down for OUTAGE_SECONDS (120 in CI) while 200 dossiers
// are submitted: the circuit opens within seconds, the calls tried during the outage stay under the
// bound the breaker's schedule gives, and once the portal is back the backlog drains by itself.
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOf } from '../../connectors/kit/simulator/index.ts';
import { appliedOf } from '../../connectors/national-portal/index.ts';
import type { DeliveryPolicy } from '../../ops/delivery/policy.ts';
import { waitFor } from '../helpers/delivery.ts';
import {
  type Journey,
  type PortalHarness,
  portalJourneys,
  startPortalHarness,
  submitJourneys,
  TARGET,
  waitForStates,
} from '../helpers/portal-harness.ts';

/** A developer may shorten the outage locally; CI leaves it unset (120 s). */
const OUTAGE_MS = Number(process.env.OUTAGE_SECONDS || 120) * 1000;
const DOSSIERS = 200;
const EVENTS = 1;
const SEED = 5_150;

/**
 * Probes the breaker can make in `ms` after opening: the first after openMs, each failed probe
 * doubling the wait up to maxOpenMs. Probes run later than due (a deferred job is fetched again
 * after nextProbeAt plus jitter), never earlier, so this is an upper bound.
 */
function probesWithin(ms: number, breaker: DeliveryPolicy['breaker']): number {
  let probes = 0;
  let wait = breaker.openMs;
  for (let at = wait; at <= ms; at += wait) {
    probes += 1;
    wait = Math.min(breaker.maxOpenMs, wait * 2);
  }
  return probes;
}

/**
 * Calls admitted before the circuit opens: every lane's call slots in flight at once, plus one
 * more for each of the first failureThreshold − 1 failures, which free a slot before it opens.
 */
function callsBeforeOpen(policy: DeliveryPolicy): number {
  return policy.concurrency * policy.callConcurrency + policy.breaker.failureThreshold - 1;
}

let h: PortalHarness | undefined;
afterAll(async () => {
  await h?.stop();
});

describe('a portal outage', () => {
  let journeys: Journey[] = [];
  const figures: Record<string, number> = { outageMs: OUTAGE_MS };

  beforeAll(async () => {
    h = await startPortalHarness({ seed: SEED });
    journeys = portalJourneys(SEED, DOSSIERS + 1, EVENTS);
    // One dossier before the outage: the session exists and the circuit is closed and proven.
    await submitJourneys(h.api, journeys.slice(0, 1), 1);
    await waitForStates(h, { delivered: 1 + EVENTS }, 30_000);
  });

  it(
    'should open the circuit, bound the calls while down, and drain the backlog afterwards',
    async () => {
      const harness = h!;
      const breaker = harness.engine.workers.get(TARGET)!.breaker;
      const { policy } = harness;
      const requestsBefore = countOf(harness.portal.stats(), 'requests', 'all');
      await harness.portal.setFaults({ down: true });
      const downAt = Date.now();

      const opened = waitFor(() => breaker.state() !== 'closed', 10_000, 10);
      const accepted = await submitJourneys(harness.api, journeys.slice(1), 16);
      expect(accepted.flat()).toHaveLength(DOSSIERS * (1 + EVENTS));
      await opened;

      await new Promise((r) => setTimeout(r, downAt + OUTAGE_MS - Date.now()));
      const upAt = Date.now();
      const during = harness.portCalls.filter((c) => c.at >= downAt && c.at < upAt);
      const probes = harness.circuit.filter((c) => c.to === 'half_open' && c.at < upAt).length;
      const openings = harness.circuit.filter((c) => c.to === 'open' && c.at < upAt);
      const bound = callsBeforeOpen(policy) + probesWithin(OUTAGE_MS, policy.breaker);
      Object.assign(figures, { callsDuringOutage: during.length, probes, bound });
      figures.openedAfterFirstCallMs = openings[0]!.at - during[0]!.at;

      // Nothing reached the portal; the connector tried at most the bound, never a retry storm.
      expect(countOf(harness.portal.stats(), 'requests', 'all')).toBe(requestsBefore);
      expect(during.length).toBeGreaterThan(0);
      expect(during.length).toBeLessThanOrEqual(bound);
      expect(probes).toBeLessThanOrEqual(probesWithin(OUTAGE_MS, policy.breaker));
      expect(openings[0]?.reason).toBe('consecutive_failures');
      expect(openings.slice(1).every((c) => c.reason === 'probe_failed')).toBe(true);
      // A deferral spends no attempt: nothing was dead-lettered, nothing gave up.
      const states = await harness.states();
      expect(states.dead).toBeUndefined();
      expect(states.pending).toBe(DOSSIERS * (1 + EVENTS));
      const { rows } = await harness.pool.query<{ most: number }>(
        'select max(attempts)::int as most from lienthong.delivery where target = $1',
        [TARGET],
      );
      figures.mostAttemptsOfOneDelivery = rows[0]!.most;

      await harness.portal.setFaults({ down: false });
      const drainStarted = performance.now();
      await waitForStates(harness, { delivered: (DOSSIERS + 1) * (1 + EVENTS) }, 60_000);
      figures.drainMs = Math.round(performance.now() - drainStarted);
      expect(breaker.state()).toBe('closed');
      const closed = harness.circuit.find((c) => c.to === 'closed' && c.at >= upAt);
      expect(closed?.reason).toBe('probe_succeeded');
      figures.closedAfterUpMs = closed!.at - upAt;
      figures.throttled = countOf(harness.portal.stats(), 'rejected', 'rateLimited');
      const spent = await harness.pool.query<{ most: number; throttled: number }>(
        `select max(d.attempts)::int as most,
         (select count(*)::int from lienthong.delivery_attempt where error_class = 'throttled') as throttled
       from lienthong.delivery d where d.target = $1`,
        [TARGET],
      );
      figures.mostAttemptsAfterDrain = spent.rows[0]!.most;
      figures.throttledAttempts = spent.rows[0]!.throttled;

      const stats = harness.portal.stats();
      for (const journey of journeys) {
        const code = journey.dossier.code;
        expect(appliedOf(stats, code, 'DongBoHoSoMC')).toHaveLength(1);
        expect(
          appliedOf(stats, code, 'CapNhatTienDoHoSoMC').map(
            (r) => (r.item as { NoiDungXuLy: string }).NoiDungXuLy,
          ),
        ).toEqual(journey.events.map((e) => e.content));
      }
      const operatorActions = await harness.pool.query(
        "select 1 from lienthong.audit_log where action like 'delivery.%' or action like 'target.%'",
      );
      expect(operatorActions.rows).toEqual([]);
      console.info(`[delivery-outage] ${JSON.stringify(figures)}`);
    },
    OUTAGE_MS + 180_000,
  );
});
