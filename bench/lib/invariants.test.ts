import { describe, expect, it } from 'vitest';
import type { AppliedRecord, SimulatorStats } from '../../connectors/kit/simulator/index.ts';
import { checkPortalRecords } from './invariants.ts';
import { eventContent } from './workload.ts';

const A = '000.00.00.H26-250101-0001';
const B = '001.00.00.H26-250101-0001';

function stats(
  applied: Record<string, Array<['d'] | ['e', number]>>,
  counters = {},
): SimulatorStats {
  let seq = 0;
  const records = (steps: Array<['d'] | ['e', number]>): AppliedRecord[] =>
    steps.map((step) => ({
      seq: ++seq,
      op: step[0] === 'd' ? 'DongBoHoSoMC' : 'CapNhatTienDoHoSoMC',
      item: step[0] === 'd' ? { TrangThaiHoSo: '4' } : { NoiDungXuLy: eventContent(step[1]) },
    }));
  return {
    name: 'national-portal',
    counters,
    applied: Object.fromEntries(
      Object.entries(applied).map(([code, steps]) => [code, records(steps)]),
    ),
    faults: {
      errorRate: 0,
      errorStatus: 503,
      errorResponder: null,
      latencyMs: 0,
      timeoutRate: 0,
      down: false,
    },
  };
}

describe('checkPortalRecords', () => {
  it('should pass every dossier applied once, then its events in order', () => {
    const check = checkPortalRecords(
      stats({ [A]: [['d'], ['e', 1], ['e', 2]], [B]: [['d']] }),
      new Map([
        [A, 2],
        [B, 0],
      ]),
    );
    expect(check).toMatchObject({
      dossiersApplied: 2,
      eventsApplied: 2,
      lost: [],
      twice: [],
      outOfOrder: [],
      unexpected: [],
    });
  });

  it('should report a dossier or an event accepted but never applied', () => {
    const check = checkPortalRecords(
      stats({ [A]: [['d'], ['e', 1]] }),
      new Map([
        [A, 2],
        [B, 0],
      ]),
    );
    expect(check.lost).toEqual([`${A} event 2`, B]);
  });

  it('should report a dossier or an event applied twice', () => {
    const check = checkPortalRecords(
      stats({ [A]: [['d'], ['d'], ['e', 1], ['e', 1]] }),
      new Map([[A, 1]]),
    );
    expect(check.twice).toEqual([A, `${A} event 1`]);
    expect(check.eventsApplied).toBe(1);
  });

  it('should report events out of order, and an event before its dossier', () => {
    const check = checkPortalRecords(
      stats({ [A]: [['d'], ['e', 2], ['e', 1]], [B]: [['e', 1], ['d']] }),
      new Map([
        [A, 2],
        [B, 1],
      ]),
    );
    expect(check.outOfOrder).toEqual([A, B]);
    expect(check.lost).toEqual([]);
  });

  it('should report records nobody submitted', () => {
    const check = checkPortalRecords(
      stats({ [A]: [['d'], ['e', 1], ['e', 5]], [B]: [['d']] }),
      new Map([[A, 1]]),
    );
    expect(check.unexpected).toEqual([B, `${A} event 5`]);
  });

  it('should count redeliveries the portal acknowledged without applying', () => {
    const check = checkPortalRecords(
      stats({}, { duplicate: { CapNhatTienDoHoSoMC: 3 }, unchanged: { DongBoHoSoMC: 2 } }),
      new Map(),
    );
    expect(check.acknowledgedDuplicates).toBe(5);
  });
});
