// The education connector's public surface: its definition, its simulator and the sandbox hooks for `npm start`.
import { type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import { educationConnector } from './connector.ts';
import { createEducationSimulator, EDUCATION_CLIENT, EDUCATION_SERVICE_PATH } from './simulator.ts';

export { type EducationConfig, EducationConfigSchema } from './config.ts';
export {
  type EducationReceipt,
  type EducationResultLookup,
  educationConnector,
  educationRequestFor,
} from './connector.ts';
export { EDUCATION_REASONS, educationClassifier } from './errors.ts';
export { educationManifest } from './manifest.ts';
export {
  createEducationSimulator,
  EDUCATION_CLIENT,
  EDUCATION_SERVICE_PATH,
  type EducationSimulatorOptions,
} from './simulator.ts';

export const definition = educationConnector;

export const sandbox = {
  /** Starts the simulated GiaoDucService (real HTTP server on 127.0.0.1; port 0 = random). */
  startSimulator(options: { port?: number; seed?: number } = {}): Promise<RunningSimulator> {
    return startSimulator(createEducationSimulator({ seed: options.seed ?? 1 }), {
      port: options.port ?? 0,
    });
  },
  /** Connector settings pointing at a running simulator, with its demo WS-Security account. */
  settings(simulatorUrl: string): Record<string, unknown> {
    return {
      endpoint: `${simulatorUrl}${EDUCATION_SERVICE_PATH}`,
      extraAllowedHosts: ['127.0.0.1'],
      ...EDUCATION_CLIENT,
    };
  },
};
