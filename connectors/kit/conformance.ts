// runConformanceSuite: the vitest suite every connector runs against its own simulator (tests only).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectorDefinition, ConnectorDeps } from './define-connector.ts';
import { ConnectorError, type ErrorClass } from './errors.ts';
import type { FaultsPatch, RunningSimulator, SimulatorStats } from './simulator/index.ts';
import { PENDING, settleWithin } from './testing/settle-within.ts';
import type { CallContext, Connector } from './types.ts';

type Awaitable<T> = T | Promise<T>;

export interface ConformanceOperation<Ops extends object> {
  name: string;
  run(connector: Connector<Ops>, ctx: CallContext): Promise<unknown>;
  /** Asserts on the result and on what the simulator received and applied. */
  verify(result: unknown, stats: SimulatorStats): Awaitable<void>;
}

export interface ConformanceErrorCase<Ops extends object> {
  /** Defaults to the faults and expected class. */
  name?: string;
  faults?: FaultsPatch;
  /** Raw config for this case (e.g. a wrong secret to provoke 'auth'). */
  config?: (simUrl: string) => unknown;
  /** Runs before the faults are set (e.g. warm up a session so the fault hits the operation itself). */
  before?: (sim: RunningSimulator, connector: Connector<Ops>) => Awaitable<void>;
  expectClass: ErrorClass;
  expectReason?: string;
  run(connector: Connector<Ops>, ctx: CallContext): Promise<unknown>;
}

export interface ConformanceOptions<Config, Ops extends object> {
  name: string;
  definition: ConnectorDefinition<Config, Ops>;
  /** Raw config pointing at the simulator (as it would appear under `settings` in the config file). */
  config(simUrl: string): unknown;
  startSimulator(): Promise<RunningSimulator>;
  deps?: ConnectorDeps;
  operations: readonly ConformanceOperation<Ops>[];
  errorCases: readonly ConformanceErrorCase<Ops>[];
  /** Runs the same delivery twice; the simulator must have applied it once. */
  redelivery: {
    run(connector: Connector<Ops>, ctx: CallContext): Promise<unknown>;
    expectAppliedOnce(stats: SimulatorStats): Awaitable<void>;
  };
  /** A call that the simulator will never answer; it must reject as transient 'timeout'. */
  timeout: {
    run(connector: Connector<Ops>, ctx: CallContext): Promise<unknown>;
    timeoutMs?: number;
  };
  /** Generous bound a timed-out call must settle within (a correctness check, not a benchmark). */
  hardBoundMs?: number;
}

async function outcome(promise: Promise<unknown>, boundMs: number): Promise<unknown> {
  const settled = await settleWithin(promise, boundMs);
  if (settled === PENDING) return PENDING;
  return settled.ok ? 'resolved' : settled.error;
}

export function runConformanceSuite<Config, Ops extends object>(
  options: ConformanceOptions<Config, Ops>,
): void {
  const hardBoundMs = options.hardBoundMs ?? 10_000;
  const testTimeout = hardBoundMs + 5_000;

  describe(`${options.name} conformance`, () => {
    let sim: RunningSimulator;
    const open: Connector<Ops>[] = [];

    const connect = (raw: unknown = options.config(sim.url)): Connector<Ops> => {
      const result = options.definition.instantiate(raw, options.deps);
      if (!result.ok) throw new Error(`config rejected: ${JSON.stringify(result.issues)}`);
      open.push(result.connector);
      return result.connector;
    };

    beforeAll(async () => {
      sim = await options.startSimulator();
    });
    beforeEach(async () => {
      await sim.reset();
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((c) => c.close()));
    });
    afterAll(async () => {
      await sim?.close();
    });

    it('should declare a valid manifest whose operations and deliveries are implemented', () => {
      const connector = connect();
      const { manifest } = options.definition;
      expect(connector.manifest).toBe(manifest);
      const ops = connector.operations as Record<string, unknown>;
      for (const name of manifest.operations) expect(typeof ops[name], name).toBe('function');
      if (manifest.accepts.length > 0) expect(typeof connector.deliver).toBe('function');
      if (Object.keys(manifest.batch ?? {}).length > 0) {
        expect(typeof connector.deliverBatch).toBe('function');
      }
    });

    it('should accept its simulator config and redact every secret', () => {
      const raw = options.config(sim.url);
      const parsed = options.definition.parseConfig(raw);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const shown = JSON.stringify(options.definition.redactConfig(parsed.config));
      for (const path of options.definition.secrets) {
        const value = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], parsed.config);
        if (typeof value === 'string' && value !== '') expect(shown).not.toContain(value);
      }
    });

    it('should reject an empty config with key paths', () => {
      const parsed = options.definition.parseConfig({});
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.issues.every((i) => typeof i.path === 'string')).toBe(true);
    });

    it('should pass check() and report its latency', async () => {
      const result = await connect().check();
      expect(result.error).toBeUndefined();
      expect(result.ok).toBe(true);
      expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    });

    it('should report check() failure as classified data while the system is down', async () => {
      const connector = connect();
      await sim.setFaults({ down: true });
      const result = await connector.check({ timeoutMs: 2_000 });
      expect(result.ok).toBe(false);
      expect(result.error?.class).toBe('transient');
    });

    it('should recover by itself after the system expires its credentials', async () => {
      const connector = connect();
      expect((await connector.check()).ok).toBe(true);
      sim.sim.expireCredentials();
      const again = await connector.check();
      expect(again.error).toBeUndefined();
      expect(again.ok).toBe(true);
    });

    for (const op of options.operations) {
      it(`should round-trip ${op.name}`, async () => {
        const result = await op.run(connect(), {});
        await op.verify(result, sim.stats());
      });
    }

    for (const errorCase of options.errorCases) {
      const title =
        errorCase.name ?? `${JSON.stringify(errorCase.faults ?? {})} → ${errorCase.expectClass}`;
      it(
        `should classify ${title}`,
        async () => {
          const connector = connect(errorCase.config?.(sim.url));
          await errorCase.before?.(sim, connector);
          if (errorCase.faults) await sim.setFaults(errorCase.faults);
          const error = await outcome(errorCase.run(connector, { timeoutMs: 5_000 }), hardBoundMs);
          expect(error).toBeInstanceOf(ConnectorError);
          expect((error as ConnectorError).errorClass).toBe(errorCase.expectClass);
          if (errorCase.expectReason) {
            expect((error as ConnectorError).reason).toBe(errorCase.expectReason);
          }
        },
        testTimeout,
      );
    }

    it(
      'should reject a call the system never answers as transient timeout',
      async () => {
        const connector = connect();
        await sim.setFaults({ timeoutRate: 1 });
        const ctx = { timeoutMs: options.timeout.timeoutMs ?? 300 };
        const error = await outcome(options.timeout.run(connector, ctx), hardBoundMs);
        expect(error).not.toBe(PENDING);
        expect(error).toBeInstanceOf(ConnectorError);
        expect((error as ConnectorError).errorClass).toBe('transient');
        expect((error as ConnectorError).reason).toBe('timeout');
      },
      testTimeout,
    );

    it('should apply a redelivered message only once', async () => {
      const connector = connect();
      await options.redelivery.run(connector, {});
      await options.redelivery.run(connector, {});
      await options.redelivery.expectAppliedOnce(sim.stats());
    });
  });
}
