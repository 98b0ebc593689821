// Child processes that each lead their own process group and log to a file, so a kill reaches
// everything they started; every group still alive is killed when this process exits.
// Shared by the chaos harness (test/chaos) and the multi-process benchmarks (bench/).
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { childEnv, ROOT } from './cli.ts';

export interface GroupProcess {
  readonly name: string;
  readonly pid: number;
  /** The last 64 KiB of stdout and stderr (the whole output goes to the log file). */
  output(): string;
  alive(): boolean;
  /** True once kill() or stop() was called: an exit after that is ours, any other is a crash. */
  killedByUs(): boolean;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Signals the whole process group and waits for the leader to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** SIGTERM to the group, SIGKILL after graceMs if it is still running; resolves once it exited. */
  stop(graceMs?: number): Promise<void>;
}

const living = new Set<GroupProcess>();
const TAIL = 64 * 1024;
let hooked = false;

/** Last resort: synchronous, so it also runs when this process exits on an error or a signal. */
export function killLivingGroupsNow(): void {
  for (const p of living) {
    try {
      process.kill(-p.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  living.clear();
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.once('exit', killLivingGroupsNow);
}

/** `node <args>` (this process's Node 24) from the repository root, as its own process group. */
export function spawnGroup(
  name: string,
  args: string[],
  options: { env: Record<string, string>; logFile: string },
): GroupProcess {
  hookExit();
  const log = createWriteStream(options.logFile, { flags: 'a' });
  log.write(`\n=== ${new Date().toISOString()} start ${name}: ${args.join(' ')}\n`);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: childEnv(options.env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${name}`);
  const pid = child.pid;
  let tail = '';
  let running = true;
  let killed = false;
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-TAIL);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      running = false;
      living.delete(handle);
      log.end(`\n=== ${new Date().toISOString()} exit ${name}: code=${code} signal=${signal}\n`);
      resolve({ code, signal });
    });
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    if (!running) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // the group is gone already
    }
  };
  const handle: GroupProcess = {
    name,
    pid,
    output: () => tail,
    alive: () => running,
    killedByUs: () => killed,
    exited,
    async kill(signal = 'SIGKILL') {
      killed = true;
      signalGroup(signal);
      await exited;
    },
    async stop(graceMs = 15_000) {
      killed = true;
      if (!running) return;
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  living.add(handle);
  return handle;
}

/** Kills every process group still running. */
export async function killAllGroups(): Promise<void> {
  await Promise.all([...living].map((p) => p.kill('SIGKILL')));
}

/** Stops every process group still running, gracefully first. */
export async function stopAllGroups(graceMs?: number): Promise<void> {
  await Promise.all([...living].map((p) => p.stop(graceMs)));
}

/** Names of started groups still alive (should be empty after cleanup). */
export function livingGroups(): string[] {
  return [...living].map((p) => `${p.name}(${p.pid})`);
}

/** Polls until check() is true; false when the deadline passes first. */
export async function poll(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  everyMs = 100,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return false;
}
