// Runs the real `lienthong` CLI as a child process, for tests that need process boundaries.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/lienthong.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningCli {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Environment for a child: ours minus anything that would point it at another database. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _omit, ...rest } = process.env;
  return { ...rest, LOG_FORMAT: 'json', LOG_LEVEL: 'info', ...extra };
}

export function spawnCli(args: string[], env: Record<string, string>): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: childEnv(env) });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, output: () => output, exited };
}

export async function runCli(args: string[], env: Record<string, string>) {
  const running = spawnCli(args, env);
  const { code } = await running.exited;
  return { code, output: running.output() };
}

/** Polls url until it answers 200 or the attempts run out; returns the last status. */
export async function waitForStatus(
  url: string,
  attempts = 120,
  intervalMs = 250,
): Promise<number> {
  let status = 0;
  for (let i = 0; i < attempts; i++) {
    try {
      const response = await fetch(url);
      status = response.status;
      await response.body?.cancel();
      if (status === 200) return status;
    } catch {
      status = 0;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return status;
}
