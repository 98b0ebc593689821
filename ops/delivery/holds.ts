// Whether a target may be called now: operator pause (shared via the database) and maintenance windows.
import type { Pool } from '../db/pool.ts';
import { targetStates } from '../db/queries/delivery.ts';
import type { Logger } from '../telemetry/logger.ts';
import { inMaintenance, type MaintenanceWindow } from './resilience/maintenance.ts';
import type { HoldCheck } from './worker.ts';

export interface Holds {
  check: HoldCheck;
  /** Reads the pause switches now instead of waiting for the next refresh. */
  refresh(): Promise<void>;
  stop(): void;
}

/** Paused targets are re-checked this often; the database is the switch all processes share. */
const REFRESH_MS = 2000;

export function createHolds(options: {
  pool: Pool;
  logger: Logger;
  maintenance: Record<string, MaintenanceWindow[]>;
  now?: () => number;
}): Holds {
  const now = options.now ?? Date.now;
  let paused = new Map<string, string | null>();
  const refresh = async () => {
    try {
      const { rows } = await options.pool.query<{
        target: string;
        paused: boolean;
        reason: string | null;
      }>(targetStates());
      paused = new Map(rows.filter((r) => r.paused).map((r) => [r.target, r.reason]));
    } catch (error) {
      options.logger.warn({ err: error }, 'could not read target pause switches');
    }
  };
  const timer = setInterval(() => void refresh(), REFRESH_MS);
  timer.unref();
  return {
    refresh,
    stop: () => clearInterval(timer),
    check(target) {
      if (paused.has(target)) return { reason: 'paused', delayMs: REFRESH_MS * 2 };
      const windows = options.maintenance[target];
      if (windows && windows.length > 0) {
        const at = new Date(now());
        const state = inMaintenance(windows, at);
        if (state.active)
          return {
            reason: 'maintenance',
            delayMs: Math.max(
              1000,
              (state.until?.getTime() ?? at.getTime() + 60_000) - at.getTime(),
            ),
          };
      }
      return undefined;
    },
  };
}
