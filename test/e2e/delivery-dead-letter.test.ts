// Acceptance (delivery engine): an event the portal refuses for good is dead-lettered with its
// classified reason and parks its dossier's later events while other dossiers flow on; once the
// cause is fixed, a replay through the API delivers the head and then the parked events, in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOf } from '../../connectors/kit/simulator/index.ts';
import { appliedOf } from '../../connectors/national-portal/index.ts';
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

const SEED = 4_711;
const EVENTS = 4;
const FIRST_WAVE = 12;
const SECOND_WAVE = 6;

interface DeadLetter {
  id: string;
  exchange_id: string;
  dossier_code: string;
  kind: string;
  reason: string;
  attempts: number;
  parked: number;
  last_error: { class: string; reason: string };
}
interface TimelineEntry {
  event: string;
  outcome: string | null;
  reason: string | null;
  actor: string | null;
}
interface JourneyView {
  items: Array<{
    id: string;
    kind: string;
    deliveries: Array<{ id: string; status: string; reason: string | null; parkedBehind?: string }>;
  }>;
}

let h: PortalHarness | undefined;
afterAll(async () => {
  await h?.stop();
});

describe('a permanently refused event', () => {
  let journeys: Journey[] = [];
  let accepted: Accepted[] = [];
  let poisoned: Journey;
  let dead: DeadLetter;
  /** Delivery keys (exchangeId:target) in the order the engine handed them to the connector. */
  const sentKeys = () => h!.portCalls.flatMap((c) => c.keys);
  const key = (exchangeId: string) => `${exchangeId}:${TARGET}`;
  const journeyOf = (code: string) =>
    h!.api.call<JourneyView>('GET', `/api/v1/dossiers/${encodeURIComponent(code)}/exchanges`);
  const progressOf = (code: string) =>
    appliedOf(h!.portal.stats(), code, 'CapNhatTienDoHoSoMC').map(
      (r) => (r.item as { NoiDungXuLy: string }).NoiDungXuLy,
    );

  beforeAll(async () => {
    h = await startPortalHarness({ seed: SEED });
    journeys = portalJourneys(SEED, FIRST_WAVE + SECOND_WAVE, EVENTS);
    poisoned = journeys[0]!;
    const bad = poisoned.events[1]!;
    // The portal refuses the dossier's second event as invalid data (error_code 4) until fixed.
    h.rules.rejectProgress = (item) =>
      item.MaHoSo === bad.dossierCode && item.NoiDungXuLy === bad.content;
  });

  it('should dead-letter it with its classified reason and park the later events', async () => {
    accepted = await submitJourneys(h!.api, journeys.slice(0, FIRST_WAVE), 4);
    const total = FIRST_WAVE * (1 + EVENTS);
    await waitForStates(h!, { delivered: total - 3, dead: 1, pending: 2 }, 60_000);

    const letters = await h!.api.call<{ items: DeadLetter[] }>(
      'GET',
      `/api/v1/operations/dead-letters?target=${TARGET}`,
    );
    expect(letters.status).toBe(200);
    expect(letters.body.items).toHaveLength(1);
    dead = letters.body.items[0]!;
    expect(dead).toMatchObject({
      exchange_id: accepted[0]![2],
      dossier_code: poisoned.dossier.code,
      kind: 'progress',
      reason: 'portal.invalid_data',
      attempts: 1,
      parked: 2,
      last_error: { class: 'permanent', reason: 'portal.invalid_data' },
    });

    const view = await journeyOf(poisoned.dossier.code);
    expect(view.body.items.map((i) => i.id)).toEqual(accepted[0]);
    expect(view.body.items.map((i) => i.deliveries[0]!.status)).toEqual([
      'delivered',
      'delivered',
      'failed',
      'parked',
      'parked',
    ]);
    expect(view.body.items[2]!.deliveries[0]!.reason).toBe('portal.invalid_data');
    expect(view.body.items[3]!.deliveries[0]!.parkedBehind).toBe(dead.id);
    expect(view.body.items[4]!.deliveries[0]!.parkedBehind).toBe(dead.id);

    // The portal holds the dossier and its first event only; the parked events were never sent.
    expect(progressOf(poisoned.dossier.code)).toEqual([poisoned.events[0]!.content]);
    expect(countOf(h!.portal.stats(), 'rejected', 'invalidData')).toBeGreaterThanOrEqual(1);
    const sent = sentKeys();
    expect(sent).not.toContain(key(accepted[0]![3]!));
    expect(sent).not.toContain(key(accepted[0]![4]!));
  });

  it('should let other dossiers flow on while it stays parked', async () => {
    const later = await submitJourneys(h!.api, journeys.slice(FIRST_WAVE), 4);
    accepted.push(...later);
    const total = (FIRST_WAVE + SECOND_WAVE) * (1 + EVENTS);
    await waitForStates(h!, { delivered: total - 3, dead: 1, pending: 2 }, 60_000);
    for (const journey of journeys.slice(1))
      expect(progressOf(journey.dossier.code)).toEqual(journey.events.map((e) => e.content));
    const view = await journeyOf(poisoned.dossier.code);
    expect(view.body.items.map((i) => i.deliveries[0]!.status)).toEqual([
      'delivered',
      'delivered',
      'failed',
      'parked',
      'parked',
    ]);
    expect(progressOf(poisoned.dossier.code)).toEqual([poisoned.events[0]!.content]);
  });

  it('should deliver the head and then the parked events, in order, once replayed', async () => {
    h!.rules.rejectProgress = undefined;
    const replay = await h!.api.call('POST', '/api/v1/operations/dead-letters/replay', {
      ids: [dead.id],
    });
    expect(replay).toEqual({ status: 200, body: { done: [dead.id], skipped: [] } });
    const total = (FIRST_WAVE + SECOND_WAVE) * (1 + EVENTS);
    await waitForStates(h!, { delivered: total }, 60_000);

    expect(progressOf(poisoned.dossier.code)).toEqual(poisoned.events.map((e) => e.content));
    const [, , head, third, fourth] = accepted[0]!.map((id) => key(id));
    const sent = sentKeys();
    expect(sent.lastIndexOf(head!)).toBeLessThan(sent.indexOf(third!));
    expect(sent.indexOf(third!)).toBeLessThan(sent.indexOf(fourth!));
    const view = await journeyOf(poisoned.dossier.code);
    expect(view.body.items.map((i) => i.deliveries[0]!.status)).toEqual(
      Array(1 + EVENTS).fill('delivered'),
    );

    const timeline = await h!.api.call<{ entries: TimelineEntry[] }>(
      'GET',
      `/api/v1/exchanges/${accepted[0]![2]}/timeline`,
    );
    expect(timeline.status).toBe(200);
    expect(timeline.body.entries.map((e) => [e.event, e.outcome, e.reason])).toEqual([
      ['accepted', null, null],
      ['attempt', 'dead', 'portal.invalid_data'],
      ['delivery.replay', 'ok', null],
      ['attempt', 'delivered', null],
    ]);
    expect(timeline.body.entries[2]!.actor).toBe('member:one-stop-hn');
  });
});
