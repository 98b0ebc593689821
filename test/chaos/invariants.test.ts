// The chaos verdict must catch what it claims to: each kind of breach, planted in a clean ledger.
import { describe, expect, it } from 'vitest';
import type { AppliedRecord, SimulatorStats } from '../../connectors/kit/simulator/index.ts';
import { seeded } from '../helpers/delivery.ts';
import { checkInvariants, type DeliveryRow, type Observed } from './invariants.ts';
import type { Ack, LoadResult } from './load.ts';
import { buildWorkload, portalRecordOf, recordLabel, type Submission } from './workload.ts';

const TARGET = 'national-portal';
const workload = buildWorkload({
  dossiers: 3,
  eventsPerDossier: 3,
  random: seeded(5),
  keyedShare: 0.5,
  runTag: 'unit',
});
const all = workload.dossiers.flat();
const exchangeOf = (s: Submission) => `ex-${s.dossier}-${s.index}`;
const { poison } = workload;
const isPoison = (s: Submission) => s.dossier === poison.dossier;

function clean(): { load: LoadResult; observed: Observed } {
  const acks: Ack[] = all.map((submission) => ({
    submission,
    exchangeId: exchangeOf(submission),
    status: 'accepted',
    deliveries: [TARGET],
    tries: 1,
  }));
  const applied: Record<string, AppliedRecord[]> = {};
  let seq = 0;
  for (const s of all) {
    if (isPoison(s) && s.index >= poison.index) continue;
    applied[s.dossier] = [...(applied[s.dossier] ?? []), { seq: ++seq, ...portalRecordOf(s) }];
  }
  const deliveries: DeliveryRow[] = all.map((s) => ({
    id: `d-${exchangeOf(s)}`,
    exchange_id: exchangeOf(s),
    target: TARGET,
    state:
      !isPoison(s) || s.index < poison.index
        ? 'delivered'
        : s.index === poison.index
          ? 'dead'
          : 'pending',
    reason: isPoison(s) && s.index === poison.index ? 'portal.invalid_transition' : null,
  }));
  const portal: SimulatorStats = {
    name: 'national-portal',
    counters: {},
    applied,
    faults: {
      errorRate: 0,
      errorStatus: 503,
      errorResponder: null,
      latencyMs: 0,
      timeoutRate: 0,
      down: false,
    },
  };
  return {
    load: {
      acks,
      resends: [],
      unacknowledged: [],
      refused: [],
      client: { requests: 0, connectionErrors: 0, serverErrors: 0 },
    },
    observed: {
      portal,
      exchangeIds: new Set(all.map(exchangeOf)),
      deliveries,
      failedAttempts: [{ error_class: 'permanent', reason: 'portal.invalid_transition', n: 1 }],
    },
  };
}

const verdict = (state: ReturnType<typeof clean>) =>
  checkInvariants({ ...state, workload, target: TARGET, crashes: [] }).map((v) => v.kind);
const other = workload.dossiers.find((d) => d[0]!.dossier !== poison.dossier)!;
const code = other[0]!.dossier;

describe('checkInvariants', () => {
  it('should label each submission as the portal simulator records it', () => {
    for (const s of all) {
      const { op, item } = portalRecordOf(s);
      expect(recordLabel(op, item)).toBe(s.label);
    }
    expect(new Set(all.map((s) => `${s.dossier}|${s.label}`)).size).toBe(all.length);
  });

  it('should find nothing wrong in a clean run with its one injected dead letter', () => {
    expect(verdict(clean())).toEqual([]);
  });

  it('should report an acknowledged event the portal never applied as lost', () => {
    const state = clean();
    state.observed.portal.applied[code] = state.observed.portal.applied[code]!.slice(0, -1);
    expect(verdict(state)).toEqual(['lost']);
  });

  it('should report an acknowledged exchange missing from the database as lost', () => {
    const state = clean();
    state.observed.exchangeIds = new Set([...state.observed.exchangeIds].slice(1));
    expect(verdict(state)).toContain('lost');
  });

  it('should report an event applied twice', () => {
    const state = clean();
    const records = state.observed.portal.applied[code]!;
    records.push({ ...records[1]!, seq: 999 });
    expect(verdict(state)).toEqual(['applied_twice']);
  });

  it('should report two events applied out of acknowledged order', () => {
    const state = clean();
    const records = state.observed.portal.applied[code]!;
    [records[1], records[2]] = [records[2]!, records[1]!];
    expect(verdict(state)).toEqual(['order']);
  });

  it('should report an effect nobody acknowledged as a phantom', () => {
    const state = clean();
    state.observed.portal.applied[code]!.push({
      seq: 1000,
      op: 'CapNhatTienDoHoSoMC',
      item: { TrangThai: '4', NoiDungXuLy: 'never sent' },
    });
    expect(verdict(state)).toEqual(['phantom']);
  });

  it('should report an event that overtook the dead letter of its dossier', () => {
    const state = clean();
    const parked = all.find((s) => isPoison(s) && s.index > poison.index)!;
    state.observed.portal.applied[poison.dossier]!.push({ seq: 1001, ...portalRecordOf(parked) });
    const row = state.observed.deliveries.find((d) => d.exchange_id === exchangeOf(parked))!;
    row.state = 'delivered';
    expect(verdict(state)).toEqual(['poison', 'poison']);
  });

  it('should report a dead letter where no permanent error was injected, and a missing one', () => {
    const state = clean();
    for (const row of state.observed.deliveries) {
      if (row.state === 'dead') row.state = 'pending';
    }
    state.observed.deliveries[0]!.state = 'dead';
    expect(verdict(state)).toEqual(expect.arrayContaining(['dead_letter', 'poison', 'stuck']));
  });

  it('should report the injected dead letter under another reason than its classified one', () => {
    const state = clean();
    const row = state.observed.deliveries.find((d) => d.state === 'dead')!;
    row.reason = 'attempts_exhausted';
    expect(verdict(state)).toEqual(['poison']);
  });

  it('should report a resubmission that made a second exchange', () => {
    const state = clean();
    const first = state.load.acks[0]!;
    state.load.resends.push({
      submission: first.submission,
      late: true,
      expected: first.exchangeId,
      got: { status: 'accepted', exchangeId: 'ex-new' },
    });
    expect(verdict(state)).toEqual(['duplicate']);
  });

  it('should report a process that exited on its own, with the error it printed', () => {
    const violations = checkInvariants({
      ...clean(),
      workload,
      target: TARGET,
      crashes: [
        {
          role: 'gateway',
          atMs: 12_300,
          code: 1,
          signal: null,
          output:
            '{"level":50,"err":{"type":"Error"},"msg":"queue error"}\nnode:events:505\n' +
            "    throw er; // Unhandled 'error' event\nError: read ECONNRESET",
        },
      ],
    });
    expect(violations).toEqual([
      {
        kind: 'crash',
        detail:
          "gateway exit code 1 at +12.3s: throw er; // Unhandled 'error' event | Error: read ECONNRESET",
      },
    ]);
  });

  it('should report submissions the gateway never acknowledged', () => {
    const state = clean();
    state.load.unacknowledged.push(all[0]!);
    expect(verdict(state)).toEqual(['unavailable']);
  });

  it('should report a failed attempt without a known class or reason code', () => {
    const state = clean();
    state.observed.failedAttempts.push({ error_class: 'weird', reason: 'Something broke', n: 2 });
    expect(verdict(state)).toEqual(['unclassified']);
  });
});
