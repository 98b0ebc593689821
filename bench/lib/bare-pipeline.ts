// Starts bench:latency's baseline as processes of the bench: a portal simulator that records when it
// applied each dossier, then bench/lib/bare-queue.ts as gateway and as worker on one database.
import { join } from 'node:path';
import { freePort } from '../../test/helpers/free-port.ts';
import { ready } from './cluster.ts';
import { type BenchProcess, spawnNode } from './processes.ts';

export interface BarePipelineOptions {
  databaseUrl: string;
  logDir: string;
  /** The queue sends NOTIFY and the worker's boss LISTENs. */
  notify: boolean;
  pollingIntervalSeconds: number;
  batchSize: number;
  /** work()'s localConcurrency: batches in flight at once. */
  lanes: number;
}

export interface BarePipeline {
  gatewayUrl: string;
  simulatorUrl: string;
  processes: BenchProcess[];
  stop(): Promise<void>;
}

export async function startBarePipeline(options: BarePipelineOptions): Promise<BarePipeline> {
  const log = (name: string) => join(options.logDir, `bare-${name}.log`);
  const port = await freePort();
  const simulatorUrl = `http://127.0.0.1:${port}`;
  const simulator = spawnNode(
    'portal-simulator',
    ['bench/lib/portal-simulator.ts', String(port), '--applied-times'],
    { env: {}, logFile: log('portal-simulator') },
  );
  const processes: BenchProcess[] = [simulator];
  const stop = async () => {
    await Promise.all(processes.slice(1).map((p) => p.stop()));
    await simulator.stop();
  };
  try {
    await ready(simulator, () => simulator.output().includes('"ready":true'));
    const env = {
      BARE_DATABASE_URL: options.databaseUrl,
      BARE_PORTAL_URL: simulatorUrl,
      BARE_NOTIFY: options.notify ? '1' : '0',
      BARE_POLL_S: String(options.pollingIntervalSeconds),
      BARE_BATCH: String(options.batchSize),
      BARE_LANES: String(options.lanes),
    };
    // The gateway first: it creates the queue the worker then works.
    for (const role of ['gateway', 'worker']) {
      const p = spawnNode(`${role}-bare`, ['bench/lib/bare-queue.ts', role], {
        env,
        logFile: log(role),
      });
      processes.push(p);
      await ready(p, () => p.output().includes('"ready":true'));
    }
    const gatewayPort = /"port":(\d+)/.exec(processes[1]!.output())?.[1];
    if (!gatewayPort) throw new Error('the bare gateway did not print its port');
    return { gatewayUrl: `http://127.0.0.1:${gatewayPort}`, simulatorUrl, processes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
