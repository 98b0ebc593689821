// Simulator counters and the ordered record of applied items per key, and helpers to read them in tests.
import type { Faults } from './faults.ts';

export interface AppliedRecord {
  /** Global order of application across all keys (1, 2, 3 …). */
  seq: number;
  op: string;
  item: unknown;
}

/** JSON-serialisable snapshot, served at GET /__admin/stats. */
export interface SimulatorStats {
  name: string;
  /** counters[counter][op], e.g. counters.received.submitDossier; kit counters: requests.all, faults.{timeout,latency,error}. */
  counters: Record<string, Record<string, number>>;
  /** Applied items per key, in application order. */
  applied: Record<string, AppliedRecord[]>;
  faults: Faults;
}

export interface StatsRecorder {
  count(counter: string, op: string, n?: number): void;
  recordApplied(op: string, key: string, item: unknown): void;
  snapshot(name: string, faults: Faults): SimulatorStats;
  clear(): void;
}

export function createStatsRecorder(): StatsRecorder {
  let counters: Record<string, Record<string, number>> = {};
  let applied: Record<string, AppliedRecord[]> = {};
  let seq = 0;
  const count = (counter: string, op: string, n = 1): void => {
    const byOp = counters[counter] ?? {};
    counters[counter] = byOp;
    byOp[op] = (byOp[op] ?? 0) + n;
  };
  return {
    count,
    recordApplied(op, key, item) {
      count('applied', op);
      seq += 1;
      const records = applied[key] ?? [];
      applied[key] = records;
      records.push({ seq, op, item: structuredClone(item) });
    },
    snapshot: (name, faults) => structuredClone({ name, counters, applied, faults }),
    clear() {
      counters = {};
      applied = {};
      seq = 0;
    },
  };
}

/** counters[counter][op], 0 when never counted. */
export function countOf(stats: SimulatorStats, counter: string, op: string): number {
  return stats.counters[counter]?.[op] ?? 0;
}

/** How many times items under this key were applied. */
export function appliedCount(stats: SimulatorStats, key: string): number {
  return stats.applied[key]?.length ?? 0;
}
