// Options every transform accepts, and the shared handling of absent values.
import type { MappingContext } from '../context.ts';

/**
 * `required`: an absent value (undefined or null) is an error instead of passing through.
 * `personal`: the field holds personal data, so any echoed value is masked.
 */
export type TransformOptions = { required?: boolean; personal?: boolean };

/**
 * True when the value is absent (undefined or null). Absent values pass through as undefined;
 * optionality is the schema's business unless the caller says the field is required.
 */
export function isAbsent(value: unknown, ctx: MappingContext, options: TransformOptions): boolean {
  if (value !== undefined && value !== null) return false;
  if (options.required) ctx.error('value.required', 'a value is required');
  return true;
}

/** Reports a value of the wrong JavaScript type; returns undefined for `return wrongType(...)`. */
export function wrongType(
  value: unknown,
  expected: string,
  ctx: MappingContext,
  options: TransformOptions,
): undefined {
  return ctx.error('value.wrong_type', `expected ${expected}, got ${describeType(value)}`, {
    value,
    personal: options.personal,
  });
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'Date';
  return typeof value;
}
