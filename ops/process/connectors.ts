// Instantiates the configured connectors (pointing them at simulators in the sandbox) and turns
// bad connector settings into configuration problems that name the key.
import type { CatalogEntry } from '../../connectors/catalog-types.ts';
import type { Connector } from '../../connectors/kit/index.ts';
import type { RunningSimulator } from '../../connectors/kit/simulator/index.ts';
import { ConfigError, type ConfigProblem, type ResolvedFileConfig } from '../config.ts';
import type { Logger } from '../telemetry/logger.ts';

export interface OpenConnectors {
  /** Connector instances by configured id. */
  instances: Map<string, Connector>;
  /** Simulators started for the sandbox, by configured id. */
  simulators: Map<string, RunningSimulator>;
  close(): Promise<void>;
}

export async function openConnectors(options: {
  config: Pick<ResolvedFileConfig, 'connectors'>;
  catalog: readonly CatalogEntry[];
  logger: Logger;
  sandbox: boolean;
}): Promise<OpenConnectors> {
  const byType = new Map(options.catalog.map((entry) => [entry.definition.manifest.id, entry]));
  const instances = new Map<string, Connector>();
  const simulators = new Map<string, RunningSimulator>();
  const problems: ConfigProblem[] = [];
  const close = async () => {
    await Promise.all([...instances.values()].map((c) => c.close().catch(() => undefined)));
    await Promise.all([...simulators.values()].map((s) => s.close().catch(() => undefined)));
  };
  try {
    for (const [id, entry] of Object.entries(options.config.connectors)) {
      if (!entry.enabled) continue;
      const catalogEntry = byType.get(entry.type);
      if (!catalogEntry) {
        problems.push({
          source: 'config file',
          key: `connectors.${id}.type`,
          value: entry.type,
          problem: `no such connector (known: ${[...byType.keys()].join(', ') || 'none'})`,
        });
        continue;
      }
      let settings: Record<string, unknown> = entry.settings;
      if (options.sandbox && catalogEntry.sandbox) {
        const simulator = await catalogEntry.sandbox.startSimulator();
        simulators.set(id, simulator);
        settings = catalogEntry.sandbox.settings(simulator.url);
      }
      const created = catalogEntry.definition.instantiate(settings, {
        logger: options.logger.child({ connector: id }),
      });
      if (!created.ok) {
        for (const issue of created.issues) {
          const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
          problems.push({
            source: 'config file',
            key: `connectors.${id}.settings.${issue.path}`,
            problem: missing
              ? 'is required (set it, or the environment variable it reads, in lienthong.config.ts)'
              : issue.message,
          });
        }
        continue;
      }
      instances.set(id, created.connector as Connector);
    }
  } catch (error) {
    await close();
    throw error;
  }
  if (problems.length > 0) {
    await close();
    throw new ConfigError(problems);
  }
  return { instances, simulators, close };
}
