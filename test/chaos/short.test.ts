// The short chaos run of every `npm test`: gateway and worker as separate CLI processes, PostgreSQL
// restarted once, the worker killed with -9 twice, the portal failing and hanging; then nothing
// acknowledged is lost, nothing is applied twice and each dossier keeps its order.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupChaos } from './cluster.ts';
import { shortPlan } from './plans.ts';
import { livingGroups } from './processes.ts';
import { runChaos } from './run.ts';
import { formatSummary } from './summary.ts';

// Safety net for a failed or timed-out run: the run itself stops its processes (checked below).
afterAll(async () => {
  await cleanupChaos();
});

describe('chaos (short)', () => {
  it('should keep invariants 1–5 through worker kills, a gateway kill and a PostgreSQL restart', async () => {
    const summary = await runChaos(shortPlan(7));
    console.log(formatSummary(summary));
    expect(summary.violations).toEqual([]);
    expect(summary.drained).toBe(true);
    expect(summary.faults.workerKills).toBeGreaterThanOrEqual(2);
    expect(summary.faults.postgresRestarts).toBe(1);
    expect(summary.unacknowledged).toBe(0);
    // The one permanent error injected on purpose is the one dead letter.
    expect(summary.deliveries.dead).toBe(1);
    expect(livingGroups()).toEqual([]);
  }, 300_000);
});
