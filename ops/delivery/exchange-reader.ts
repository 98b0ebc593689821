// Reads the exchange log for the API and the console, in the API's shapes (contracts/api).
import type { Pool } from '../db/pool.ts';
import {
  type ExchangeSearch,
  exchangeById,
  exchangesByDossier,
  exchangeTimeline,
  searchExchanges,
} from '../db/queries/exchanges.ts';

export interface ExchangeReader {
  byId(id: string): Promise<ExchangeRecord | undefined>;
  byDossier(code: string): Promise<ExchangeRecord[]>;
  search(filter: ExchangeSearch): Promise<ExchangeRecord[]>;
  timeline(id: string): Promise<TimelineEntry[]>;
}

export interface DeliveryRecord {
  id?: string;
  target: string;
  status: 'pending' | 'delivered' | 'failed' | 'parked' | 'skipped';
  attempts: number;
  reason?: string | null;
  parkedBehind?: string | null;
}

export interface ExchangeRecord {
  id: string;
  receivedAt: string;
  source: string;
  kind: string;
  dossierCode: string | null;
  traceId: string | null;
  deliveries: DeliveryRecord[];
}

export interface TimelineEntry {
  at: string;
  event: string;
  target: string | null;
  attempt: number | null;
  durationMs: number | null;
  outcome: string | null;
  reason: string | null;
  detail: string | null;
  actor: string | null;
}

interface ExchangeRow {
  id: string;
  received_at: Date;
  source: string;
  kind: string;
  dossier_code?: string | null;
  trace_id: string | null;
  deliveries: DeliveryRecord[];
}

function toRecord(row: ExchangeRow, dossierCode?: string): ExchangeRecord {
  return {
    id: row.id,
    receivedAt: row.received_at.toISOString(),
    source: row.source,
    kind: row.kind,
    dossierCode: row.dossier_code ?? dossierCode ?? null,
    traceId: row.trace_id,
    deliveries: row.deliveries.map((d) => ({
      ...d,
      reason: d.reason ?? null,
      ...(d.id ? { parkedBehind: d.parkedBehind ?? null } : {}),
    })),
  };
}

export function createExchangeReader(pool: Pool): ExchangeReader {
  return {
    async byId(id) {
      const { rows } = await pool.query<ExchangeRow>(exchangeById(id));
      return rows[0] ? toRecord(rows[0]) : undefined;
    },
    async byDossier(code) {
      const { rows } = await pool.query<ExchangeRow>(exchangesByDossier(code));
      return rows.map((r) => toRecord(r, code));
    },
    async search(filter) {
      const { rows } = await pool.query<ExchangeRow>(searchExchanges(filter));
      return rows.map((r) => toRecord(r));
    },
    async timeline(id) {
      const { rows } = await pool.query<{
        at: Date;
        event: string;
        target: string | null;
        attempt: number | null;
        duration_ms: number | null;
        outcome: string | null;
        reason: string | null;
        detail: string | null;
        actor: string | null;
      }>(exchangeTimeline(id));
      return rows.map((r) => ({
        at: r.at.toISOString(),
        event: r.event,
        target: r.target,
        attempt: r.attempt,
        durationMs: r.duration_ms,
        outcome: r.outcome,
        reason: r.reason,
        detail: r.detail,
        actor: r.actor,
      }));
    },
  };
}
