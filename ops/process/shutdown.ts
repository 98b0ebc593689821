// Graceful shutdown: on SIGTERM/SIGINT run the stop steps in order, bounded by a deadline.
import type { Logger } from '../telemetry/logger.ts';

export interface StopStep {
  name: string;
  run(): Promise<void>;
}

export interface ShutdownOptions {
  logger: Logger;
  deadlineMs: number;
  exit?: (code: number) => void;
  /**
   * Settles when startup is over. A signal that arrives earlier (the HTTP server already answers
   * readiness while workers start) waits for it, then stops everything startup added; without
   * handlers yet, the default action would kill the process and leave its database running.
   */
  startup?: Promise<unknown>;
}

/** Runs the steps in order; a step that throws is logged and the rest still run. */
export async function runStopSteps(steps: StopStep[], logger: Logger): Promise<boolean> {
  let clean = true;
  for (const step of steps) {
    try {
      await step.run();
    } catch (error) {
      clean = false;
      logger.error({ err: error, step: step.name }, 'shutdown step failed');
    }
  }
  return clean;
}

const DUPLICATE_SIGNAL_WINDOW_MS = 2000;

export function installShutdown(
  steps: () => StopStep[],
  options: ShutdownOptions,
): () => Promise<void> {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping: Promise<void> | undefined;
  let firstSignalAt = 0;
  const shutdown = (signal: string): Promise<void> => {
    if (stopping) {
      // Ctrl-C under `npm start` delivers the signal twice (the terminal's and npm's forward):
      // only a repeat after a pause means "stop now".
      if (Date.now() - firstSignalAt < DUPLICATE_SIGNAL_WINDOW_MS) return stopping;
      options.logger.warn({ signal }, 'second signal: exiting now');
      exit(1);
      return stopping;
    }
    firstSignalAt = Date.now();
    options.logger.info({ signal, deadlineMs: options.deadlineMs }, 'shutting down');
    const deadline = setTimeout(() => {
      options.logger.error('shutdown deadline passed: exiting');
      exit(1);
    }, options.deadlineMs);
    deadline.unref();
    const started = Promise.resolve(options.startup).catch(() => undefined);
    stopping = started
      .then(() => runStopSteps(steps(), options.logger))
      .then((clean) => {
        clearTimeout(deadline);
        options.logger.info({ clean }, 'stopped');
        exit(clean ? 0 : 1);
      });
    return stopping;
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  return () => shutdown('programmatic');
}
