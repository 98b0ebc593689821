// Field issues and mapping results: how a mapping reports bad data without throwing.

/** One problem with one field: JSON-ish path, stable rule code, message, optional (masked) value. */
export type FieldIssue = { path: string; rule: string; message: string; value?: string };

/** The outcome of any mapping or code lookup: a value with warnings, or the errors that stopped it. */
export type MappingResult<T> =
  | { ok: true; value: T; warnings: FieldIssue[] }
  | { ok: false; errors: FieldIssue[] };

/** Longest value echoed into an issue; issues are log material, not a copy of the payload. */
const MAX_ECHOED_CHARS = 80;

/**
 * Masks a personal value keeping its first 2 and last 2 characters. Values of 4 characters or
 * fewer are masked entirely, because keeping 4 characters would reveal all of them.
 */
export function maskPersonal(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 4)}${chars.slice(-2).join('')}`;
}

/** Renders any input value for an issue: scalars as text, containers as a tag, personal masked. */
export function describeValue(value: unknown, personal = false): string | undefined {
  if (value === undefined) return undefined;
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    text = String(value);
  } else if (value === null) text = 'null';
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? 'Invalid Date' : 'Date';
  else if (Array.isArray(value)) text = '[array]';
  else text = `[${typeof value}]`;
  if (personal) return maskPersonal(text);
  const chars = Array.from(text);
  return chars.length > MAX_ECHOED_CHARS ? `${chars.slice(0, MAX_ECHOED_CHARS).join('')}…` : text;
}

/** Appends a segment to a path: numbers become `[n]`, strings join with a dot. */
export function joinPath(base: string, segment: string | number): string {
  if (typeof segment === 'number') return `${base}[${segment}]`;
  if (segment === '') return base;
  if (base === '') return segment;
  return segment.startsWith('[') ? `${base}${segment}` : `${base}.${segment}`;
}

/** Builds an issue, leaving `value` out entirely when there is none (exactOptionalPropertyTypes). */
export function makeIssue(
  path: string,
  rule: string,
  message: string,
  value?: string | undefined,
): FieldIssue {
  return value === undefined ? { path, rule, message } : { path, rule, message, value };
}

export function succeed<T>(value: T, warnings: FieldIssue[] = []): MappingResult<T> {
  return { ok: true, value, warnings };
}

export function fail<T = never>(errors: FieldIssue[]): MappingResult<T> {
  return { ok: false, errors };
}
