// Graceful shutdown: ordered steps, failures reported in the exit code, duplicate signals ignored.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../telemetry/logger.ts';
import { installShutdown, runStopSteps } from './shutdown.ts';

const logger = createLogger({ level: 'silent', format: 'json' });

describe('runStopSteps', () => {
  it('should run every step in order even when one fails, and report it', async () => {
    const order: string[] = [];
    const clean = await runStopSteps(
      [
        { name: 'a', run: async () => void order.push('a') },
        { name: 'b', run: async () => Promise.reject(new Error('boom')) },
        { name: 'c', run: async () => void order.push('c') },
      ],
      logger,
    );
    expect(order).toEqual(['a', 'c']);
    expect(clean).toBe(false);
  });
});

describe('installShutdown', () => {
  it('should exit 0 after clean steps and treat a quick repeat as the same shutdown', async () => {
    const exits: number[] = [];
    const ran: string[] = [];
    const stop = installShutdown(() => [{ name: 'x', run: async () => void ran.push('x') }], {
      logger,
      deadlineMs: 5000,
      exit: (code) => void exits.push(code),
    });
    await Promise.all([stop(), stop()]);
    expect(ran).toEqual(['x']);
    expect(exits).toEqual([0]);
  });

  it('should exit 1 when a step fails', async () => {
    const exits: number[] = [];
    const stop = installShutdown(
      () => [{ name: 'x', run: async () => Promise.reject(new Error('no')) }],
      {
        logger,
        deadlineMs: 5000,
        exit: (code) => void exits.push(code),
      },
    );
    await stop();
    expect(exits).toEqual([1]);
  });

  it('should let a signal during startup wait for it, then run every step startup added', async () => {
    const exits: number[] = [];
    const ran: string[] = [];
    const steps: Array<{ name: string; run(): Promise<void> }> = [];
    const startup = Promise.withResolvers<void>();
    const stop = installShutdown(() => steps, {
      logger,
      deadlineMs: 5000,
      exit: (code) => void exits.push(code),
      startup: startup.promise,
    });
    const stopping = stop();
    steps.push({ name: 'late', run: async () => void ran.push('late') });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toEqual([]);
    startup.resolve();
    await stopping;
    expect(ran).toEqual(['late']);
    expect(exits).toEqual([0]);
  });
});
