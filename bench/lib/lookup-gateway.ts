// bench:lookup's processes: the population and business simulators in one child process, the load
// member's API key from `lienthong members add`, and one `lienthong start --role gateway`.
import { join } from 'node:path';
import { freePort } from '../../test/helpers/free-port.ts';
import { answers200, ready } from './cluster.ts';
import { LOOKUP_MEMBER } from './lookup.config.ts';
import { type BenchProcess, runLienthong, spawnLienthong, spawnNode } from './processes.ts';

export interface LookupGateway {
  gatewayUrl: string;
  simulatorUrls: { population: string; business: string };
  apiKey: string;
  gateway: BenchProcess;
  simulators: BenchProcess;
  stop(): Promise<void>;
}

export async function startLookupGateway(options: {
  databaseUrl: string;
  logDir: string;
  /** Requests the load keeps in flight: the connectors get as many sockets. */
  concurrency: number;
}): Promise<LookupGateway> {
  const log = (name: string) => join(options.logDir, `${name}.log`);
  const simulators = spawnNode('lookup-simulators', ['bench/lib/lookup-simulators.ts'], {
    env: {},
    logFile: log('simulators'),
  });
  let gateway: BenchProcess | undefined;
  const stop = async () => {
    await gateway?.stop();
    await simulators.stop();
  };
  try {
    await ready(simulators, () => simulators.output().includes('"ready":true'));
    const line = /^\{"ready":true.*$/m.exec(simulators.output())?.[0] ?? '{}';
    const simulatorUrls = JSON.parse(line) as LookupGateway['simulatorUrls'];
    const env = {
      DATABASE_URL: options.databaseUrl,
      HOST: '127.0.0.1',
      LIENTHONG_CONFIG: 'bench/lib/lookup.config.ts',
      LIENTHONG_SANDBOX: 'off',
      LIENTHONG_DATA_DIR: join(options.logDir, 'data'),
      BENCH_POPULATION_URL: simulatorUrls.population,
      BENCH_BUSINESS_URL: simulatorUrls.business,
      BENCH_CONCURRENCY: String(options.concurrency),
      SHUTDOWN_TIMEOUT_MS: '10000',
    };
    // Also migrates the fresh database, before the gateway starts.
    const { id, name, rights } = LOOKUP_MEMBER;
    const added = await runLienthong(
      ['members', 'add', id, `--name=${name}`, `--rights=${rights.join(',')}`],
      { env, logFile: log('cli') },
    );
    const apiKey = /^(lt_\S+)$/m.exec(added.output)?.[1];
    if (added.code !== 0 || !apiKey) throw new Error(`members add failed:\n${added.output}`);
    const port = await freePort();
    const started = spawnLienthong('gateway', ['start', '--role', 'gateway'], {
      env: { ...env, PORT: String(port) },
      logFile: log('gateway'),
    });
    gateway = started;
    const gatewayUrl = `http://127.0.0.1:${port}`;
    await ready(started, () => answers200(`${gatewayUrl}/readyz`));
    return { gatewayUrl, simulatorUrls, apiKey, gateway: started, simulators, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
