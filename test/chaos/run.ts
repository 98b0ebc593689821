// One chaos run: start the cluster, drive the load while the fault plan fires, drain, then judge
// the invariants from the portal simulator's records and the database, and summarise.
import type { SimulatorStats } from '../../connectors/kit/simulator/index.ts';
import { seeded } from '../helpers/delivery.ts';
import { type ChaosCluster, startCluster } from './cluster.ts';
import { BASELINE_FAULTS, type FaultStep, runFaultPlan } from './faults.ts';
import { checkInvariants, type DeliveryRow, type Violation } from './invariants.ts';
import { type LoadResult, startLoad } from './load.ts';
import { poll } from './processes.ts';
import { type ChaosSummary, summarise } from './summary.ts';
import { buildWorkload } from './workload.ts';

export interface ChaosPlan {
  name: string;
  seed: number;
  dossiers: number;
  eventsPerDossier: number;
  lanes: number;
  perSecond: number;
  steps: FaultStep[];
  /** The load is stopped after this long (what it did not send counts as unavailable). */
  loadTimeoutMs: number;
  drainTimeoutMs: number;
}

const TARGET = 'national-portal';

/** Pending deliveries not parked behind a dead letter of their dossier: work still to do. */
const UNSETTLED = `select count(*)::int as n from lienthong.delivery d
  where d.target = $1 and d.state = 'pending' and not exists (
    select 1 from lienthong.delivery x
    where x.target = d.target and x.dossier_code = d.dossier_code and x.state = 'dead')`;

async function drain(cluster: ChaosCluster, timeoutMs: number): Promise<boolean> {
  return poll(
    async () => {
      try {
        const [row] = await cluster.postgres.query<{ n: number }>(UNSETTLED, [TARGET]);
        return row?.n === 0;
      } catch {
        return false;
      }
    },
    timeoutMs,
    1_000,
  );
}

async function observe(cluster: ChaosCluster) {
  const q = cluster.postgres.query.bind(cluster.postgres);
  const [portal, exchanges, deliveries, failedAttempts, attempts] = await Promise.all([
    cluster.portalStats() as Promise<SimulatorStats>,
    q<{ id: string }>(`select id from lienthong.exchange`),
    q<DeliveryRow>(`select id, exchange_id, target, state, reason from lienthong.delivery`),
    q<{ error_class: string | null; reason: string | null; n: number }>(
      `select error_class, reason, count(*)::int as n from lienthong.delivery_attempt
       where outcome <> 'delivered' group by 1, 2`,
    ),
    q<{ outcome: string; n: number }>(
      `select outcome, count(*)::int as n from lienthong.delivery_attempt group by 1`,
    ),
  ]);
  return {
    portal,
    exchangeIds: new Set(exchanges.map((e) => e.id)),
    deliveries,
    failedAttempts,
    attempts,
  };
}

export async function runChaos(plan: ChaosPlan): Promise<ChaosSummary> {
  const startedAt = new Date();
  const random = seeded(plan.seed);
  const workload = buildWorkload({
    dossiers: plan.dossiers,
    eventsPerDossier: plan.eventsPerDossier,
    random,
    keyedShare: 0.5,
    runTag: `${plan.name}-${plan.seed}`,
  });
  const cluster = await startCluster({ seed: plan.seed });
  let violations: Violation[] = [];
  // Logs are kept for a run that failed or found violations, and their place is printed.
  let keepLogs = true;
  try {
    await cluster.setFaults(BASELINE_FAULTS);
    const load = startLoad({
      url: cluster.gatewayUrl,
      apiKey: cluster.apiKey,
      workload,
      lanes: plan.lanes,
      perSecond: plan.perSecond,
      random,
      duplicateShare: 0.05,
      lateDuplicateShare: 0.2,
      giveUpMs: 60_000,
    });
    let loaded: LoadResult | undefined;
    void load.done.then((r) => {
      loaded = r;
    });
    const deadline = setTimeout(() => load.stop(), plan.loadTimeoutMs);
    const faults = await runFaultPlan(
      cluster,
      plan.steps,
      load.progress,
      () => loaded !== undefined,
    );
    const result = await load.done;
    clearTimeout(deadline);
    const loadMs = Date.now() - startedAt.getTime();
    const drainStarted = Date.now();
    const drained = await drain(cluster, plan.drainTimeoutMs);
    const drainMs = Date.now() - drainStarted;
    const observed = await observe(cluster);
    violations = checkInvariants({
      load: result,
      workload,
      observed,
      target: TARGET,
      crashes: cluster.crashes,
    });
    keepLogs = violations.length > 0;
    return summarise({
      plan,
      startedAt,
      loadMs,
      drainMs,
      drained,
      load: result,
      faults,
      crashes: cluster.crashes.length,
      failedStarts: cluster.failedStarts.length,
      observed,
      violations,
      logsDir: keepLogs ? cluster.dir : undefined,
    });
  } catch (error) {
    console.error(`chaos run ${plan.name} failed; process logs kept in ${cluster.dir}`);
    throw error;
  } finally {
    await cluster.close({ keepDir: keepLogs });
  }
}
