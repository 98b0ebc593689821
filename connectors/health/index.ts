// The health connector's public surface: its definition, its simulator and the sandbox hooks for `npm start`.
import { type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import { healthConnector } from './connector.ts';
import { createHealthSimulator, HEALTH_CLIENT } from './simulator.ts';

export { CHECK_PROBE_MAGCS } from './client.ts';
export { type HealthConfig, HealthConfigSchema } from './config.ts';
export {
  healthConnector,
  type ResultQueryOutcome,
  type SubmitDossierReceipt,
} from './connector.ts';
export { HEALTH_REASONS, healthClassifier } from './errors.ts';
export { SEED_BIRTH_CERTIFICATES } from './fixtures/birth-certificates.ts';
export { healthManifest } from './manifest.ts';
export {
  createHealthSimulator,
  HEALTH_CLIENT,
  type HealthSimulatorOptions,
} from './simulator.ts';

export const definition = healthConnector;

/** maDonVi the sandbox uses for this gateway in the simulated health system. */
export const SANDBOX_MA_DON_VI = 1001;

export const sandbox = {
  /** Starts the simulated LGSP and health link-up (real HTTP server on 127.0.0.1; port 0 = random). */
  startSimulator(options: { port?: number; seed?: number } = {}): Promise<RunningSimulator> {
    return startSimulator(createHealthSimulator({ seed: options.seed ?? 1 }), {
      port: options.port ?? 0,
    });
  },
  /** Connector settings pointing at a running simulator, with its demo credentials. */
  settings(simulatorUrl: string): Record<string, unknown> {
    return {
      baseUrl: simulatorUrl,
      extraAllowedHosts: ['127.0.0.1'],
      ...HEALTH_CLIENT,
      maDonVi: SANDBOX_MA_DON_VI,
    };
  },
};
