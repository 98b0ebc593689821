// defineConnector: binds a manifest, a zod config schema, its secret keys and a factory into a definition.
import type { z } from 'zod';
import { createHttpClient, type HttpClientFactory } from './http-client.ts';
import { validateManifest } from './manifest.ts';
import type { Connector, ConnectorManifest } from './types.ts';

/** The logging surface connectors may use (pino's Logger satisfies it). Never log personal data unmasked. */
export interface KitLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface ConnectorDeps {
  logger?: KitLogger;
  /** HTTP client factory; defaults to the kit's createHttpClient. */
  fetch?: HttpClientFactory;
  now?: () => number;
}

/** Deps as `create` sees them: every member present. */
export interface ResolvedDeps {
  logger: KitLogger;
  fetch: HttpClientFactory;
  now: () => number;
}

export interface ConfigIssue {
  /** Dotted key path, e.g. 'auth.clientSecret' or 'hosts.0'. */
  path: string;
  code: string;
  message: string;
}

export type ParseConfigResult<Config> =
  | { ok: true; config: Config }
  | { ok: false; issues: ConfigIssue[] };

type Prev = [never, 0, 1, 2];
/** Dotted paths into a config object, three levels deep at most. */
export type ConfigPath<T, Depth extends number = 3> = [Depth] extends [never]
  ? never
  : T extends readonly unknown[]
    ? never
    : T extends object
      ? {
          [K in keyof T & string]:
            | K
            | (NonNullable<T[K]> extends object
                ? `${K}.${ConfigPath<NonNullable<T[K]>, Prev[Depth]>}`
                : never);
        }[keyof T & string]
      : never;

export interface ConnectorSpec<Schema extends z.ZodObject, Ops extends object> {
  manifest: ConnectorManifest;
  config: Schema;
  /** Config keys holding secrets: masked by redactConfig (values come from the environment). */
  secrets: readonly ConfigPath<z.output<Schema>>[];
  create(config: z.output<Schema>, deps: ResolvedDeps): Connector<Ops>;
}

export type InstantiateResult<Ops extends object> =
  | { ok: true; connector: Connector<Ops> }
  | { ok: false; issues: ConfigIssue[] };

export interface ConnectorDefinition<Config = unknown, Ops extends object = object> {
  readonly manifest: ConnectorManifest;
  readonly configSchema: z.ZodType<Config>;
  readonly secrets: readonly string[];
  parseConfig(raw: unknown): ParseConfigResult<Config>;
  /** A copy safe to show or log: every secret key replaced by '[redacted]'. */
  redactConfig(config: unknown): Record<string, unknown>;
  create(config: Config, deps?: ConnectorDeps): Connector<Ops>;
  /** parseConfig + create. */
  instantiate(raw: unknown, deps?: ConnectorDeps): InstantiateResult<Ops>;
}

export const REDACTED = '[redacted]';

const noop = (): void => {};
const silentLogger: KitLogger = { debug: noop, info: noop, warn: noop, error: noop };

export function resolveDeps(deps: ConnectorDeps = {}): ResolvedDeps {
  return {
    logger: deps.logger ?? silentLogger,
    fetch: deps.fetch ?? createHttpClient,
    now: deps.now ?? Date.now,
  };
}

export function redactPaths(config: unknown, paths: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(
    config !== null && typeof config === 'object' ? config : {},
  ) as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    let node: unknown = copy;
    for (const key of keys.slice(0, -1)) {
      node =
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[key]
          : undefined;
    }
    const last = keys.at(-1) ?? '';
    if (node !== null && typeof node === 'object' && last in node) {
      (node as Record<string, unknown>)[last] = REDACTED;
    }
  }
  return copy;
}

export function defineConnector<Schema extends z.ZodObject, Ops extends object>(
  spec: ConnectorSpec<Schema, Ops>,
): ConnectorDefinition<z.output<Schema>, Ops> {
  type Config = z.output<Schema>;
  validateManifest(spec.manifest);
  const secrets: readonly string[] = spec.secrets;

  const parseConfig = (raw: unknown): ParseConfigResult<Config> => {
    const parsed = spec.config.safeParse(raw);
    if (parsed.success) return { ok: true, config: parsed.data as Config };
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        code: issue.code,
        message: issue.message,
      })),
    };
  };

  const create = (config: Config, deps?: ConnectorDeps): Connector<Ops> =>
    spec.create(config, resolveDeps(deps));

  return {
    manifest: spec.manifest,
    configSchema: spec.config as unknown as z.ZodType<Config>,
    secrets,
    parseConfig,
    redactConfig: (config) => redactPaths(config, secrets),
    create,
    instantiate(raw, deps) {
      const parsed = parseConfig(raw);
      return parsed.ok ? { ok: true, connector: create(parsed.config, deps) } : parsed;
    },
  };
}
