// The fault plan of a run: process kills, a PostgreSQL restart and portal faults, each fired when
// the load has reached a share of its acknowledged submissions, so faults land under load.
import type { FaultsPatch } from '../../connectors/kit/simulator/index.ts';
import type { ChaosCluster } from './cluster.ts';
import { poll } from './processes.ts';

export type FaultAction =
  | { kind: 'kill-worker' }
  | { kind: 'kill-gateway' }
  | { kind: 'restart-postgres' }
  | { kind: 'portal'; name: string; patch: FaultsPatch; forMs: number };

export interface FaultStep {
  /** Fires once the load's acknowledged share reaches this (0–1). */
  at: number;
  action: FaultAction;
}

export interface FaultLog {
  workerKills: number;
  /** Delivery jobs the killed worker had started within 5 s of the kill, per kill. */
  activeAtWorkerKills: number[];
  gatewayKills: number;
  postgresRestarts: number;
  postgresDownMs: number[];
  restartMs: number[];
  portalFaults: string[];
  events: Array<{ atMs: number; what: string }>;
}

/** The portal's steady state between fault windows: a little latency keeps calls in flight. */
export const BASELINE_FAULTS: FaultsPatch = {
  errorRate: 0,
  errorStatus: 503,
  errorResponder: null,
  timeoutRate: 0,
  latencyMs: 50,
};

const ACTIVE_JOBS = `select count(*)::int as n from pgboss.job
  where name = 'deliver.national-portal' and state = 'active' and started_on > now() - interval '5 seconds'`;

async function activeJobs(cluster: ChaosCluster): Promise<number> {
  try {
    return (await cluster.postgres.query<{ n: number }>(ACTIVE_JOBS))[0]?.n ?? 0;
  } catch {
    return 0;
  }
}

export async function runFaultPlan(
  cluster: ChaosCluster,
  steps: FaultStep[],
  progress: () => number,
  loadDone: () => boolean,
): Promise<FaultLog> {
  const started = Date.now();
  const log: FaultLog = {
    workerKills: 0,
    activeAtWorkerKills: [],
    gatewayKills: 0,
    postgresRestarts: 0,
    postgresDownMs: [],
    restartMs: [],
    portalFaults: [],
    events: [],
  };
  const note = (what: string) => log.events.push({ atMs: Date.now() - started, what });
  for (const step of steps) {
    await poll(() => progress() >= step.at || loadDone(), 3_600_000, 100);
    const { action } = step;
    if (action.kind === 'kill-worker') {
      // Aim at a worker with deliveries in flight (kill -9 mid-batch), waiting at most 5 s.
      let active = 0;
      await poll(
        async () => {
          active = await activeJobs(cluster);
          return active > 0;
        },
        5_000,
        50,
      );
      const { restartMs } = await cluster.killWorker();
      log.workerKills++;
      log.activeAtWorkerKills.push(active);
      log.restartMs.push(restartMs);
      note(`worker kill -9 (${active} jobs active), back in ${restartMs} ms`);
    } else if (action.kind === 'kill-gateway') {
      const { restartMs } = await cluster.killGateway();
      log.gatewayKills++;
      log.restartMs.push(restartMs);
      note(`gateway kill -9, back in ${restartMs} ms`);
    } else if (action.kind === 'restart-postgres') {
      const { downMs } = await cluster.restartPostgres();
      log.postgresRestarts++;
      log.postgresDownMs.push(downMs);
      note(`postgres restart, down ${downMs} ms`);
    } else {
      await cluster.setFaults(action.patch);
      note(`portal ${action.name} for ${action.forMs} ms`);
      log.portalFaults.push(action.name);
      await new Promise((r) => setTimeout(r, action.forMs));
      // After `down`, the simulator comes back on its own (downForMs); wait until it answers.
      await poll(
        async () =>
          cluster
            .setFaults(BASELINE_FAULTS)
            .then(() => true)
            .catch(() => false),
        30_000,
        200,
      );
    }
  }
  return log;
}
