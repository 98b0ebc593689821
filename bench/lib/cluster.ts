// A lienthong cluster on loopback for benchmarks: the portal simulator in its own process, N gateway
// and M worker processes started through the real CLI on one PostgreSQL, members' keys from the CLI.
import { join } from 'node:path';
import type { SimulatorStats } from '../../connectors/kit/simulator/index.ts';
import { PORTAL_SANDBOX_ACCOUNT } from '../../connectors/national-portal/index.ts';
import { freePort } from '../../test/helpers/free-port.ts';
import { BENCH_MEMBER_RIGHTS, benchMemberIds } from '../scaleout.config.ts';
import {
  type BenchProcess,
  cpuSeconds,
  descendants,
  machineBusySeconds,
  poll,
  runLienthong,
  spawnLienthong,
  spawnNode,
} from './processes.ts';

export interface ClusterOptions {
  databaseUrl: string;
  gateways: number;
  workers: number;
  /** Load members (each with its own API key). */
  members: number;
  /** Directory for the processes' log files. */
  logDir: string;
  /** Log files are named `<prefix><process>.log`. */
  logPrefix: string;
  /** Extra arguments of bench/lib/portal-simulator.ts (e.g. --applied-times). */
  simulatorArgs?: string[];
}

export interface Cluster {
  readonly gatewayUrls: string[];
  readonly simulatorUrl: string;
  readonly apiKeys: string[];
  readonly processes: BenchProcess[];
  portalStats(): Promise<SimulatorStats>;
  /** Stops gateways and workers, then the simulator (graceful, SIGKILL after a grace period). */
  stop(): Promise<void>;
}

const STARTED = /"msg":"lienthong started"/;

/** Resolves once `check` holds; throws with the process's output if it exits or 90 s pass. */
export async function ready(
  p: BenchProcess,
  check: () => Promise<boolean> | boolean,
): Promise<void> {
  const ok = await poll(
    async () => {
      if (!p.alive())
        throw new Error(`${p.name} exited while starting:\n${p.output().slice(-3000)}`);
      return check();
    },
    90_000,
    100,
  );
  if (!ok) throw new Error(`${p.name} not ready within 90 s:\n${p.output().slice(-3000)}`);
}

export async function answers200(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.body?.cancel();
    return res.status === 200;
  } catch {
    return false;
  }
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const started: BenchProcess[] = [];
  const log = (name: string) => join(options.logDir, `${options.logPrefix}${name}.log`);
  const stop = async () => {
    const lienthong = started.filter((p) => p.name !== 'portal-simulator');
    await Promise.all(lienthong.map((p) => p.stop()));
    await Promise.all(started.map((p) => p.stop()));
  };
  try {
    const simPort = await freePort();
    const simulator = spawnNode(
      'portal-simulator',
      ['bench/lib/portal-simulator.ts', String(simPort), ...(options.simulatorArgs ?? [])],
      {
        env: {},
        logFile: log('portal-simulator'),
      },
    );
    started.push(simulator);
    await ready(simulator, () => simulator.output().includes('"ready":true'));
    const simulatorUrl = `http://127.0.0.1:${simPort}`;

    const env: Record<string, string> = {
      DATABASE_URL: options.databaseUrl,
      HOST: '127.0.0.1',
      LIENTHONG_CONFIG: 'bench/scaleout.config.ts',
      LIENTHONG_SANDBOX: 'off',
      LIENTHONG_DATA_DIR: join(options.logDir, 'data'),
      BENCH_PORTAL_URL: simulatorUrl,
      BENCH_MEMBERS: String(options.members),
      PORTAL_USERNAME: PORTAL_SANDBOX_ACCOUNT.username,
      PORTAL_PASSWORD: PORTAL_SANDBOX_ACCOUNT.password,
      PORTAL_DSTCODE: PORTAL_SANDBOX_ACCOUNT.dstcode,
      PORTAL_MADONVI: PORTAL_SANDBOX_ACCOUNT.madonvi,
      SHUTDOWN_TIMEOUT_MS: '10000',
      LOG_LEVEL: 'info',
    };
    // The first `members add` also migrates, so the roles do not race on a fresh schema.
    const apiKeys: string[] = [];
    for (const id of benchMemberIds(options.members)) {
      const added = await runLienthong(
        [
          'members',
          'add',
          id,
          `--name=Benchmark ${id}`,
          `--rights=${BENCH_MEMBER_RIGHTS.join(',')}`,
        ],
        { env, logFile: log('cli') },
      );
      const key = /^(lt_\S+)$/m.exec(added.output)?.[1];
      if (added.code !== 0 || !key) throw new Error(`members add ${id} failed:\n${added.output}`);
      apiKeys.push(key);
    }

    const gatewayUrls: string[] = [];
    const starting: Promise<void>[] = [];
    for (let i = 1; i <= options.gateways; i++) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const gateway = spawnLienthong(`gateway-${i}`, ['start', '--role', 'gateway'], {
        env: { ...env, PORT: String(port) },
        logFile: log(`gateway-${i}`),
      });
      started.push(gateway);
      gatewayUrls.push(url);
      const up = ready(gateway, () => answers200(`${url}/readyz`));
      // The first process installs pg-boss and creates the queue alone; the others then find them.
      if (i === 1) await up;
      else starting.push(up);
    }
    for (let i = 1; i <= options.workers; i++) {
      const worker = spawnLienthong(`worker-${i}`, ['start', '--role', 'worker'], {
        env: { ...env, PORT: '0' },
        logFile: log(`worker-${i}`),
      });
      started.push(worker);
      starting.push(ready(worker, () => STARTED.test(worker.output())));
    }
    await Promise.all(starting);

    return {
      gatewayUrls,
      simulatorUrl,
      apiKeys,
      processes: started,
      async portalStats() {
        const res = await fetch(`${simulatorUrl}/__admin/stats`, {
          signal: AbortSignal.timeout(60_000),
        });
        if (!res.ok) throw new Error(`simulator stats: ${res.status}`);
        return (await res.json()) as SimulatorStats;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * CPU seconds used so far by each cluster process, by the bench's other descendants (the embedded
 * PostgreSQL server and its backends) and by the bench process itself (the load generator).
 */
export async function cpuByProcess(
  processes: readonly BenchProcess[],
): Promise<Map<string, number>> {
  const byName = new Map<string, number>();
  const cluster = new Set<number>();
  for (const p of processes) {
    byName.set(p.name, (await cpuSeconds(p.pid)) ?? 0);
    cluster.add(p.pid);
  }
  let postgres = 0;
  for (const pid of await descendants(process.pid))
    if (!cluster.has(pid)) postgres += (await cpuSeconds(pid)) ?? 0;
  byName.set('postgres', postgres);
  const own = process.cpuUsage();
  byName.set('bench (load generator)', (own.user + own.system) / 1e6);
  const ours = [...byName.values()].reduce((sum, s) => sum + s, 0);
  // Whatever else ran on the machine meanwhile (other benchmarks, tests): it shares the cores.
  byName.set('other processes', (await machineBusySeconds()) - ours);
  return byName;
}
