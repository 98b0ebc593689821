// Value conversions shared by the national-portal mappings: canonical values ⇄ the portal's all-string wire.
import { HttpUrlSchema } from '../../contracts/canonical/scalars.ts';
import type { MappingContext } from '../engine/context.ts';
import { isoToPortal, portalToIso } from '../engine/transforms/dates.ts';
import { normalizeText } from '../engine/transforms/text.ts';

type Personal = { personal?: boolean };

/** Drops undefined members, so optional canonical fields are absent rather than undefined. */
export function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Canonical text → portal string: NFC, trimmed, "" when absent. With `maxLength`, cut to fit both
 * the engine's code-point count and zod's `.max()` on the wire, which counts UTF-16 units.
 */
export function textToPortal(
  value: string | undefined,
  ctx: MappingContext,
  options: Personal & { maxLength?: number } = {},
): string {
  // Trimmed again: a cut can end on a space the portal would then keep.
  const text = (normalizeText(value, ctx, options) ?? '').trimEnd();
  const max = options.maxLength;
  if (max === undefined || text.length <= max) return text;
  // Only astral characters (two UTF-16 units each) get here: cut further, whole characters only.
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > max) break;
    cut += char;
  }
  ctx.warn('text.truncated', `text truncated to ${max} UTF-16 units`, {
    value: text,
    personal: options.personal,
  });
  return cut.trimEnd();
}

/** Canonical instant → `yyyyMMddHHmmss` at +07:00; "" when absent. */
export function dateToPortal(value: string | undefined, ctx: MappingContext): string {
  return isoToPortal(value, ctx) ?? '';
}

/** true → "1", false → "0". */
export function flagToPortal(value: boolean): '1' | '0' {
  return value ? '1' : '0';
}

/** Like {@link flagToPortal}, but absent stays absent: the wire's flag enums have no "". */
export function optionalFlagToPortal(value: boolean | undefined): '1' | '0' | undefined {
  return value === undefined ? undefined : flagToPortal(value);
}

/** Portal text → canonical text: NFC, trimmed; "" and absent become undefined. */
export function textFromPortal(
  value: string | undefined,
  ctx: MappingContext,
  options: Personal = {},
): string | undefined {
  const text = normalizeText(value, ctx, options);
  return text === '' ? undefined : text;
}

/** Portal text that the canonical record requires: absent or blank is a 'value.required' error. */
export function requiredTextFromPortal(
  value: string | undefined,
  ctx: MappingContext,
  options: Personal = {},
): string | undefined {
  const text = textFromPortal(value, ctx, options);
  return text ?? ctx.error('value.required', 'a non-empty value is required');
}

/** Portal code → canonical code: trimmed, "" → undefined, inner whitespace is an error. */
export function codeFromPortal(
  value: string | undefined,
  ctx: MappingContext,
  options: Personal = {},
): string | undefined {
  const code = value?.trim();
  if (code === undefined || code === '') return undefined;
  if (/\s/.test(code)) {
    return ctx.error('code.invalid', 'a code cannot contain whitespace', {
      value,
      personal: options.personal,
    });
  }
  return code;
}

/** A code the canonical record requires: absent or blank is a 'value.required' error. */
export function requiredCodeFromPortal(
  value: string | undefined,
  ctx: MappingContext,
): string | undefined {
  if (value === undefined || value.trim() === '') {
    return ctx.error('value.required', 'a non-empty code is required');
  }
  return codeFromPortal(value, ctx);
}

/** Portal date (`yyyyMMddHHmmss`, Vietnam time) → ISO instant at +07:00; "" → undefined. */
export function dateFromPortal(value: string | undefined, ctx: MappingContext): string | undefined {
  return value === '' ? undefined : portalToIso(value, ctx);
}

/** "1" → true, "0" → false, absent → undefined. */
export function flagFromPortal(value: '0' | '1' | undefined): boolean | undefined {
  return value === undefined ? undefined : value === '1';
}

/** Portal URL → canonical http(s) URL; "" → undefined; anything else is 'url.invalid'. */
export function urlFromPortal(value: string | undefined, ctx: MappingContext): string | undefined {
  const url = value?.trim();
  if (url === undefined || url === '') return undefined;
  if (!HttpUrlSchema.safeParse(url).success) {
    // Masked: file names in links often carry the applicant's name.
    return ctx.error('url.invalid', 'expected an http(s) URL', { value: url, personal: true });
  }
  return url;
}

/** A required URL: absent or blank is a 'value.required' error. */
export function requiredUrlFromPortal(
  value: string | undefined,
  ctx: MappingContext,
): string | undefined {
  if (value === undefined || value.trim() === '') {
    return ctx.error('value.required', 'a download URL is required');
  }
  return urlFromPortal(value, ctx);
}
