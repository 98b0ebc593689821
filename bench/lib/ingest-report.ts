// bench:ingest's report: per concurrency level and kind, the medians over rounds; then each kind at
// its best level (peak rate), the ratios, and the requirement (≥ 0.5× the bare rate).
import { cpus } from 'node:os';
import type { LoadResult } from './http-load.ts';

export type Kind = 'bare' | 'lienthong';
export interface Cpu {
  server: number;
  postgres: number;
  generator: number;
}
/** `walBytes`: WAL the server wrote per request (pg_stat_wal, the measured window). */
export type Run = LoadResult & { cpu: Cpu; load: string; walBytes: number };

const us = (seconds: number) => (seconds * 1e6).toFixed(0);
const cpuText = (cpu: Cpu) =>
  `server ${us(cpu.server)} + PostgreSQL ${us(cpu.postgres)} + load generator ${us(cpu.generator)}`;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Summary {
  concurrency: number;
  rate: number;
  p50: number;
  p99: number;
  cpu: Cpu;
  cpuTotal: number;
  walBytes: number;
  runs: Run[];
}

function summarize(concurrency: number, runs: Run[]): Summary {
  const cpu = {
    server: median(runs.map((r) => r.cpu.server)),
    postgres: median(runs.map((r) => r.cpu.postgres)),
    generator: median(runs.map((r) => r.cpu.generator)),
  };
  return {
    concurrency,
    rate: median(runs.map((r) => r.perSecond)),
    p50: median(runs.map((r) => r.p50Ms)),
    p99: median(runs.map((r) => r.p99Ms)),
    cpu,
    cpuTotal: cpu.server + cpu.postgres + cpu.generator,
    walBytes: median(runs.map((r) => r.walBytes)),
    runs,
  };
}

const text = (s: Summary) =>
  `${s.rate.toFixed(0)} req/s, p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms; CPU µs/req ${cpuText(s.cpu)} = ${us(s.cpuTotal)}; WAL ${(s.walBytes / 1024).toFixed(1)} KiB/req`;
const runsText = (s: Summary) =>
  s.runs.map((r) => `${r.perSecond.toFixed(0)} (load avg ${r.load.split(' ')[0]})`).join(', ');

/** The report lines, and whether the requirement holds (peak against peak). */
export function ingestReport(
  levels: number[],
  results: Map<string, Run[]>,
): { lines: string[]; met: boolean } {
  const of = (kind: Kind) => levels.map((c) => summarize(c, results.get(`${kind}@${c}`) ?? []));
  const bare = of('bare');
  const ours = of('lienthong');
  const lines = levels.map((c, i) => {
    const b = bare[i]!;
    const o = ours[i]!;
    return `concurrency ${c}: bare ${text(b)} [runs ${runsText(b)}] — lienthong ${text(o)} [runs ${runsText(o)}] — ratio ${(o.rate / b.rate).toFixed(2)}× by the wall clock, ${(b.cpuTotal / o.cpuTotal).toFixed(2)}× by CPU per request`;
  });
  const peak = (list: Summary[]) => list.reduce((best, s) => (s.rate > best.rate ? s : best));
  const bp = peak(bare);
  const op = peak(ours);
  const ratio = op.rate / bp.rate;
  const cpuRatio = bp.cpuTotal / op.cpuTotal;
  const met = ratio >= 0.5;
  lines.push(
    `peak (each kind at its best concurrency): bare ${bp.rate.toFixed(0)} req/s at ${bp.concurrency}, lienthong ${op.rate.toFixed(0)} req/s at ${op.concurrency} (p99 ${op.p99.toFixed(1)} ms there)`,
    `ratio of peaks: ${ratio.toFixed(2)}× the bare rate (requirement ≥ 0.50: ${met ? 'met' : 'MISSED'}; goal 1.00); CPU per request at the peaks: ${cpuRatio.toFixed(2)}× (${cpus().length} cores shared by both servers' PostgreSQL and the load generator)`,
  );
  return { lines, met };
}
