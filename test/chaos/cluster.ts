// A chaos cluster on loopback: PostgreSQL, the portal simulator, one gateway and one worker process
// (supervised: a crash is recorded and the role restarted), the load member's API key issued by
// `lienthong members add`. Every process is killable; close() stops this cluster's processes only.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FaultsPatch, SimulatorStats } from '../../connectors/kit/simulator/index.ts';
import { PORTAL_SANDBOX_ACCOUNT } from '../../connectors/national-portal/index.ts';
import { freePort } from '../helpers/free-port.ts';
import { CHAOS_MEMBER } from './chaos.config.ts';
import { type ChaosPostgres, startChaosPostgres, stopAllPostgres } from './postgres.ts';
import {
  type ChaosProcess,
  killAllGroups,
  livingGroups,
  poll,
  runCliCommand,
  spawnGroup,
  spawnRole,
} from './processes.ts';
import { type Crash, type FailedStart, type SupervisedRole, superviseRole } from './supervised.ts';

export interface ChaosCluster {
  readonly dir: string;
  readonly gatewayUrl: string;
  readonly apiKey: string;
  readonly postgres: ChaosPostgres;
  /** Exits of a running gateway or worker that the harness did not cause. */
  readonly crashes: Crash[];
  /** Restarts that exited before being ready (e.g. PostgreSQL still down), retried: not crashes. */
  readonly failedStarts: FailedStart[];
  /** kill -9 of the worker's process group, then a new worker; ms until it runs again. */
  killWorker(): Promise<{ restartMs: number }>;
  killGateway(): Promise<{ restartMs: number }>;
  restartPostgres(): Promise<{ downMs: number }>;
  setFaults(patch: FaultsPatch): Promise<void>;
  portalStats(): Promise<SimulatorStats>;
  /** Stops this cluster's processes and PostgreSQL; removes its directory unless kept. */
  close(options?: { keepDir?: boolean }): Promise<void>;
}

const STARTED = /"msg":"lienthong started"/;
const tail = (p: ChaosProcess) => p.output().slice(-3_000);

async function readyGateway(url: string, p: ChaosProcess): Promise<void> {
  const ok = await poll(async () => {
    if (!p.alive()) throw new Error(`gateway exited while starting:\n${tail(p)}`);
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      await res.body?.cancel();
      return res.status === 200;
    } catch {
      return false;
    }
  }, 60_000);
  if (!ok) throw new Error(`gateway not ready within 60 s:\n${tail(p)}`);
}

async function readyWorker(p: ChaosProcess): Promise<void> {
  const ok = await poll(() => {
    if (!p.alive()) throw new Error(`worker exited while starting:\n${tail(p)}`);
    return STARTED.test(p.output());
  }, 60_000);
  if (!ok) throw new Error(`worker not ready within 60 s:\n${tail(p)}`);
}

export async function startCluster(options: { seed: number }): Promise<ChaosCluster> {
  const startedAt = Date.now();
  const dir = await mkdtemp(join(tmpdir(), 'lienthong-chaos-'));
  const log = (name: string) => join(dir, `${name}.log`);
  const own: Array<{ stop(): Promise<void> }> = [];
  const stopOwn = async () => {
    for (const p of own.reverse()) await p.stop().catch(() => undefined);
  };
  try {
    const postgres = await startChaosPostgres(dir, await freePort());
    own.push(postgres);
    const simPort = await freePort();
    const simulator = spawnGroup(
      'portal-simulator',
      ['test/chaos/portal-simulator.ts', String(simPort), String(options.seed)],
      { env: {}, logFile: log('simulator') },
    );
    own.push({ stop: () => simulator.kill('SIGKILL') });
    if (!(await poll(() => simulator.output().includes('"ready":true'), 30_000))) {
      throw new Error(`portal simulator did not start:\n${simulator.output()}`);
    }
    const simulatorUrl = `http://127.0.0.1:${simPort}`;
    const gatewayPort = await freePort();
    const env: Record<string, string> = {
      DATABASE_URL: postgres.url,
      HOST: '127.0.0.1',
      PORT: String(gatewayPort),
      LIENTHONG_CONFIG: 'test/chaos/chaos.config.ts',
      LIENTHONG_SANDBOX: 'off',
      LIENTHONG_DATA_DIR: join(dir, 'data'),
      CHAOS_PORTAL_URL: simulatorUrl,
      PORTAL_PASSWORD: PORTAL_SANDBOX_ACCOUNT.password,
      SHUTDOWN_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'info',
    };
    // Also migrates the database, so gateway and worker do not race on a fresh schema.
    const rights = `--rights=${CHAOS_MEMBER.rights.join(',')}`;
    const added = await runCliCommand(
      ['members', 'add', CHAOS_MEMBER.id, `--name=${CHAOS_MEMBER.name}`, rights],
      env,
      log('cli'),
    );
    const apiKey = /^(lt_\S+)$/m.exec(added.output)?.[1];
    if (added.code !== 0 || !apiKey) throw new Error(`members add failed:\n${added.output}`);

    const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    const crashes: Crash[] = [];
    const failedStarts: FailedStart[] = [];
    const role = (name: 'gateway' | 'worker', ready: (p: ChaosProcess) => Promise<void>) =>
      superviseRole({
        role: name,
        spawn: () => spawnRole(name, env, log(name)),
        ready,
        crashes,
        failedStarts,
        startedAt,
      });
    const [gateway, worker]: SupervisedRole[] = await Promise.all([
      role('gateway', (p) => readyGateway(gatewayUrl, p)),
      role('worker', readyWorker),
    ]);
    own.push(gateway!, worker!);

    const admin = async (path: string, init?: RequestInit) => {
      const res = await fetch(`${simulatorUrl}/__admin${path}`, {
        ...init,
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`simulator admin ${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<unknown>;
    };
    return {
      dir,
      gatewayUrl,
      apiKey,
      postgres,
      crashes,
      failedStarts,
      killWorker: async () => ({ restartMs: await worker!.killAndRestart() }),
      killGateway: async () => ({ restartMs: await gateway!.killAndRestart() }),
      restartPostgres: () => postgres.restart(),
      async setFaults(patch) {
        await admin('/faults', {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(patch),
        });
      },
      portalStats: () => admin('/stats') as Promise<SimulatorStats>,
      async close({ keepDir = false } = {}) {
        await stopOwn();
        if (!keepDir) await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopOwn();
    console.error(`chaos cluster failed to start; logs in ${dir}`);
    throw error;
  }
}

/** afterAll safety net: kills every process group and PostgreSQL a chaos run left behind. */
export async function cleanupChaos(): Promise<string[]> {
  await killAllGroups();
  await stopAllPostgres();
  return livingGroups();
}
