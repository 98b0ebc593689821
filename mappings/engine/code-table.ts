// Two-way code tables between wire codes and canonical values, and lookups that report to a ctx.
import type { MappingContext } from './context.ts';
import { describeValue, fail, type MappingResult, makeIssue, succeed } from './issues.ts';
import { isAbsent, type TransformOptions } from './transforms/options.ts';

/** A bijection between one wire field's codes and one canonical enum. Lookups never throw. */
export type CodeTable<W extends string, C extends string> = {
  /** The wire field the codes belong to, e.g. 'TrangThaiHoSo'; used in messages. */
  readonly name: string;
  readonly pairs: readonly (readonly [W, C])[];
  readonly wireCodes: readonly W[];
  readonly canonicalValues: readonly C[];
  /** Wire code → canonical value. Integer numbers are accepted as their decimal text. */
  toCanonical(code: unknown): MappingResult<C>;
  /** Canonical value → wire code. */
  fromCanonical(value: unknown): MappingResult<W>;
};

/**
 * Builds a code table. Duplicates on either side are programming errors in a constant table,
 * so they throw at module load (never on data).
 */
export function defineCodeTable<const W extends string, const C extends string>(
  name: string,
  pairs: readonly (readonly [W, C])[],
): CodeTable<W, C> {
  const toC = new Map<string, C>(pairs.map(([w, c]) => [w, c]));
  const toW = new Map<string, W>(pairs.map(([w, c]) => [c, w]));
  if (toC.size !== pairs.length || toW.size !== pairs.length) {
    throw new Error(`code table ${name} is not one-to-one`);
  }
  const wireCodes = pairs.map(([w]) => w);
  const canonicalValues = pairs.map(([, c]) => c);
  return {
    name,
    pairs,
    wireCodes,
    canonicalValues,
    toCanonical(code) {
      const key = typeof code === 'number' && Number.isSafeInteger(code) ? String(code) : code;
      const hit = typeof key === 'string' ? toC.get(key) : undefined;
      if (hit !== undefined) return succeed(hit);
      return fail([
        makeIssue(
          '',
          'code.unknown',
          `unknown ${name} code; allowed: ${wireCodes.join(', ')}`,
          describeValue(code),
        ),
      ]);
    },
    fromCanonical(value) {
      const hit = typeof value === 'string' ? toW.get(value) : undefined;
      if (hit !== undefined) return succeed(hit);
      return fail([
        makeIssue(
          '',
          'code.unknown',
          `no ${name} code for this value; allowed: ${canonicalValues.join(', ')}`,
          describeValue(value),
        ),
      ]);
    },
  };
}

/** Wire code → canonical value, errors (rule 'code.unknown') recorded at ctx. */
export function lookupCode<W extends string, C extends string>(
  table: CodeTable<W, C>,
  value: unknown,
  ctx: MappingContext,
  options: TransformOptions = {},
): C | undefined {
  if (isAbsent(value, ctx, options)) return undefined;
  return ctx.absorb(table.toCanonical(value));
}

/** Canonical value → wire code, errors recorded at ctx. */
export function lookupWireCode<W extends string, C extends string>(
  table: CodeTable<W, C>,
  value: unknown,
  ctx: MappingContext,
  options: TransformOptions = {},
): W | undefined {
  if (isAbsent(value, ctx, options)) return undefined;
  return ctx.absorb(table.fromCanonical(value));
}
