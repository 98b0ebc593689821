// Field helpers shared by the one-stop mappings: instants at +07:00, optional text, codes, URLs.
import type { MappingContext } from '../engine/context.ts';
import { isoToPortal, isVietnamIso, portalToIso } from '../engine/transforms/dates.ts';
import type { TransformOptions } from '../engine/transforms/options.ts';
import { normalizeText, type TextOptions } from '../engine/transforms/text.ts';

/**
 * Any ISO instant (offset or Z) → `yyyy-MM-ddTHH:mm:ss+07:00`. The one-stop rejects `Z` and the
 * canonical model keeps Vietnam time, so both directions normalise through the portal layout
 * (fractional seconds are dropped with a 'date.fraction_dropped' warning).
 */
export function toVietnamInstant(
  value: unknown,
  ctx: MappingContext,
  options: TransformOptions = {},
): string | undefined {
  // Dates from the one-stop are already at +07:00: the round trip would return them unchanged.
  if (typeof value === 'string' && isVietnamIso(value)) return value;
  const portal = isoToPortal(value, ctx, options);
  return portal === undefined ? undefined : portalToIso(portal, ctx, options);
}

/** NFC + trim; "" and blank become absent, because canonical text is never empty. */
export function optionalText(
  value: unknown,
  ctx: MappingContext,
  options: TextOptions = {},
): string | undefined {
  const text = normalizeText(value, ctx, { ...options, required: false });
  return text === '' ? undefined : text;
}

/** Like optionalText, but an absent or blank value is a 'value.required' error. */
export function requiredText(
  value: unknown,
  ctx: MappingContext,
  options: TextOptions = {},
): string | undefined {
  const text = optionalText(value, ctx, options);
  if (text === undefined) return ctx.error('value.required', 'a non-empty text is required');
  return text;
}

/** A code: NFC, trimmed, "" → absent (an error when required); inner whitespace is 'code.invalid'. */
export function optionalCode(
  value: unknown,
  ctx: MappingContext,
  options: TransformOptions = {},
): string | undefined {
  const text = optionalText(value, ctx, options);
  if (text === undefined) {
    return options.required ? ctx.error('value.required', 'a code is required') : undefined;
  }
  if (/\s/.test(text)) {
    return ctx.error('code.invalid', 'a code cannot contain spaces', {
      value: text,
      personal: options.personal,
    });
  }
  return text;
}

/** Download links must be public http(s) URLs: the wire's z.url() also lets ftp: or file: through. */
export function httpUrl(value: unknown, ctx: MappingContext): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && /^https?:\/\/\S+$/i.test(value) && URL.canParse(value)) {
    return value;
  }
  return ctx.error('url.not_http', 'expected a public http(s) URL', { value });
}

/** T with every member that may be undefined made optional instead (exactOptionalPropertyTypes). */
export type Present<T> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & { [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined> };

/** Drops the undefined members of one object, so optional canonical fields are absent. */
export function present<T extends object>(value: T): Present<T> {
  // A plain loop: entries/filter/fromEntries allocated three arrays per object on the hot path.
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const item = value[key];
    if (item !== undefined && Object.hasOwn(value, key)) out[key] = item;
  }
  return out as Present<T>;
}

/** Drops keys whose value is undefined, deeply, so mapped records serialise like their fixtures. */
export function prune<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => prune(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (item !== undefined && Object.hasOwn(record, key)) out[key] = prune(item);
  }
  return out as T;
}

/** The items that mapped; a failed item has already recorded its error, so the run fails anyway. */
export function mapped<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}
