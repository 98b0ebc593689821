// A role process kept running the way a service manager would: an exit the harness did not cause
// is a crash, recorded with the end of the process's output, and the role is started again.
import type { ChaosProcess } from './processes.ts';

export interface Crash {
  role: string;
  /** ms since the cluster started. */
  atMs: number;
  code: number | null;
  signal: string | null;
  /** The last lines of the process's output (the error that ended it). */
  output: string;
}

/** Starts that ended before the process was ready (e.g. PostgreSQL still down): retried, not crashes. */
export interface FailedStart {
  role: string;
  atMs: number;
}

export interface SupervisedRole {
  /** kill -9 of the whole process group, then a new process; ms until it is ready. */
  killAndRestart(): Promise<number>;
  stop(): Promise<void>;
}

const MAX_RESTARTS_AFTER_CRASH = 20;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function superviseRole(options: {
  role: string;
  spawn: () => ChaosProcess;
  ready: (p: ChaosProcess) => Promise<void>;
  crashes: Crash[];
  failedStarts: FailedStart[];
  startedAt: number;
}): Promise<SupervisedRole> {
  let current: ChaosProcess;
  const ready = new WeakSet<ChaosProcess>();
  let stopping = false;
  let restarting: Promise<void> = Promise.resolve();

  const watch = (p: ChaosProcess) => {
    void p.exited.then(({ code, signal }) => {
      if (stopping || p.killedByUs()) return;
      const atMs = Date.now() - options.startedAt;
      if (!ready.has(p)) options.failedStarts.push({ role: options.role, atMs });
      else
        options.crashes.push({
          role: options.role,
          atMs,
          code,
          signal,
          output: p.output().split('\n').slice(-25).join('\n').slice(-2_000),
        });
      const exits = options.crashes.length + options.failedStarts.length;
      if (exits > MAX_RESTARTS_AFTER_CRASH) return;
      // Like `restart: always`: start it again after a short pause.
      restarting = restarting
        .then(() => sleep(500))
        .then(() => (stopping ? undefined : launch()))
        .catch(() => undefined);
    });
  };
  const launch = async () => {
    const p = options.spawn();
    current = p;
    watch(p);
    await options.ready(p);
    ready.add(p);
  };

  await launch();
  return {
    async killAndRestart() {
      await restarting;
      await current.kill('SIGKILL');
      const started = Date.now();
      try {
        await launch();
      } catch (error) {
        // It crashed while starting: the watcher records it and starts it again.
        await sleep(600);
        await restarting;
        if (!current.alive()) throw error;
      }
      return Date.now() - started;
    },
    async stop() {
      stopping = true;
      await restarting;
      await current.kill('SIGKILL');
    },
  };
}
