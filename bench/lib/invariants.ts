// The delivery invariants read back after a run: from the portal simulator's applied records (nothing
// lost, nothing applied twice, per-dossier order) and from lienthong's exchange log in PostgreSQL.
import type { AppliedRecord, SimulatorStats } from '../../connectors/kit/simulator/index.ts';
import type { Pool } from '../../ops/db/pool.ts';
import { eventIndex } from './workload.ts';

export interface PortalCheck {
  dossiersApplied: number;
  eventsApplied: number;
  /** Accepted but never applied: a dossier code, or `<code> event <k>`. */
  lost: string[];
  /** Applied more than once. */
  twice: string[];
  /** Dossiers whose records are not dossier first, then events 1…n in order. */
  outOfOrder: string[];
  /** Applied but never accepted (another run's data, or a made-up record). */
  unexpected: string[];
  /** Redeliveries the portal recognised and acknowledged without applying (at-least-once at work). */
  acknowledgedDuplicates: number;
}

const DOSSIER_OP = 'DongBoHoSoMC';
const PROGRESS_OP = 'CapNhatTienDoHoSoMC';

/** `accepted`: for each accepted dossier code, how many of its events were accepted (1…n). */
export function checkPortalRecords(
  stats: SimulatorStats,
  accepted: ReadonlyMap<string, number>,
): PortalCheck {
  const check: PortalCheck = {
    dossiersApplied: 0,
    eventsApplied: 0,
    lost: [],
    twice: [],
    outOfOrder: [],
    unexpected: [],
    acknowledgedDuplicates:
      (stats.counters.duplicate?.[PROGRESS_OP] ?? 0) +
      (stats.counters.unchanged?.[DOSSIER_OP] ?? 0),
  };
  for (const code of Object.keys(stats.applied))
    if (!accepted.has(code)) check.unexpected.push(code);
  for (const [code, events] of accepted) {
    const records: AppliedRecord[] = stats.applied[code] ?? [];
    const dossier = records.filter((r) => r.op === DOSSIER_OP);
    const progress = records.filter((r) => r.op === PROGRESS_OP);
    check.dossiersApplied += Math.min(dossier.length, 1);
    if (dossier.length === 0) check.lost.push(code);
    if (dossier.length > 1) check.twice.push(code);
    const indexes = progress.map((r) =>
      eventIndex((r.item as { NoiDungXuLy?: unknown }).NoiDungXuLy),
    );
    const seen = new Set<number>();
    for (const k of indexes) {
      if (k === undefined || k < 1 || k > events) check.unexpected.push(`${code} event ${k}`);
      else if (seen.has(k)) check.twice.push(`${code} event ${k}`);
      else seen.add(k);
    }
    check.eventsApplied += seen.size;
    for (let k = 1; k <= events; k++) if (!seen.has(k)) check.lost.push(`${code} event ${k}`);
    const inOrder = indexes.every((k, i) => i === 0 || (k ?? 0) > (indexes[i - 1] ?? 0));
    const dossierFirst = progress.length === 0 || (dossier[0]?.seq ?? Infinity) < progress[0]!.seq;
    if (!inOrder || !dossierFirst) check.outOfOrder.push(code);
  }
  return check;
}

export interface DatabaseCheck {
  exchanges: number;
  deliveries: Record<string, number>;
  /** Attempts beyond the first, over all deliveries. */
  retriedAttempts: number;
  /** Deliveries of a dossier that completed out of their accepted order. */
  outOfOrder: number;
  /** Latest delivered_at, ms since the epoch. */
  lastDeliveredAt: number | undefined;
}

export async function checkDatabase(pool: Pool): Promise<DatabaseCheck> {
  const exchanges = await pool.query<{ n: number }>(
    'select count(*)::int as n from lienthong.exchange',
  );
  const states = await pool.query<{ state: string; n: number; retried: number }>(
    `select state, count(*)::int as n, coalesce(sum(greatest(attempts - 1, 0)), 0)::int as retried
       from lienthong.delivery group by state`,
  );
  const order = await pool.query<{ n: number }>(
    `select count(*)::int as n from (
       select d.delivered_at,
              lag(d.delivered_at) over (partition by d.dossier_code order by e.received_at, e.id) as previous
         from lienthong.delivery d join lienthong.exchange e on e.id = d.exchange_id
        where d.state = 'delivered') ordered
      where delivered_at < previous`,
  );
  const last = await pool.query<{ at: Date | null }>(
    'select max(delivered_at) as at from lienthong.delivery',
  );
  return {
    exchanges: exchanges.rows[0]!.n,
    deliveries: Object.fromEntries(states.rows.map((r) => [r.state, r.n])),
    retriedAttempts: states.rows.reduce((sum, r) => sum + r.retried, 0),
    outOfOrder: order.rows[0]!.n,
    lastDeliveredAt: last.rows[0]!.at?.getTime(),
  };
}
