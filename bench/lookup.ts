// bench:lookup — citizen (population) and enterprise (business) lookups per second, p50/p99 and CPU
// per request through the whole gateway (`lienthong start --role gateway`: API key, right, validation,
// connector call over a socket to the simulator, audit row) beside the same wire request sent straight
// to the same simulator with undici, in the same run: what the gateway adds.
import { mkdtemp } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool } from '../ops/db/pool.ts';
import { benchDatabase } from './lib/database.ts';
import { type LoadResult, runLoad } from './lib/http-load.ts';
import { startLookupGateway } from './lib/lookup-gateway.ts';
import { type KindName, lgspToken, lookupKinds } from './lib/lookup-kinds.ts';
import { postmasterPid, processCpuSeconds, treeCpuSeconds } from './lib/proc-cpu.ts';
import { finishBench, onInterrupt } from './lib/processes.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5_000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const KINDS = (process.env.BENCH_KINDS ?? 'citizen,enterprise').split(',') as KindName[];
const SIDES = ['bare', 'lienthong'] as const;
type Side = (typeof SIDES)[number];

type Cpu = { gateway: number; postgres: number; simulators: number; generator: number };
type Run = LoadResult & { cpu: Cpu };
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const us = (seconds: number) => (seconds * 1e6).toFixed(0);

const logDir = await mkdtemp(join(tmpdir(), 'lienthong-lookup-'));
const db = await benchDatabase('bench_lookup');
onInterrupt(() => db.stop());
const results = new Map<string, Run[]>();

/** Every round of every kind, both sides; then the audit rows the gateway wrote, by action and outcome. */
async function measure(): Promise<Array<{ action: string; outcome: string; n: number }>> {
  const started = await startLookupGateway({
    databaseUrl: db.url,
    logDir,
    concurrency: CONCURRENCY,
  });
  const pool = createPool(db.url, { max: 1 });
  try {
    const { rows: dirs } = await pool.query<{ data_directory: string }>('show data_directory');
    const postmaster = postmasterPid(dirs[0]!.data_directory);
    const cpuNow = (): Cpu => {
      const own = process.cpuUsage();
      return {
        gateway: processCpuSeconds(started.gateway.pid),
        postgres: treeCpuSeconds(postmaster),
        simulators: processCpuSeconds(started.simulators.pid),
        generator: (own.user + own.system) / 1e6,
      };
    };
    const table = lookupKinds(started.simulatorUrls, started.apiKey);
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of KINDS) {
        const kind = table[name];
        const bearer = await lgspToken(kind.simulatorUrl, kind.client);
        for (const side of round % 2 === 0 ? SIDES : [...SIDES].reverse()) {
          let start = cpuNow();
          const result = await runLoad({
            origin: side === 'bare' ? kind.simulatorUrl : started.gatewayUrl,
            concurrency: CONCURRENCY,
            warmup: WARMUP,
            requests: REQUESTS,
            request: (i) => (side === 'bare' ? kind.bare(bearer, i) : kind.gateway(i)),
            ok: (status) => status === 200,
            check: (status, body, i) =>
              status === 200 &&
              (side === 'bare' ? kind.bareFound(body, i) : kind.gatewayFound(body, i)),
            onMeasureStart: () => {
              start = cpuNow();
            },
          });
          const end = cpuNow();
          const cpu = Object.fromEntries(
            Object.entries(end).map(([k, v]) => [k, (v - start[k as keyof Cpu]) / REQUESTS]),
          ) as Cpu;
          const key = `${name} ${side}`;
          results.set(key, [...(results.get(key) ?? []), { ...result, cpu }]);
          console.log(
            `round ${round + 1} ${key}: ${result.perSecond.toFixed(0)} req/s, p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, failures ${JSON.stringify(result.failures)}`,
          );
        }
      }
    }
    const { rows } = await pool.query<{ action: string; outcome: string; n: number }>(
      "select action, outcome, count(*)::int as n from lienthong.audit_log where action like 'lookup.%' group by 1, 2",
    );
    return rows;
  } finally {
    await pool.end();
    await started.stop();
  }
}

