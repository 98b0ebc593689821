// Text transforms: NFC normalization, trimming, truncation that is recorded, never silent.
import type { MappingContext } from '../context.ts';
import { isAbsent, type TransformOptions, wrongType } from './options.ts';

/**
 * NFC-normalizes text. Vietnamese arrives both precomposed (NFC) and decomposed (NFD, common from
 * macOS and some Windows IMEs); the same name must compare, hash and index identically.
 */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/** `maxLength` counts Unicode code points after NFC; `trim` defaults to true. */
export type TextOptions = TransformOptions & { maxLength?: number; trim?: boolean };

/** NFC, then trim, then truncate to `maxLength` with a 'text.truncated' warning. */
export function normalizeText(
  value: unknown,
  ctx: MappingContext,
  options: TextOptions = {},
): string | undefined {
  if (isAbsent(value, ctx, options)) return undefined;
  if (typeof value !== 'string') return wrongType(value, 'a string', ctx, options);
  const normalized = nfc(value);
  const trimmed = options.trim === false ? normalized : normalized.trim();
  if (options.maxLength === undefined) return trimmed;
  return truncateText(trimmed, ctx, { ...options, maxLength: options.maxLength });
}

/**
 * Cuts text to `maxLength` code points (never splitting a surrogate pair) and warns when it did,
 * because the receiving system then holds less than we were given.
 */
export function truncateText(
  value: string,
  ctx: MappingContext,
  options: TransformOptions & { maxLength: number },
): string {
  const chars = Array.from(value);
  if (chars.length <= options.maxLength) return value;
  ctx.warn(
    'text.truncated',
    `text truncated from ${chars.length} to ${options.maxLength} characters`,
    { value, personal: options.personal },
  );
  return chars.slice(0, options.maxLength).join('');
}
