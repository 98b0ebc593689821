// The one-stop connector's public surface: its definition, the sandbox simulator and the sandbox traffic source.
import { type RunningSimulator, startSimulator as serveSimulator } from '../kit/simulator/index.ts';
import { oneStopConnector } from './connector.ts';
import { createOneStopSimulator, ONE_STOP_SANDBOX_API_KEY } from './simulator.ts';

export type { CatalogueSyncReport, ProcedureList } from './catalogue-sync.ts';
export type { OneStopConfig } from './config.ts';
export { ONE_STOP_SECRETS, OneStopConfigSchema } from './config.ts';
export type { OneStopOperations, PushInput } from './connector.ts';
export { oneStopConnector } from './connector.ts';
export type { FeedbackPayload, ResultPayload } from './delivery-payloads.ts';
export { ONE_STOP_ERROR_CODES, oneStopClassifier } from './errors.ts';
export {
  createDossierGenerator,
  type DossierGenerator,
  type DossierJourney,
  sandboxCatalogue,
  sandboxProcedures,
  type TrafficMessage,
} from './generator/index.ts';
export { oneStopManifest } from './manifest.ts';
export {
  createOneStopSimulator,
  ONE_STOP_SANDBOX_API_KEY,
  type OneStopSimulatorOptions,
} from './simulator.ts';
export {
  type RunningTraffic,
  startTraffic,
  type TrafficError,
  type TrafficOptions,
  type TrafficStats,
} from './traffic.ts';
export { ONE_STOP_HEADERS, ONE_STOP_ROUTES } from './wire-api.ts';

export const definition = oneStopConnector;

export const sandbox = {
  /** Starts the one-stop simulator (real HTTP server on 127.0.0.1; port 0 = random). */
  startSimulator(options: { port?: number; seed?: number } = {}): Promise<RunningSimulator> {
    const sim = createOneStopSimulator(options.seed === undefined ? {} : { seed: options.seed });
    return serveSimulator(sim, {
      host: '127.0.0.1',
      ...(options.port === undefined ? {} : { port: options.port }),
    });
  },
  /** Connector settings pointing at a running simulator, with its demo API key. */
  settings(simulatorUrl: string): Record<string, unknown> {
    return {
      baseUrl: simulatorUrl,
      apiKey: ONE_STOP_SANDBOX_API_KEY,
      extraAllowedHosts: ['127.0.0.1'],
    };
  },
};
