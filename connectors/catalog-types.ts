// What each connector folder offers the process: its definition and, for the sandbox, a simulator.
import type { ConnectorDefinition } from './kit/index.ts';
import type { RunningSimulator } from './kit/simulator/index.ts';

export interface ConnectorSandbox {
  startSimulator(options?: { port?: number; seed?: number }): Promise<RunningSimulator>;
  /** Connector settings pointing at a running simulator, with its demo credentials. */
  settings(simulatorUrl: string): Record<string, unknown>;
  /** Only for a source system's simulator: submits generated traffic to the gateway. */
  startTraffic?(options: {
    gatewayUrl: string;
    apiKey: string;
    perMinute: number;
    onError?: (error: unknown) => void;
  }): { stop(): Promise<void> | void };
}

export interface CatalogEntry {
  // biome-ignore lint/suspicious/noExplicitAny: definitions differ in config and operation types
  definition: ConnectorDefinition<any, any>;
  sandbox?: ConnectorSandbox;
}
