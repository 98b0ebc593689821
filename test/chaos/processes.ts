// Child processes of a chaos run: each leads its own process group, so kill -9 reaches everything it
// started; every group still alive is killed when the harness exits, even after a failed test.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { BIN, childEnv, ROOT } from '../helpers/cli.ts';

export interface ChaosProcess {
  readonly name: string;
  readonly pid: number;
  /** The last 64 KiB of stdout and stderr (the whole output goes to the log file). */
  output(): string;
  alive(): boolean;
  /** True once kill() was called: an exit after that is ours, any other is a crash. */
  killedByUs(): boolean;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Signals the whole process group and waits for the leader to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const living = new Set<ChaosProcess>();
let hooked = false;

/** Last resort: synchronous, so it also runs when the test process exits on an error. */
function killLivingGroups(): void {
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
  process.once('exit', killLivingGroups);
}

const TAIL = 64 * 1024;

export function spawnGroup(
  name: string,
  args: string[],
  options: { env: Record<string, string>; logFile: string },
): ChaosProcess {
  hookExit();
  const log: WriteStream = createWriteStream(options.logFile, { flags: 'a' });
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
  const handle: ChaosProcess = {
    name,
    pid,
    output: () => tail,
    alive: () => running,
    killedByUs: () => killed,
    exited,
    async kill(signal = 'SIGKILL') {
      killed = true;
      if (running) {
        try {
          process.kill(-pid, signal);
        } catch {
          // the group is gone already
        }
      }
      await exited;
    },
  };
  living.add(handle);
  return handle;
}

/** `lienthong start --role <role>` as its own process group. */
export function spawnRole(
  role: 'gateway' | 'worker',
  env: Record<string, string>,
  logFile: string,
): ChaosProcess {
  return spawnGroup(role, [BIN, 'start', '--role', role], { env, logFile });
}

/** A one-shot CLI command; resolves with its exit code and output. */
export async function runCliCommand(
  args: string[],
  env: Record<string, string>,
  logFile: string,
): Promise<{ code: number | null; output: string }> {
  const p = spawnGroup(`cli ${args[0] ?? ''}`, [BIN, ...args], { env, logFile });
  const { code } = await p.exited;
  return { code, output: p.output() };
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

/** Kills every process group this module started that is still running. */
export async function killAllGroups(): Promise<void> {
  await Promise.all([...living].map((p) => p.kill('SIGKILL')));
}

/** Names of started groups still alive (should be empty after cleanup). */
export function livingGroups(): string[] {
  return [...living].map((p) => `${p.name}(${p.pid})`);
}
