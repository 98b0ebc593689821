// The figures of a chaos run (counts, kills, restarts, portal effects, violations) and their print.
import type { SimulatorStats } from '../../connectors/kit/simulator/index.ts';
import type { FaultLog } from './faults.ts';
import type { DeliveryRow, Violation } from './invariants.ts';
import type { LoadResult } from './load.ts';

export interface ChaosSummary {
  name: string;
  startedAt: string;
  loadMs: number;
  drainMs: number;
  drained: boolean;
  dossiers: number;
  acknowledged: number;
  acknowledgedWithKey: number;
  /** First acknowledgements that were replays: an earlier try committed, its answer was lost. */
  replayedAcks: number;
  resends: { sent: number; late: number; answered: number };
  unacknowledged: number;
  client: LoadResult['client'];
  faults: Omit<FaultLog, 'events'>;
  /** Exits of gateway or worker the harness did not cause (each also a violation). */
  crashes: number;
  /** Restarts after a crash that ended before the process was ready (retried). */
  failedStarts: number;
  timeline: string[];
  portal: {
    applied: number;
    received: Record<string, number>;
    duplicatesAbsorbed: number;
    unchanged: number;
    injected: Record<string, number>;
  };
  deliveries: Record<string, number>;
  attempts: Record<string, number>;
  violations: Violation[];
  logsDir?: string;
}

const count = (stats: SimulatorStats, counter: string) => stats.counters[counter] ?? {};

export function summarise(input: {
  plan: { name: string; dossiers: number };
  startedAt: Date;
  loadMs: number;
  drainMs: number;
  drained: boolean;
  load: LoadResult;
  faults: FaultLog;
  crashes: number;
  failedStarts: number;
  observed: {
    portal: SimulatorStats;
    deliveries: DeliveryRow[];
    attempts: Array<{ outcome: string; n: number }>;
  };
  violations: Violation[];
  logsDir: string | undefined;
}): ChaosSummary {
  const { load, observed } = input;
  const { events, ...faults } = input.faults;
  const deliveries: Record<string, number> = {};
  for (const d of observed.deliveries) deliveries[d.state] = (deliveries[d.state] ?? 0) + 1;
  const applied = Object.values(observed.portal.applied).reduce((n, list) => n + list.length, 0);
  return {
    name: input.plan.name,
    startedAt: input.startedAt.toISOString(),
    loadMs: input.loadMs,
    drainMs: input.drainMs,
    drained: input.drained,
    dossiers: input.plan.dossiers,
    acknowledged: load.acks.length,
    acknowledgedWithKey: load.acks.filter((a) => a.submission.key !== null).length,
    replayedAcks: load.acks.filter((a) => a.status === 'duplicate').length,
    resends: {
      sent: load.resends.length,
      late: load.resends.filter((r) => r.late).length,
      answered: load.resends.filter((r) => r.got !== undefined).length,
    },
    unacknowledged: load.unacknowledged.length,
    client: load.client,
    faults,
    crashes: input.crashes,
    failedStarts: input.failedStarts,
    timeline: events.map((e) => `+${(e.atMs / 1000).toFixed(1)}s ${e.what}`),
    portal: {
      applied,
      received: count(observed.portal, 'received'),
      duplicatesAbsorbed: count(observed.portal, 'duplicate').CapNhatTienDoHoSoMC ?? 0,
      unchanged: count(observed.portal, 'unchanged').DongBoHoSoMC ?? 0,
      injected: count(observed.portal, 'faults'),
    },
    deliveries,
    attempts: Object.fromEntries(observed.attempts.map((a) => [a.outcome, a.n])),
    violations: input.violations,
    ...(input.logsDir ? { logsDir: input.logsDir } : {}),
  };
}

export function formatSummary(s: ChaosSummary): string {
  const f = s.faults;
  const lines = [
    `chaos run "${s.name}" started ${s.startedAt}: load ${(s.loadMs / 1000).toFixed(1)} s, drain ${(s.drainMs / 1000).toFixed(1)} s${s.drained ? '' : ' (NOT drained)'}`,
    `  load: ${s.dossiers} dossiers, ${s.acknowledged} submissions acknowledged (${s.acknowledgedWithKey} with Idempotency-Key), ${s.replayedAcks} first acks were replays of a lost answer, ${s.unacknowledged} never acknowledged`,
    `  client: ${s.client.requests} requests, ${s.client.connectionErrors} connection errors/timeouts, ${s.client.serverErrors} 5xx/429 answers, all retried`,
    `  duplicates: ${s.resends.sent} resent (${s.resends.late} late, out of order), ${s.resends.answered} answered`,
    `  faults: worker kill -9 ×${f.workerKills} (jobs in flight: ${f.activeAtWorkerKills.join(', ')}), gateway kill -9 ×${f.gatewayKills}, postgres restart ×${f.postgresRestarts} (down ${f.postgresDownMs.join(', ')} ms), portal: ${f.portalFaults.join(', ') || 'none'}`,
    `  crashes (exits not caused by the harness; the role was restarted): ${s.crashes}, failed restarts ${s.failedStarts}`,
    `  portal: ${s.portal.applied} effects applied, received ${JSON.stringify(s.portal.received)}, ${s.portal.duplicatesAbsorbed} redelivered events absorbed, ${s.portal.unchanged} unchanged dossier updates, injected ${JSON.stringify(s.portal.injected)}`,
    `  deliveries: ${JSON.stringify(s.deliveries)}; attempts ${JSON.stringify(s.attempts)}`,
    `  violations: ${s.violations.length}`,
    ...s.violations
      .slice(0, 30)
      .map((v) => `    - ${v.kind}${v.dossier ? ` ${v.dossier}` : ''}: ${v.detail}`),
    ...s.timeline.map((t) => `    ${t}`),
    ...(s.logsDir ? [`  process logs kept in ${s.logsDir}`] : []),
  ];
  return lines.join('\n');
}
