// The business connector's public surface: its definition, its simulator and the sandbox hooks for `npm start`.
import { type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import { businessConnector } from './connector.ts';
import { BUSINESS_CLIENT, createBusinessSimulator } from './simulator.ts';

export { type BusinessConfig, BusinessConfigSchema } from './config.ts';
export {
  businessConnector,
  type EnterpriseLookup,
  type LookupEnterpriseInput,
} from './connector.ts';
export { BUSINESS_REASONS, businessClassifier } from './errors.ts';
export { SEED_ENTERPRISES } from './fixtures/enterprises.ts';
export { businessManifest } from './manifest.ts';
export {
  BUSINESS_CLIENT,
  type BusinessSimulatorOptions,
  createBusinessSimulator,
  LOOKUP_PATH,
} from './simulator.ts';

export const definition = businessConnector;

export const sandbox = {
  /** Starts the simulated gateway and registry (real HTTP server on 127.0.0.1; port 0 = random). */
  startSimulator(options: { port?: number; seed?: number } = {}): Promise<RunningSimulator> {
    return startSimulator(createBusinessSimulator({ seed: options.seed ?? 1 }), {
      port: options.port ?? 0,
    });
  },
  /** Connector settings pointing at a running simulator, with its demo credentials. */
  settings(simulatorUrl: string): Record<string, unknown> {
    return { baseUrl: simulatorUrl, extraAllowedHosts: ['127.0.0.1'], ...BUSINESS_CLIENT };
  },
};
