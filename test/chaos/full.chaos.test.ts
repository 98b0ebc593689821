// `npm run test:chaos`: three consecutive full chaos runs (≥5 worker kill -9, 3 gateway kill -9,
// one PostgreSQL restart, portal errors, timeouts, slowness and downtime, each under load), every
// one with zero violations. Set CHAOS_SUMMARY_FILE to also write the summaries as JSON.
import { writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupChaos } from './cluster.ts';
import { fullPlan } from './plans.ts';
import { livingGroups } from './processes.ts';
import { runChaos } from './run.ts';
import { type ChaosSummary, formatSummary } from './summary.ts';

const summaries: ChaosSummary[] = [];
afterAll(async () => {
  await cleanupChaos();
  const file = process.env.CHAOS_SUMMARY_FILE;
  if (file) await writeFile(file, `${JSON.stringify(summaries, null, 2)}\n`);
});

// Run by `npm run test:chaos` (vitest.chaos.config.ts); `npm test` excludes *.chaos.test.ts.
describe('chaos (full)', () => {
  for (const [run, seed] of [
    [1, 101],
    [2, 202],
    [3, 303],
  ] as const) {
    it(`should keep invariants 1–5 in run ${run} of 3`, async () => {
      const summary = await runChaos(fullPlan(seed, `full-${run}`));
      summaries.push(summary);
      console.log(formatSummary(summary));
      expect(summary.violations).toEqual([]);
      expect(summary.drained).toBe(true);
      expect(summary.faults.workerKills).toBeGreaterThanOrEqual(5);
      expect(summary.faults.gatewayKills).toBeGreaterThanOrEqual(3);
      expect(summary.faults.postgresRestarts).toBe(1);
      expect(summary.unacknowledged).toBe(0);
      expect(summary.deliveries.dead).toBe(1);
      expect(livingGroups()).toEqual([]);
    }, 900_000);
  }
});
