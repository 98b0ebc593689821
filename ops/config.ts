// Configuration: the typed config-as-code file plus environment variables, validated once at start.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Env, EnvSchema } from './config/env.ts';
import { ConfigError, type ConfigProblem, problemsFromZod } from './config/errors.ts';
import { type FileConfig, FileConfigSchema, type ResolvedFileConfig } from './config/file.ts';

export type { Env } from './config/env.ts';
export type { ConfigProblem } from './config/errors.ts';
export { ConfigError, formatProblem } from './config/errors.ts';
export type { FileConfig, ResolvedFileConfig } from './config/file.ts';

export interface Config extends ResolvedFileConfig {
  env: Env;
  /** Absolute path of the config file that was loaded, if any. */
  configFile: string | undefined;
}

/** Identity helper that gives the config file its types. */
export function defineConfig(config: FileConfig): FileConfig {
  return config;
}

/** Validates the environment alone; used before anything else runs. */
export function parseEnv(env: NodeJS.ProcessEnv): Env {
  const input = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = EnvSchema.safeParse(input);
  if (!parsed.success) throw new ConfigError(problemsFromZod(parsed.error, 'environment', input));
  return parsed.data;
}

/** Loads and validates the whole configuration, or throws ConfigError listing every problem. */
export async function loadConfig(
  options: { env?: NodeJS.ProcessEnv; cwd?: string; fileConfig?: FileConfig } = {},
): Promise<Config> {
  const env = parseEnv(options.env ?? process.env);
  const cwd = options.cwd ?? process.cwd();
  let raw: unknown = options.fileConfig ?? {};
  let configFile: string | undefined;
  if (options.fileConfig === undefined) {
    const path = isAbsolute(env.LIENTHONG_CONFIG)
      ? env.LIENTHONG_CONFIG
      : resolve(cwd, env.LIENTHONG_CONFIG);
    if (existsSync(path)) {
      configFile = path;
      raw = await importConfigFile(path);
    } else if (options.env?.LIENTHONG_CONFIG ?? process.env.LIENTHONG_CONFIG) {
      throw new ConfigError([
        {
          source: 'environment',
          key: 'LIENTHONG_CONFIG',
          value: env.LIENTHONG_CONFIG,
          problem: 'file not found',
        },
      ]);
    }
  }
  const parsed = FileConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(problemsFromZod(parsed.error, 'config file', raw));
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new ConfigError(problems);
  return { ...parsed.data, env, configFile };
}

async function importConfigFile(path: string): Promise<unknown> {
  const module = (await import(pathToFileURL(path).href)) as { default?: unknown };
  return module.default;
}

/** Rules that span keys: a route may only name connectors that are configured. */
function crossCheck(config: ResolvedFileConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  config.routes.forEach((route, index) => {
    route.to.forEach((target, position) => {
      if (!(target in config.connectors)) {
        problems.push({
          source: 'config file',
          key: `routes.${index}.to.${position}`,
          value: target,
          problem: `names no configured connector (known: ${Object.keys(config.connectors).join(', ') || 'none'})`,
        });
      }
    });
  });
  return problems;
}
