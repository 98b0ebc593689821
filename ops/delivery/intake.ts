// Intake: what the gateway calls with a canonical message — route it, then accept it durably.
import { hash } from 'node:crypto';
import type { Pool } from '../db/pool.ts';
import { dossierProcedureCode, dossierTargets, integrationFlags } from '../db/queries/catalogue.ts';
import type { AcceptInput, AcceptOutcome, Acceptor } from './accept.ts';
import { followingTargets, type Route, resolveTargets } from './routing.ts';
import type { DeliveryKind } from './types.ts';

export interface IntakeMessage {
  source: string;
  kind: DeliveryKind;
  dossierCode: string | null;
  /** The canonical record (contracts/canonical) the targets' connectors map from. */
  payload: unknown;
  /** The payload already serialized (text or UTF-8) and its sha256, when the caller has them. */
  payloadJson?: string | Uint8Array | undefined;
  payloadHash?: string | undefined;
  procedureCode?: string | undefined;
  sectorCode?: string | undefined;
  idempotencyKey: string | null;
  /** Hash of the request as received (method, path and body). */
  requestHash: string;
  traceId: string | null;
  dossier?: AcceptInput['dossier'];
  statusChange?: AcceptInput['statusChange'];
}

/** With no matching route the message is still logged (accepted, nothing to deliver). */
export type IntakeOutcome = AcceptOutcome & { targets: string[] };

export interface Intake {
  submit(message: IntakeMessage): Promise<IntakeOutcome>;
}

/** Hex SHA-256 of a text (or its UTF-8 bytes); the one-shot crypto.hash() spares a Hash object. */
export function sha256(text: string | Uint8Array): string {
  return hash('sha256', text, 'hex');
}

/** Portal integration flags change only on a catalogue sync: a short cache spares a query per request. */
const FLAG_TTL_MS = 30_000;
/** A dossier's procedure never changes: cache it, bounded. */
const MAX_CACHED_DOSSIERS = 50_000;

export function createIntake(options: {
  pool: Pool;
  acceptor: Acceptor;
  routes: readonly Route[];
  now?: () => number;
}): Intake {
  const now = options.now ?? Date.now;
  const flags = new Map<string, { integrated: boolean; sector: string | null; at: number }>();

  async function procedureFacts(code: string | undefined) {
    if (!code) return undefined;
    const cached = flags.get(code);
    if (cached && now() - cached.at < FLAG_TTL_MS) return cached;
    const { rows } = await options.pool.query<{
      code: string;
      portal_integrated: boolean;
      sector_code: string | null;
    }>(integrationFlags([code]));
    const fact = {
      integrated: rows[0]?.portal_integrated ?? false,
      sector: rows[0]?.sector_code ?? null,
      at: now(),
    };
    flags.set(code, fact);
    return fact;
  }

  const procedureOfDossier = new Map<string, string>();
  async function dossierProcedure(code: string | null): Promise<string | undefined> {
    if (!code) return undefined;
    const known = procedureOfDossier.get(code);
    if (known) return known;
    const { rows } = await options.pool.query<{ procedure_code: string | null }>(
      dossierProcedureCode(code),
    );
    const found = rows[0]?.procedure_code ?? undefined;
    if (found) {
      if (procedureOfDossier.size >= MAX_CACHED_DOSSIERS) procedureOfDossier.clear();
      procedureOfDossier.set(code, found);
    }
    return found;
  }

  return {
    async submit(message) {
      // Events and results name only their dossier: route them by the dossier's procedure.
      const procedureCode = message.procedureCode ?? (await dossierProcedure(message.dossierCode));
      const facts = await procedureFacts(procedureCode);
      const routingFacts = {
        kind: message.kind,
        source: message.source,
        sectorCode: message.sectorCode ?? facts?.sector ?? undefined,
        portalIntegrated: facts?.integrated ?? false,
      };
      let targets = resolveTargets(options.routes, routingFacts);
      const following = followingTargets(options.routes, routingFacts);
      if (following.size > 0 && message.dossierCode) {
        const { rows } = await options.pool.query<{ target: string }>(
          dossierTargets(message.dossierCode),
        );
        const received = new Set(rows.map((r) => r.target));
        targets = targets.filter((t) => !following.has(t) || received.has(t));
      }
      const payloadJson = message.payloadJson ?? JSON.stringify(message.payload);
      const payloadHash = message.payloadHash ?? sha256(payloadJson);
      const naturalKey = `${message.kind}:${message.dossierCode ?? '-'}:${payloadHash}`;
      const outcome = await options.acceptor.accept({
        source: message.source,
        kind: message.kind,
        dossierCode: message.dossierCode,
        payload: message.payload,
        payloadJson,
        idempotencyKey: message.idempotencyKey,
        requestHash: message.requestHash,
        naturalKey,
        traceId: message.traceId,
        targets,
        ...(message.dossier ? { dossier: message.dossier } : {}),
        ...(message.statusChange ? { statusChange: message.statusChange } : {}),
      });
      return { ...outcome, targets };
    },
  };
}
