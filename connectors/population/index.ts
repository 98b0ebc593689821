// The population connector's public surface: its definition, its simulator and the sandbox hooks for `npm start`.
import { type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import { populationConnector } from './connector.ts';
import { createPopulationSimulator, POPULATION_CLIENT } from './simulator.ts';

export { type PopulationConfig, PopulationConfigSchema } from './config.ts';
export {
  type CitizenVerification,
  populationConnector,
  type VerifyCitizenInput,
} from './connector.ts';
export { POPULATION_REASONS, populationClassifier } from './errors.ts';
export {
  birthDateOf,
  fullNameOf,
  generateCitizens,
  SEED_CITIZENS,
  type SeedCitizen,
} from './fixtures/citizens.ts';
export { populationManifest } from './manifest.ts';
export {
  createPopulationSimulator,
  LOOKUP_PATH,
  POPULATION_CLIENT,
  type PopulationSimulatorOptions,
  XXE_PROBE_PATH,
} from './simulator.ts';

export const definition = populationConnector;

export const sandbox = {
  /** Starts the simulated gateway and register (real HTTP server on 127.0.0.1; port 0 = random). */
  startSimulator(options: { port?: number; seed?: number } = {}): Promise<RunningSimulator> {
    return startSimulator(createPopulationSimulator({ seed: options.seed ?? 1 }), {
      port: options.port ?? 0,
    });
  },
  /** Connector settings pointing at a running simulator, with its demo credentials and codes. */
  settings(simulatorUrl: string): Record<string, unknown> {
    return {
      baseUrl: simulatorUrl,
      extraAllowedHosts: ['127.0.0.1'],
      defaultOfficer: 'sandbox.motcua',
      ...POPULATION_CLIENT,
    };
  },
};
