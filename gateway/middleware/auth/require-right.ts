// requireRight(right): 403 problem for members without the right, and an audit row for each denial.
import type { MiddlewareHandler } from 'hono';
import type { Pool } from '../../../ops/db/pool.ts';
import { insertAudit } from '../../../ops/db/queries/operator.ts';
import { hasRight, isValidRight } from '../../../ops/members/rights.ts';
import type { Logger } from '../../../ops/telemetry/logger.ts';
import { problem } from '../../problem.ts';
import './context.ts';

export interface RequireRightDeps {
  pool: Pick<Pool, 'query'>;
  logger?: Pick<Logger, 'error'>;
}

export function requireRight(right: string, deps: RequireRightDeps): MiddlewareHandler {
  if (!isValidRight(right) || right === '*')
    throw new RangeError(`requireRight: "${right}" is not a right name such as dossier.submit`);
  return async (c, next) => {
    const member = c.get('member');
    // Mounted without authenticate(): a wiring mistake, which must fail closed and loudly.
    if (!member) throw new Error(`requireRight(${right}) needs authenticate() before it`);
    if (hasRight(member.rights, right)) return next();
    try {
      await deps.pool.query(
        insertAudit([
          {
            actor_kind: 'member',
            actor_id: member.id,
            action: 'access.denied',
            outcome: 'denied',
            detail: { right, path: c.req.path, method: c.req.method },
          },
        ]),
      );
    } catch (error) {
      // The request is refused either way; a lost audit row is an operator's problem, not the caller's.
      deps.logger?.error({ err: error, memberId: member.id, right }, 'audit of a denial failed');
    }
    return problem(c, 'auth.forbidden', { detail: `the member lacks the right ${right}` });
  };
}
