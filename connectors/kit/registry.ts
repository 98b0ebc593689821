// Registry: connector definitions by id, instantiated from raw config; one instance per process, no globals.
import type { ConfigIssue, ConnectorDefinition, ConnectorDeps } from './define-connector.ts';
import type { Connector } from './types.ts';

export const REGISTRY_ERRORS = {
  duplicateId: 'registry.duplicate_id',
  unknownConnector: 'registry.unknown_connector',
  configInvalid: 'registry.config_invalid',
} as const;

export class RegistryError extends Error {
  readonly code: (typeof REGISTRY_ERRORS)[keyof typeof REGISTRY_ERRORS];
  constructor(code: RegistryError['code'], message: string) {
    super(message);
    this.name = 'RegistryError';
    this.code = code;
  }
}

// Method parameters are bivariant, so any concrete definition fits this erased form.
export type AnyConnectorDefinition = ConnectorDefinition<unknown, object>;

export type RegistryInstantiateResult =
  | { ok: true; connector: Connector }
  | {
      ok: false;
      code: 'registry.unknown_connector' | 'registry.config_invalid';
      issues: ConfigIssue[];
    };

export class Registry {
  readonly #definitions = new Map<string, AnyConnectorDefinition>();

  /** Throws RegistryError 'registry.duplicate_id' when the id is taken. */
  register(definition: AnyConnectorDefinition): this {
    const id = definition.manifest.id;
    if (this.#definitions.has(id)) {
      throw new RegistryError(
        REGISTRY_ERRORS.duplicateId,
        `connector '${id}' is already registered`,
      );
    }
    this.#definitions.set(id, definition);
    return this;
  }

  get(id: string): AnyConnectorDefinition | undefined {
    return this.#definitions.get(id);
  }

  has(id: string): boolean {
    return this.#definitions.has(id);
  }

  /** Definitions in registration order. */
  list(): AnyConnectorDefinition[] {
    return [...this.#definitions.values()];
  }

  /** Bad ids and bad config are input data: reported, not thrown. */
  instantiate(id: string, rawConfig: unknown, deps?: ConnectorDeps): RegistryInstantiateResult {
    const definition = this.#definitions.get(id);
    if (!definition) {
      return {
        ok: false,
        code: REGISTRY_ERRORS.unknownConnector,
        issues: [
          {
            path: '',
            code: REGISTRY_ERRORS.unknownConnector,
            message: `no connector '${id}' (known: ${[...this.#definitions.keys()].join(', ') || 'none'})`,
          },
        ],
      };
    }
    const result = definition.instantiate(rawConfig, deps);
    return result.ok
      ? result
      : { ok: false, code: REGISTRY_ERRORS.configInvalid, issues: result.issues };
  }
}
