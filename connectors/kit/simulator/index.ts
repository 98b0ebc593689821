// Simulator helpers: build a simulated system on Hono, inject faults, count what it applied, serve it.
export { installLgspAuth, type LgspAuthOptions } from '../lgsp/simulator-auth.ts';
export { installWso2Faults, type Wso2Fault } from '../lgsp/simulator-faults.ts';
export { type AdminHost, adminRoutes } from './admin.ts';
export {
  createSimulator,
  type FaultsListener,
  type Simulator,
  type SimulatorOptions,
} from './create-simulator.ts';
export {
  ADMIN_PREFIX,
  type ErrorResponder,
  type Faults,
  type FaultsPatch,
  FaultsPatchSchema,
  FaultsSchema,
  NO_FAULTS,
} from './faults.ts';
export { seededRandom } from './random.ts';
export { type RunningSimulator, type StartOptions, startSimulator } from './start.ts';
export { type AppliedRecord, appliedCount, countOf, type SimulatorStats } from './stats.ts';
export { createMemoryStore, type MemoryStore } from './store.ts';
