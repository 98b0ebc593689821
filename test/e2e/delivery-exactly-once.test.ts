// Acceptance (delivery engine): 1,000 dossiers × 5 progress events submitted over HTTP reach the
// portal simulator exactly once and in order per dossier while it fails 20% of calls with a 503.
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOf } from '../../connectors/kit/simulator/index.ts';
import { progressToPortal } from '../../mappings/national-portal/index.ts';
import {
  type Accepted,
  type Journey,
  type PortalHarness,
  portalJourneys,
  startPortalHarness,
  submitJourneys,
  TARGET,
  waitForStates,
} from '../helpers/portal-harness.ts';

const DOSSIERS = 1_000;
const EVENTS = 5;
const SEED = 20_250_915;

let h: PortalHarness | undefined;
afterAll(async () => {
  await h?.stop();
});

/** What the simulator records for a journey, in order: the dossier's create, then each event. */
function expectedRecords(journey: Journey): unknown[] {
  return [
    { op: 'DongBoHoSoMC', item: { isUpdating: 'False', TrangThaiHoSo: '2' } },
    ...journey.events.map((event) => {
      const mapped = progressToPortal.run(event);
      if (!mapped.ok) throw new Error(`event does not map: ${JSON.stringify(mapped.errors)}`);
      const { ThoiDiemXuLy, TrangThai, NoiDungXuLy } = mapped.value;
      return { op: 'CapNhatTienDoHoSoMC', item: { ThoiDiemXuLy, TrangThai, NoiDungXuLy } };
    }),
  ];
}

describe('delivery to the national portal under 20% transient failures', () => {
  let journeys: Journey[] = [];
  let accepted: Accepted[] = [];
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    h = await startPortalHarness({ seed: SEED });
    await h.portal.setFaults({ errorRate: 0.2, errorStatus: 503 });
    journeys = portalJourneys(SEED, DOSSIERS, EVENTS);
  });

  it('should accept every submission and deliver all of them', async () => {
    const started = performance.now();
    accepted = await submitJourneys(h!.api, journeys, 32);
    timings.submitMs = performance.now() - started;
    await waitForStates(h!, { delivered: DOSSIERS * (1 + EVENTS) }, 300_000);
    timings.totalMs = performance.now() - started;
    expect(accepted.flat()).toHaveLength(DOSSIERS * (1 + EVENTS));
    expect(new Set(accepted.flat()).size).toBe(DOSSIERS * (1 + EVENTS));
    expect(h!.batchErrors).toEqual([]);
  }, 360_000);

  it('should have every dossier synced once and every event applied once, in submission order', () => {
    const stats = h!.portal.stats();
    const wrong = journeys
      .map((journey) => ({
        code: journey.dossier.code,
        got: (stats.applied[journey.dossier.code] ?? []).map(({ op, item }) => ({ op, item })),
        want: expectedRecords(journey),
      }))
      .filter(({ got, want }) => JSON.stringify(got) !== JSON.stringify(want));
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(Object.keys(stats.applied)).toHaveLength(DOSSIERS);
    expect(countOf(stats, 'applied', 'DongBoHoSoMC')).toBe(DOSSIERS);
    expect(countOf(stats, 'applied', 'CapNhatTienDoHoSoMC')).toBe(DOSSIERS * EVENTS);
    // No event reached the portal's logic again after it was applied, no dossier was re-sent.
    expect(countOf(stats, 'duplicate', 'CapNhatTienDoHoSoMC')).toBe(0);
    expect(countOf(stats, 'unchanged', 'DongBoHoSoMC')).toBe(0);
    // The faults were real: about a fifth of all requests failed.
    const requests = countOf(stats, 'requests', 'all');
    const failed = countOf(stats, 'faults', 'error');
    expect(failed / requests).toBeGreaterThan(0.15);
    expect(failed / requests).toBeLessThan(0.25);
    timings.requests = requests;
    timings.injected503 = failed;
    timings.throttled = countOf(stats, 'rejected', 'rateLimited');
    timings.progressCalls = countOf(stats, 'received', 'CapNhatTienDoHoSoMC');
  });

  it('should send progress in batches of at most 10 events', () => {
    const batches = h!.portCalls.filter((c) => c.method === 'deliverBatch');
    const sizes = batches.map((c) => c.keys.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
    expect(Math.max(...sizes)).toBe(10);
    const items = sizes.reduce((a, b) => a + b, 0);
    // Fewer calls than events: events of different dossiers shared calls.
    expect(batches.length).toBeLessThan(items / 2);
    timings.portCalls = h!.portCalls.length;
    timings.meanBatch = Number((items / batches.length).toFixed(1));
  });

  it('should agree in the database: all delivered, retries recorded, no dead letter', async () => {
    const { rows } = await h!.pool.query<{ outcome: string; n: number }>(
      `select a.outcome, count(*)::int as n from lienthong.delivery_attempt a
         join lienthong.delivery d on d.id = a.delivery_id where d.target = $1 group by 1 order by 1`,
      [TARGET],
    );
    const byOutcome = Object.fromEntries(rows.map((r) => [r.outcome, r.n]));
    expect(byOutcome.delivered).toBe(DOSSIERS * (1 + EVENTS));
    expect(byOutcome.retry).toBeGreaterThan(DOSSIERS * 0.1);
    expect(byOutcome.dead).toBeUndefined();
    timings.retriedAttempts = byOutcome.retry ?? 0;
    const journey = await h!.api.call<{
      items: Array<{ id: string; kind: string; deliveries: unknown[] }>;
    }>('GET', `/api/v1/dossiers/${encodeURIComponent(journeys[0]!.dossier.code)}/exchanges`);
    expect(journey.status).toBe(200);
    expect(journey.body.items.map((i) => i.id)).toEqual(accepted[0]);
    expect(journey.body.items.map((i) => i.deliveries)).toEqual(
      accepted[0]!.map(() => [expect.objectContaining({ target: TARGET, status: 'delivered' })]),
    );
    console.info(`[delivery-exactly-once] ${JSON.stringify(timings)}`);
  });
});
