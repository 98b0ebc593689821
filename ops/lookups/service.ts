// Lookups in the national databases (population, business): purpose-bound, short, guarded by a
// circuit breaker, never cached, and every one audited with the subject hashed.
import { createHmac } from 'node:crypto';
import { type Connector, isConnectorError } from '../../connectors/kit/index.ts';
import type { Pool } from '../db/pool.ts';
import { insertAudit } from '../db/queries/operator.ts';
import { CircuitBreaker } from '../delivery/resilience/circuit-breaker.ts';
import type { Logger } from '../telemetry/logger.ts';

export interface LookupContext {
  memberId: string;
  dossierCode?: string | undefined;
  purpose?: string | undefined;
  traceId?: string | null | undefined;
}

export type LookupFailure = {
  failed: 'unavailable' | 'timeout' | 'not_configured' | 'rejected';
  reason: string;
};

export type CitizenAnswer =
  | { outcome: 'found'; citizen: unknown }
  | { outcome: 'not_found' }
  | { outcome: 'mismatch'; fields: string[] };
export type EnterpriseAnswer =
  | { outcome: 'found'; organization: unknown }
  | { outcome: 'not_found' };

export interface Lookups {
  citizen(
    query: { idNumber: string; fullName: string; birthDate: string },
    context: LookupContext,
  ): Promise<CitizenAnswer | LookupFailure>;
  enterprise(
    query: { code: string },
    context: LookupContext,
  ): Promise<EnterpriseAnswer | LookupFailure>;
}

interface CitizenOps {
  verifyCitizen(
    input: Record<string, unknown>,
    ctx?: { timeoutMs?: number },
  ): Promise<CitizenAnswer>;
}
interface EnterpriseOps {
  lookupEnterprise(
    input: { code: string },
    ctx?: { timeoutMs?: number },
  ): Promise<EnterpriseAnswer>;
}

export function createLookups(options: {
  pool: Pool;
  logger: Logger;
  population?: Connector | undefined;
  business?: Connector | undefined;
  /** Keys the subject hash; without it a fixed key is used (weaker: 12-digit IDs are guessable). */
  secret?: string | undefined;
  timeoutMs?: number;
  now?: () => number;
  onLatency?: (kind: 'citizen' | 'enterprise', outcome: string, ms: number) => void;
}): Lookups {
  const timeoutMs = options.timeoutMs ?? 5000;
  const now = options.now ?? Date.now;
  const hmacKey = options.secret ?? 'lienthong-lookup-subject';
  const breakers = {
    citizen: new CircuitBreaker({ now, failureThreshold: 5, openMs: 10_000 }),
    enterprise: new CircuitBreaker({ now, failureThreshold: 5, openMs: 10_000 }),
  };

  async function run<T extends { outcome: string }>(
    kind: 'citizen' | 'enterprise',
    subject: string,
    context: LookupContext,
    call: () => Promise<T>,
  ): Promise<T | LookupFailure> {
    const started = now();
    let result: T | LookupFailure;
    if (!breakers[kind].canRequest()) {
      result = { failed: 'unavailable', reason: 'circuit_open' };
    } else {
      try {
        result = await call();
        breakers[kind].onSuccess();
      } catch (error) {
        const reason = isConnectorError(error) ? error.reason : 'lookup.unexpected_error';
        const transport =
          isConnectorError(error) &&
          (error.errorClass === 'transient' || error.errorClass === 'auth');
        breakers[kind].onFailure(transport ? 'transport' : 'other');
        result =
          reason === 'timeout'
            ? { failed: 'timeout', reason }
            : transport
              ? { failed: 'unavailable', reason }
              : { failed: 'rejected', reason };
        if (!isConnectorError(error))
          options.logger.error({ err: error, kind }, 'lookup failed unexpectedly');
      }
    }
    const outcome = 'outcome' in result ? result.outcome : result.failed;
    options.onLatency?.(kind, outcome, now() - started);
    await options.pool.query(
      insertAudit([
        {
          actor_kind: 'member',
          actor_id: context.memberId,
          action: `lookup.${kind}`,
          outcome,
          subject: createHmac('sha256', hmacKey).update(subject).digest('hex'),
          purpose: context.purpose ?? null,
          dossier_code: context.dossierCode ?? null,
          trace_id: context.traceId ?? null,
          detail: 'failed' in result ? { reason: result.reason } : {},
        },
      ]),
    );
    return result;
  }

  return {
    citizen(query, context) {
      const ops = options.population?.operations as CitizenOps | undefined;
      if (!ops?.verifyCitizen)
        return Promise.resolve({
          failed: 'not_configured',
          reason: 'lookup.population_not_configured',
        });
      return run('citizen', query.idNumber, context, () =>
        ops.verifyCitizen(
          {
            ...query,
            purpose: context.purpose ?? `dossier ${context.dossierCode}`,
            ...(context.dossierCode ? { dossierCode: context.dossierCode } : {}),
          },
          { timeoutMs },
        ),
      );
    },
    enterprise(query, context) {
      const ops = options.business?.operations as EnterpriseOps | undefined;
      if (!ops?.lookupEnterprise)
        return Promise.resolve({
          failed: 'not_configured',
          reason: 'lookup.business_not_configured',
        });
      return run('enterprise', query.code, context, () =>
        ops.lookupEnterprise({ code: query.code }, { timeoutMs }),
      );
    },
  };
}
