// The national-portal connector (Cổng DVCQG): its definition, sandbox wiring and public helpers.
import { type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import { portalConnector } from './connector.ts';
import { createPortalSimulator, PORTAL_SANDBOX_ACCOUNT } from './simulator.ts';

export { createPortalClient, type PortalClient, type PortalWireRequest } from './client.ts';
export { PORTAL_SECRETS, type PortalConfig, PortalConfigSchema } from './config.ts';
export { type PortalOperations, portalConnector, probeDossierCode } from './connector.ts';
export type { DossierSyncOutcome } from './dossier-sync.ts';
export {
  PORTAL_CODES,
  portalAuthClassifier,
  portalClassifier,
  portalErrorKey,
} from './errors.ts';
export type { ProcedureList } from './lookups.ts';
export { portalManifest } from './manifest.ts';
export { type PortalResultDelivery, PortalResultDeliverySchema } from './result-update.ts';
export {
  appliedOf,
  createPortalSimulator,
  DEFAULT_PORTAL_RATE_LIMIT,
  PORTAL_SANDBOX_ACCOUNT,
  PORTAL_SIMULATOR_PATHS,
  type PortalSimulatorOptions,
} from './simulator.ts';
export { SIMULATED_CATALOGUE } from './simulator-catalogue.ts';

export const definition = portalConnector;

export const sandbox = {
  /** Starts the portal simulator on 127.0.0.1 (port 0 = random). */
  startSimulator(options: { port?: number; seed?: number } = {}): Promise<RunningSimulator> {
    const sim = createPortalSimulator(options.seed === undefined ? {} : { seed: options.seed });
    return startSimulator(sim, { port: options.port ?? 0, host: '127.0.0.1' });
  },
  /** Connector settings for a running simulator, with its sandbox account. */
  settings(simulatorUrl: string): Record<string, unknown> {
    return {
      baseUrl: simulatorUrl,
      extraAllowedHosts: ['127.0.0.1'],
      ...PORTAL_SANDBOX_ACCOUNT,
      provinceSuffix: 'H26',
    };
  },
};
