// Child processes of a benchmark: each leads its own process group and logs to a file; every group
// still alive is killed when the bench exits, also after a failure or Ctrl-C.
import { readdir, readFile, rm } from 'node:fs/promises';
import { BIN } from '../../test/helpers/cli.ts';
import {
  type GroupProcess,
  killLivingGroupsNow,
  poll,
  spawnGroup,
  stopAllGroups,
} from '../../test/helpers/process-group.ts';
import { appendResult } from './machine.ts';

export type BenchProcess = GroupProcess;

const interruptSteps: Array<() => Promise<unknown>> = [];
let hooked = false;

/** Work to do when the bench is interrupted (e.g. stop the embedded PostgreSQL), after the kills. */
export function onInterrupt(step: () => Promise<unknown>): void {
  hookInterrupt();
  interruptSteps.push(step);
}

/** Ctrl-C or SIGTERM: kill every group, run the interrupt steps, exit 130. */
function hookInterrupt(): void {
  if (hooked) return;
  hooked = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killLivingGroupsNow();
      void Promise.allSettled(interruptSteps.map((step) => step())).finally(() =>
        process.exit(130),
      );
    });
  }
}

/** `node <args>` (Node 24, the bench's own executable) from the repository root. */
export function spawnNode(
  name: string,
  args: string[],
  options: { env: Record<string, string>; logFile: string },
): BenchProcess {
  hookInterrupt();
  return spawnGroup(name, args, options);
}

/** `lienthong <args>` as a bench process. */
export function spawnLienthong(
  name: string,
  args: string[],
  options: { env: Record<string, string>; logFile: string },
): BenchProcess {
  return spawnNode(name, [BIN, ...args], options);
}

/** A one-shot CLI command; resolves with its exit code and output. */
export async function runLienthong(
  args: string[],
  options: { env: Record<string, string>; logFile: string },
): Promise<{ code: number | null; output: string }> {
  const p = spawnLienthong(`lienthong ${args.slice(0, 2).join(' ')}`, args, options);
  const { code } = await p.exited;
  return { code, output: p.output() };
}

/** Stops every process still running, gracefully first. */
export const stopAll = stopAllGroups;

export { poll };

/** Resident set size of a process in bytes (Linux /proc), undefined once it is gone. */
export async function rssBytes(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const kib = status && /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  return kib ? Number(kib) * 1024 : undefined;
}

/** CPU seconds (user + system) a process has used so far (Linux /proc, 100 ticks per second). */
export async function cpuSeconds(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (!fields) return undefined;
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Pids of every descendant of rootPid (Linux /proc), e.g. the embedded PostgreSQL's processes. */
export async function descendants(rootPid: number): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => undefined);
    const ppid = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
    if (ppid) parents.set(Number(entry), Number(ppid));
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of parents)
      if (parent === pid) {
        found.push(child);
        walk(child);
      }
  };
  walk(rootPid);
  return found;
}

/** CPU seconds the whole machine has been busy (all cores, every process; Linux /proc/stat). */
export async function machineBusySeconds(): Promise<number> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!;
  // cpu user nice system idle iowait irq softirq steal …
  const [user, nice, system, , , irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (
    ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / 100
  );
}

/** The npm command with the BENCH_* settings this run was given, as results should name it. */
export function benchCommand(script: string): string {
  const settings = Object.entries(process.env)
    .filter(([key]) => key.startsWith('BENCH_') && key !== 'BENCH_RECORD')
    .map(([key, value]) => `${key}=${value}`)
    .sort();
  return [...settings, `npm run ${script}`].join(' ');
}

/**
 * The end of a multi-process bench: prints and records its lines, then removes the process logs
 * when every check passed, or keeps them, says where, and sets a failing exit code.
 */
export async function finishBench(
  script: string,
  lines: string[],
  passed: boolean,
  logDir: string,
): Promise<void> {
  for (const line of lines) console.log(line);
  appendResult(script, benchCommand(script), lines);
  if (passed) await rm(logDir, { recursive: true, force: true });
  else {
    console.error(`checks failed: logs kept in ${logDir}`);
    process.exitCode = 1;
  }
}
