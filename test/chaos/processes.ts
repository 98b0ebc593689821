// Child processes of a chaos run: each leads its own process group, so kill -9 reaches everything it
// started; every group still alive is killed when the harness exits, even after a failed test.
import { BIN } from '../helpers/cli.ts';
import { type GroupProcess, spawnGroup } from '../helpers/process-group.ts';

export {
  killAllGroups,
  livingGroups,
  poll,
  spawnGroup,
} from '../helpers/process-group.ts';
export type ChaosProcess = GroupProcess;

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
