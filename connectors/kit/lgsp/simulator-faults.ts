// The simulated LGSP (WSO2 API Manager)'s own fault answers, for simulators to register as error responders.
import type { Simulator } from '../simulator/create-simulator.ts';

export type Wso2Fault = 'unavailable' | 'backend_timeout' | 'throttled' | 'token_rejected';

/** WSO2's fault body when the backend behind the gateway cannot be reached or times out. */
const backendFault = (code: 101503 | 101504) => ({
  fault: {
    code,
    type: 'Status report',
    message: 'Runtime Error',
    description: code === 101503 ? 'Error connecting to the back end' : 'Connection timed out',
  },
});

/** Registers the named WSO2 faults (each simulator lists those its real gateway shows). */
export function installWso2Faults(sim: Simulator, faults: readonly Wso2Fault[]): void {
  for (const fault of faults) {
    if (fault === 'unavailable')
      sim.errorResponder(fault, (c) => c.json(backendFault(101503), 503));
    else if (fault === 'backend_timeout')
      sim.errorResponder(fault, (c) => c.json(backendFault(101504), 504));
    else if (fault === 'throttled')
      sim.errorResponder(fault, (c) =>
        c.json({ fault: { code: 900800, message: 'Message throttled out' } }, 429, {
          'retry-after': '5',
        }),
      );
    else
      sim.errorResponder(fault, (c) =>
        c.json({ fault: { code: 900901, message: 'Invalid Credentials' } }, 401),
      );
  }
}
