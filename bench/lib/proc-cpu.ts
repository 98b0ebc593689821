// CPU time of processes from /proc (Linux): a server process, and PostgreSQL with all its backends,
// so a benchmark can state CPU per request, which other load on the machine does not change.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** pid, parent pid and CPU seconds (user + system) of one process, or undefined once it is gone. */
function stat(pid: number): { ppid: number; seconds: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { ppid: Number(fields[1]), seconds: ticks / TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

/** CPU seconds used so far by `pid` itself. */
export function processCpuSeconds(pid: number): number {
  return stat(pid)?.seconds ?? 0;
}

/** CPU seconds used so far by `root` and its live children (a postmaster and its backends). */
export function treeCpuSeconds(root: number): number {
  let total = processCpuSeconds(root);
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const info = stat(pid);
    if (info?.ppid === root) total += info.seconds;
  }
  return total;
}

/** The postmaster's pid, from postmaster.pid in the server's data directory. */
export function postmasterPid(dataDirectory: string): number {
  return Number(readFileSync(join(dataDirectory, 'postmaster.pid'), 'utf8').split('\n')[0]);
}
