// Answers 503 problem+json when a request's handling outlives its time budget.
import type { Context, MiddlewareHandler } from 'hono';
import type { ErrorCode } from '../../contracts/errors.ts';
import { problem } from '../problem.ts';

export interface RequestTimeoutOptions {
  ms: number;
  /** A 503 code; contracts/errors has no request-level timeout code yet. */
  code?: ErrorCode;
}

/** Per request: its controller, made on first use — most requests never ask for a signal. */
const budgets = new WeakMap<Context, { controller?: AbortController; expired: boolean }>();

/** Aborted when the request's time budget runs out: pass it to upstream calls and queries. */
export function requestSignal(c: Context): AbortSignal | undefined {
  const budget = budgets.get(c);
  if (!budget) return undefined;
  budget.controller ??= new AbortController();
  if (budget.expired && !budget.controller.signal.aborted) budget.controller.abort();
  return budget.controller.signal;
}

/**
 * Races the rest of the chain against `ms`. On timeout it answers 503 at once and aborts
 * `requestSignal(c)`; the abandoned handler's late result is ignored.
 */
export function requestTimeout(options: RequestTimeoutOptions): MiddlewareHandler {
  const code = options.code ?? 'upstream.unavailable';
  return async (c, next) => {
    const budget: { controller?: AbortController; expired: boolean } = { expired: false };
    budgets.set(c, budget);
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<'expired'>((resolve) => {
      timer = setTimeout(() => resolve('expired'), options.ms);
    });
    const work = next().then(() => 'done' as const);
    // A rejection after the deadline must not surface as an unhandled rejection.
    work.catch(() => {});
    try {
      if ((await Promise.race([work, expired])) === 'expired') {
        budget.expired = true;
        budget.controller?.abort(new Error(`request exceeded ${options.ms} ms`));
        c.res = problem(c, code, { detail: `the request took longer than ${options.ms} ms` });
      }
    } finally {
      clearTimeout(timer);
    }
  };
}
