// bench:mapping — records/s of canonical → portal dossier JSON and population XML → Citizen, beside
// bare JSON.stringify and bare xml2js parses of the same records measured in the same run (one thread).
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import xml2js from 'xml2js';
import { exampleDossier } from '../contracts/canonical/examples.ts';
import { readPopulationFixture } from '../contracts/wire/population/fixtures.ts';
import { createDossierToPortalMapping } from '../mappings/national-portal/index.ts';
import { POPULATION_PARSER_OPTIONS, parseCitizenResponse } from '../mappings/population/index.ts';
import { appendResult } from './lib/machine.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const WARMUP_SECONDS = 1;
const GOALS = { dossiers: 20_000, citizens: 5_000 };

/** `perSecond` by the wall clock; `perCpuSecond` by the CPU time this process used (all its threads). */
type Measure = { name: string; perSecond: number; perCpuSecond: number; runs: number };

/** Runs `fn` for at least `seconds` (checking the clock every 100 calls) and counts the calls. */
function loop(fn: () => void, seconds: number): { runs: number; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const until = start + seconds * 1000;
  let runs = 0;
  while (performance.now() < until) {
    for (let i = 0; i < 100; i++) fn();
    runs += 100;
  }
  const used = process.cpuUsage(cpu);
  return { runs, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

function measure(name: string, fn: () => void): Measure {
  loop(fn, WARMUP_SECONDS);
  const { runs, ms, cpuMs } = loop(fn, SECONDS);
  return {
    name,
    perSecond: Math.round((runs * 1000) / ms),
    perCpuSecond: Math.round((runs * 1000) / cpuMs),
    runs,
  };
}

const rate = (n: number) => n.toLocaleString('en');

const toPortal = createDossierToPortalMapping({ provinceSuffix: 'H26' });
const dossier = structuredClone(exampleDossier);
const xml = readPopulationFixture('found-full');
const envelope = { error_code: '0', message: xml };
const request = {
  idNumber: '001190012345',
  fullName: 'Nguyễn Thị Thu Hương',
  birthDate: '1990-03-15',
  requestId: '7d0c1f3e-2b4a-4c5d-8e9f-0a1b2c3d4e5f',
  purpose: 'bench',
};

// Both paths must succeed, or the rates would measure the failure path.
const portalCheck = toPortal.run(dossier);
if (!portalCheck.ok)
  throw new Error(`portal mapping failed: ${JSON.stringify(portalCheck.errors)}`);
const citizenCheck = parseCitizenResponse(envelope, request);
if (citizenCheck.outcome !== 'found') throw new Error(`citizen outcome ${citizenCheck.outcome}`);

let sink = 0;
const results = [
  measure(
    'canonical → portal dossier JSON (national-portal.dossier.to-portal + JSON.stringify)',
    () => {
      const r = toPortal.run(dossier);
      if (r.ok) sink += JSON.stringify(r.value).length;
    },
  ),
  measure('baseline: JSON.stringify of the same canonical dossier', () => {
    sink += JSON.stringify(dossier).length;
  }),
  measure('population XML → Citizen (parseCitizenResponse, found-full)', () => {
    sink += parseCitizenResponse(envelope, request).outcome.length;
  }),
  measure('baseline: bare xml2js parse of the same XML (same options)', () => {
    new xml2js.Parser(POPULATION_PARSER_OPTIONS).parseString(xml, (_e, r) => {
      sink += r ? 1 : 0;
    });
  }),
];

const [portal, stringify, citizen, xmlParse] = results as [Measure, Measure, Measure, Measure];
const verdict = (m: Measure, goal: number) =>
  `goal ≥ ${rate(goal)}/s: ${m.perSecond >= goal ? 'met' : 'missed'} by the wall clock, ${m.perCpuSecond >= goal ? 'met' : 'missed'} per CPU second`;
const lines = [
  ...results.map(
    (r) =>
      `${r.name}: ${rate(r.perSecond)} records/s wall clock, ${rate(r.perCpuSecond)} per CPU second (${r.runs} runs)`,
  ),
  `portal mapping costs ${(stringify.perCpuSecond / portal.perCpuSecond).toFixed(1)}× a bare JSON.stringify; ${verdict(portal, GOALS.dossiers)}`,
  `citizen mapping costs ${(xmlParse.perCpuSecond / citizen.perCpuSecond).toFixed(1)}× a bare xml2js parse; ${verdict(citizen, GOALS.citizens)}`,
  `${SECONDS} s per measure after ${WARMUP_SECONDS} s warm-up, one JS thread; load average at the end ${loadavg()[0]?.toFixed(2)} on ${cpus().length} cores (other processes share them, so the wall clock undercounts)`,
];
for (const line of lines) console.log(line);
appendResult('bench:mapping', 'npm run bench:mapping', lines);
if (sink < 0) console.log(sink);
