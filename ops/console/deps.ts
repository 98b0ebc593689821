// What the console needs from the process that mounts it.
import type { Pool } from '../db/pool.ts';
import type { ExchangeReader } from '../delivery/exchange-reader.ts';
import type { OperatorActions } from '../delivery/operator.ts';
import type { Logger } from '../telemetry/logger.ts';
import type { KpiTargets } from './kpi.ts';

/** The outcome of a connector's health probe (structurally the kit's CheckResult). */
export interface ConnectorCheck {
  ok: boolean;
  latencyMs: number;
  detail?: string | undefined;
  error?: { reason: string } | undefined;
}

export interface ConsoleDeps {
  pool: Pool;
  operator: OperatorActions;
  exchanges: ExchangeReader;
  logger: Logger;
  /** Delivery targets, one overview tile each. */
  targets: string[];
  /** KPI goals shown beside the actuals, as ratios 0–1; without them no pass/fail is shown. */
  kpiTargets?: KpiTargets | undefined;
  /** Runs a connector's health probe now; without it the "check now" button is hidden. */
  checkConnector?: ((id: string) => Promise<ConnectorCheck>) | undefined;
  /** The target whose delivered dossiers count as synced to the national portal. */
  portalTarget?: string | undefined;
  /** Session lifetime (default 8 hours). */
  sessionTtlMs?: number | undefined;
  /** Auto-refresh of the overview and connector pages, in seconds (default 30; 0 = off). */
  refreshSeconds?: number | undefined;
}
