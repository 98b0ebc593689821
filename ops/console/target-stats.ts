// Loads what the overview and connector pages show: per-target health and hourly attempt history.
import type { Pool } from '../db/pool.ts';
import { hourlyAttempts, targetHealth } from '../db/queries/console.ts';
import { type HourBucket, hourBuckets } from './charts.ts';
import { errorRate, type TargetStatus, targetStatus } from './health.ts';

export interface TargetStats {
  target: string;
  status: TargetStatus;
  paused: { reason: string | null; by: string | null; at: Date | null } | null;
  attempts: number;
  failures: number;
  errorRate: number | null;
  p50Ms: number | null;
  queueDepth: number;
  deadLetters: number;
  lastAttemptAt: Date | null;
}

interface HealthRow {
  target: string;
  paused: boolean;
  paused_reason: string | null;
  changed_by: string | null;
  changed_at: Date | null;
  attempts: number;
  failures: number;
  p50_ms: number | null;
  queue_depth: number;
  dead_letters: number;
  circuit_open: boolean;
  last_attempt_at: Date | null;
}

export async function loadTargetStats(pool: Pool, targets: string[]): Promise<TargetStats[]> {
  if (targets.length === 0) return [];
  const { rows } = await pool.query<HealthRow>(targetHealth(targets));
  return rows.map((r) => ({
    target: r.target,
    status: targetStatus({
      paused: r.paused,
      circuitOpen: r.circuit_open,
      attempts: r.attempts,
      failures: r.failures,
    }),
    paused: r.paused ? { reason: r.paused_reason, by: r.changed_by, at: r.changed_at } : null,
    attempts: r.attempts,
    failures: r.failures,
    errorRate: errorRate(r),
    p50Ms: r.p50_ms === null ? null : Number(r.p50_ms),
    queueDepth: r.queue_depth,
    deadLetters: r.dead_letters,
    lastAttemptAt: r.last_attempt_at,
  }));
}

export interface HourlyRow {
  target: string;
  hour: Date;
  delivered: number;
  failed: number;
  dead: number;
  p50_ms: number | null;
  p95_ms: number | null;
}

export async function loadHourly(
  pool: Pool,
  targets: string[],
  now: Date,
  hours = 24,
): Promise<{ buckets: Map<string, HourBucket[]>; rows: HourlyRow[] }> {
  const rows =
    targets.length === 0 ? [] : (await pool.query<HourlyRow>(hourlyAttempts(targets, hours))).rows;
  const buckets = new Map(
    targets.map((target) => [
      target,
      hourBuckets(
        rows.filter((r) => r.target === target),
        now,
        hours,
      ),
    ]),
  );
  return { buckets, rows };
}
