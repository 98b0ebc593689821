// Turns zod issues into configuration problems that name the key, the value and the expected form.
import type { z } from 'zod';
import { SECRET_ENV_KEYS } from './env.ts';

export interface ConfigProblem {
  /** Where the key lives: an environment variable or a path in the config file. */
  source: 'environment' | 'config file';
  key: string;
  /** The offending value, masked for secrets; absent when the key is missing. */
  value?: string;
  problem: string;
}

export class ConfigError extends Error {
  readonly code = 'config.invalid';
  readonly problems: ConfigProblem[];
  constructor(problems: ConfigProblem[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export function formatProblem(p: ConfigProblem): string {
  const shown = p.value === undefined ? '' : `=${JSON.stringify(p.value)}`;
  return `${p.key}${shown} (${p.source}): ${p.problem}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function show(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function problemsFromZod(
  error: z.ZodError,
  source: ConfigProblem['source'],
  input: unknown,
): ConfigProblem[] {
  return error.issues.map((issue) => {
    const key = issue.path.map(String).join('.') || '(root)';
    const raw = valueAt(input, issue.path);
    const secret = source === 'environment' && SECRET_ENV_KEYS.has(key);
    const value = raw === undefined ? undefined : secret ? '***' : show(raw);
    const problem =
      raw === undefined && issue.code === 'invalid_type' ? 'is required' : issue.message;
    return value === undefined ? { source, key, problem } : { source, key, value, problem };
  });
}
