// Lenient readers for national-catalogue values: blank or malformed optional parts are dropped with a warning.
import { HttpUrlSchema, NationalProcedureCodeSchema } from '../../contracts/canonical/scalars.ts';
import type { MappingContext } from '../engine/context.ts';
import { normalizeText } from '../engine/transforms/text.ts';

/**
 * The catalogue is edited by hand in many ministries, and one blank step name must not keep a
 * whole procedure out of sync; only the procedure's own identity (MATTHC, TENTTHC) is required.
 */
export function catalogueText(
  value: string | null | undefined,
  ctx: MappingContext,
  options: { required?: boolean } = {},
): string | undefined {
  const text = normalizeText(value, ctx);
  if (text !== undefined && text !== '') return text;
  if (options.required) return ctx.error('value.required', 'a non-empty value is required');
  return undefined;
}

/** A code: trimmed; blank → absent; with inner whitespace it is no code, so it is dropped. */
export function catalogueCode(
  value: string | null | undefined,
  ctx: MappingContext,
): string | undefined {
  const code = value?.trim();
  if (code === undefined || code === '') return undefined;
  if (/\s/.test(code)) {
    ctx.warn('catalogue.code_dropped', 'a code cannot contain whitespace; dropped', { value });
    return undefined;
  }
  return code;
}

/** A template download link: kept only when it is an http(s) URL. */
export function catalogueUrl(
  value: string | null | undefined,
  ctx: MappingContext,
): string | undefined {
  const url = value?.trim();
  if (url === undefined || url === '') return undefined;
  if (HttpUrlSchema.safeParse(url).success) return url;
  ctx.warn('catalogue.url_dropped', 'not an http(s) URL; dropped', { value: url });
  return undefined;
}

/** MATTHC must be a national code (1.001776): it is the procedure's identity. */
export function nationalProcedureCode(value: string, ctx: MappingContext): string | undefined {
  const code = value.trim();
  if (NationalProcedureCodeSchema.safeParse(code).success) return code;
  return ctx.error('procedure.not_national_code', 'expected a national code like 1.001776', {
    value,
  });
}

/**
 * Maps list entries, dropping (with a 'catalogue.incomplete_entry_dropped' warning at the entry)
 * those `map` cannot complete because a part the canonical record requires is blank.
 */
export function keepComplete<W, T>(
  items: readonly W[],
  ctx: MappingContext,
  map: (item: W, ctx: MappingContext) => T | undefined,
): T[] {
  const kept: T[] = [];
  items.forEach((item, i) => {
    const at = ctx.at(i);
    const value = map(item, at);
    if (value === undefined) {
      at.warn('catalogue.incomplete_entry_dropped', 'a required part is blank; entry dropped');
    } else {
      kept.push(value);
    }
  });
  return kept;
}
