// Fault knobs (error rate, latency, hangs, downtime) and the middleware that injects them on non-admin paths.
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';

export const FaultsSchema = z.object({
  /** Share of requests answered with an error (0–1). */
  errorRate: z.number().min(0).max(1),
  /** Status of injected errors when no errorResponder is set. */
  errorStatus: z.number().int().min(400).max(599),
  /** Name of a system-specific error the simulator registered (e.g. 'session_expired'); null: plain status. */
  errorResponder: z.string().min(1).nullable(),
  /** Delay added before every non-admin request. */
  latencyMs: z.number().int().min(0).max(600_000),
  /** Share of requests accepted and never answered (0–1). */
  timeoutRate: z.number().min(0).max(1),
  /** Refuse TCP connections (only startSimulator can honour this). */
  down: z.boolean(),
});
export type Faults = z.output<typeof FaultsSchema>;

/** What PUT /__admin/faults accepts: any subset, plus downForMs to come back up by itself. */
export const FaultsPatchSchema = FaultsSchema.partial()
  .extend({ downForMs: z.number().int().min(1).max(3_600_000).optional() })
  .strict();
export type FaultsPatch = z.input<typeof FaultsPatchSchema>;

export const NO_FAULTS: Faults = {
  errorRate: 0,
  errorStatus: 503,
  errorResponder: null,
  latencyMs: 0,
  timeoutRate: 0,
  down: false,
};

export const ADMIN_PREFIX = '/__admin';

export type ErrorResponder = (c: Context) => Response | Promise<Response>;

export interface FaultHost {
  faults(): Faults;
  random(): number;
  count(counter: string, op: string): void;
  responder(name: string): ErrorResponder | undefined;
  /** Resolves after ms (or, without ms, never) unless the simulator closes or the client goes away first. */
  park(c: Context, ms?: number): Promise<void>;
}

export function faultMiddleware(host: FaultHost): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.path === ADMIN_PREFIX || c.req.path.startsWith(`${ADMIN_PREFIX}/`)) return next();
    const faults = host.faults();
    host.count('requests', 'all');
    // Draw both numbers on every request so one knob never shifts the other's sequence.
    const hang = host.random() < faults.timeoutRate;
    const fail = host.random() < faults.errorRate;
    if (hang) {
      host.count('faults', 'timeout');
      await host.park(c);
      return c.body(null, 503);
    }
    if (faults.latencyMs > 0) {
      host.count('faults', 'latency');
      await host.park(c, faults.latencyMs);
    }
    if (fail) {
      host.count('faults', 'error');
      const responder = faults.errorResponder ? host.responder(faults.errorResponder) : undefined;
      if (responder) return responder(c);
      return c.json(
        { error: 'simulated_fault', status: faults.errorStatus },
        faults.errorStatus as ContentfulStatusCode,
      );
    }
    return next();
  };
}
