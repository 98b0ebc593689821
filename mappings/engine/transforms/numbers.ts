// Number transforms for systems where every value is a string, and zero-padded integer codes.
import type { MappingContext } from '../context.ts';
import { isAbsent, type TransformOptions, wrongType } from './options.ts';

const INTEGER_RE = /^-?\d+$/;
const DECIMAL_RE = /^-?\d+(\.\d+)?$/;
const DIGITS_RE = /^\d+$/;

export type RangeOptions = TransformOptions & { min?: number; max?: number };

function checkRange(
  n: number,
  raw: unknown,
  ctx: MappingContext,
  options: RangeOptions,
): number | undefined {
  if (
    (options.min !== undefined && n < options.min) ||
    (options.max !== undefined && n > options.max)
  ) {
    return ctx.error(
      'number.out_of_range',
      `expected a number in [${options.min ?? '-∞'}, ${options.max ?? '∞'}]`,
      { value: raw, personal: options.personal },
    );
  }
  return n;
}

/** "42" → 42. Only optional minus and digits: no spaces, signs, exponents or decimals. */
export function stringToInteger(
  value: unknown,
  ctx: MappingContext,
  options: RangeOptions = {},
): number | undefined {
  if (isAbsent(value, ctx, options)) return undefined;
  if (typeof value !== 'string') return wrongType(value, 'an integer string', ctx, options);
  const issue = { value, personal: options.personal };
  if (!INTEGER_RE.test(value)) {
    return ctx.error('number.not_an_integer', 'expected an integer', issue);
  }
  const n = Number(value);
  if (!Number.isSafeInteger(n)) return ctx.error('number.out_of_range', 'integer too large', issue);
  return checkRange(n, value, ctx, options);
}

/** "1500.5" → 1500.5. Plain decimal notation only. */
export function stringToDecimal(
  value: unknown,
  ctx: MappingContext,
  options: RangeOptions = {},
): number | undefined {
  if (isAbsent(value, ctx, options)) return undefined;
  if (typeof value !== 'string') return wrongType(value, 'a decimal string', ctx, options);
  if (!DECIMAL_RE.test(value)) {
    return ctx.error('number.invalid', 'expected a plain decimal number', {
      value,
      personal: options.personal,
    });
  }
  return checkRange(Number(value), value, ctx, options);
}

/** 1500.5 → "1500.5"; refuses NaN, ±Infinity and anything JavaScript would print as 1e21. */
export function numberToString(
  value: unknown,
  ctx: MappingContext,
  options: TransformOptions = {},
): string | undefined {
  if (isAbsent(value, ctx, options)) return undefined;
  if (typeof value !== 'number') return wrongType(value, 'a number', ctx, options);
  const issue = { value, personal: options.personal };
  if (!Number.isFinite(value)) {
    return ctx.error('number.not_finite', 'expected a finite number', issue);
  }
  const text = Object.is(value, -0) ? '0' : String(value);
  if (!DECIMAL_RE.test(text)) {
    return ctx.error('number.not_representable', 'number needs exponent notation', issue);
  }
  return text;
}

/**
 * Zero-pads a code that arrived as an integer (or digit string): `zeroPad(42, 3)` → "042".
 * The business register sends commune 00007 as 7. Rejects negatives, non-integers and codes
 * longer than `width`; without a ctx, a rejected value simply yields undefined.
 */
export function zeroPad(
  value: unknown,
  width: number,
  ctx?: MappingContext,
  options: TransformOptions = {},
): string | undefined {
  const issue = { value, personal: options.personal };
  if (value === undefined || value === null) {
    return options.required ? ctx?.error('value.required', 'a value is required') : undefined;
  }
  let digits: string;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      return ctx?.error('code.not_an_integer', 'expected a whole number', issue);
    }
    if (value < 0) return ctx?.error('code.negative', 'a code cannot be negative', issue);
    digits = String(value);
  } else if (typeof value === 'string') {
    if (value.startsWith('-')) {
      return ctx?.error('code.negative', 'a code cannot be negative', issue);
    }
    if (!DIGITS_RE.test(value)) {
      return ctx?.error('code.not_an_integer', 'expected digits only', issue);
    }
    digits = value.replace(/^0+(?=\d)/, '');
  } else {
    return ctx ? wrongType(value, 'an integer or digit string', ctx, options) : undefined;
  }
  if (digits.length > width) {
    return ctx?.error('code.too_long', `expected at most ${width} digits`, issue);
  }
  return digits.padStart(width, '0');
}