const audit = await measure().finally(() => db.stop());
const expected = ROUNDS * (WARMUP + REQUESTS);
const failed = [...results.values()].flat().some((r) => Object.keys(r.failures).length > 0);
const audited = (name: string) =>
  audit.find((r) => r.action === `lookup.${name}` && r.outcome === 'found')?.n ?? 0;
const auditOk = KINDS.every((name) => audited(name) === expected) && audit.length === KINDS.length;
const summary = (name: string, side: Side) => {
  const runs = results.get(`${name} ${side}`)!;
  const cpu = Object.fromEntries(
    (['gateway', 'postgres', 'simulators', 'generator'] as const).map((k) => [
      k,
      median(runs.map((r) => r.cpu[k])),
    ]),
  ) as Cpu;
  const rate = median(runs.map((r) => r.perSecond));
  const p50 = median(runs.map((r) => r.p50Ms));
  const p99 = median(runs.map((r) => r.p99Ms));
  const total = cpu.gateway + cpu.postgres + cpu.simulators + cpu.generator;
  const text = `${rate.toFixed(0)} req/s, p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms; CPU µs/req gateway ${us(cpu.gateway)} + PostgreSQL ${us(cpu.postgres)} + simulator ${us(cpu.simulators)} + load generator ${us(cpu.generator)} = ${us(total)} — runs: ${runs.map((r) => `${r.perSecond.toFixed(0)} req/s (p50 ${r.p50Ms.toFixed(2)}, p99 ${r.p99Ms.toFixed(2)} ms)`).join('; ')}`;
  return { rate, p50, p99, total, text };
};
const lines = [
  `${REQUESTS} measured requests per run after ${WARMUP} warm-up, closed loop at concurrency ${CONCURRENCY}, ${ROUNDS} rounds (order alternated), medians over rounds; gateway: \`lienthong start --role gateway\` with bench/lib/lookup.config.ts (connector sockets = concurrency; per-member rate limit lifted to 1,000,000/s: one member sends the whole load; the lookup circuit breaker is as shipped, it opens only after failed calls and any failure fails the run; tracing and info logging as shipped); population and business simulators in one child process; one ${process.env.BENCH_DATABASE_URL ? 'external (BENCH_DATABASE_URL)' : 'embedded'} PostgreSQL; the load generator in the bench process (undici Pool)`,
];
for (const name of KINDS) {
  const bare = summary(name, 'bare');
  const ours = summary(name, 'lienthong');
  const what =
    name === 'citizen'
      ? 'POST /api/v1/lookups/citizen (API key, right lookup.citizen, ID + name + birth date + dossierCode validated, wire mapping, Bearer POST, SOAP string parsed, match checked, audit row)'
      : 'GET /api/v1/lookups/enterprise/{code}?dossierCode= (API key, right lookup.enterprise, code validated, Bearer GET, GetEntCert mapped, audit row)';
  const bareWhat =
    name === 'citizen'
      ? `the same wire request (fresh MaYeuCau) POSTed straight to the simulator with its Bearer token`
      : `the same GET ?msdn= straight to the simulator with its Bearer token`;
  lines.push(
    `${name} baseline, ${bareWhat}: ${bare.text}`,
    `${name} lienthong, ${what}: ${ours.text}`,
    `${name} ratio: ${(ours.rate / bare.rate).toFixed(2)}× the baseline rate; the gateway adds ${(ours.p50 - bare.p50).toFixed(2)} ms at p50, ${(ours.p99 - bare.p99).toFixed(2)} ms at p99 and ${us(ours.total - bare.total)} µs of CPU per lookup (${(cpus().length / ours.total).toFixed(0)} lookups/s on ${cpus().length} idle cores by CPU)`,
  );
}
lines.push(
  `checked: ${failed ? 'SOME ANSWERS FAILED (not 200, or not a found citizen/enterprise)' : 'every answer 200 with a found citizen/enterprise'}; audit rows ${auditOk ? 'as expected' : 'NOT as expected'} (${audit.map((r) => `${r.action} ${r.outcome} ${r.n}`).join(', ')}; expected ${expected} found per kind)`,
  `load average (1, 5, 15 min) at the end ${loadavg()
    .map((n) => n.toFixed(2))
    .join(
      ' ',
    )}: other processes may share the cores; CPU per request (from /proc, measured window only) does not depend on them`,
);
await finishBench('bench:lookup', lines, !failed && auditOk, logDir);
