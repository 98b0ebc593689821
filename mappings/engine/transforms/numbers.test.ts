// Tests for number transforms: string numbers and zero-padded integer codes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../context.ts';
import { numberToString, stringToDecimal, stringToInteger, zeroPad } from './numbers.ts';

const RUNS = { numRuns: 1000 };

function rules(fn: (ctx: ReturnType<typeof createContext>) => unknown): string[] {
  const ctx = createContext();
  fn(ctx);
  return ctx.errors.map((e) => e.rule);
}

describe('zeroPad', () => {
  it('should pad integer codes to the width', () => {
    expect(zeroPad(42, 3)).toBe('042');
    expect(zeroPad(7, 5)).toBe('00007');
    expect(zeroPad(0, 2)).toBe('00');
    expect(zeroPad('1', 2)).toBe('01');
    expect(zeroPad('00042', 3)).toBe('042');
  });

  it('should reject negatives, non-integers and codes longer than the width', () => {
    expect(rules((c) => zeroPad(-1, 3, c))).toEqual(['code.negative']);
    expect(rules((c) => zeroPad('-1', 3, c))).toEqual(['code.negative']);
    expect(rules((c) => zeroPad(4.2, 3, c))).toEqual(['code.not_an_integer']);
    expect(rules((c) => zeroPad('4a', 3, c))).toEqual(['code.not_an_integer']);
    expect(rules((c) => zeroPad(1234, 3, c))).toEqual(['code.too_long']);
    expect(rules((c) => zeroPad(true, 3, c))).toEqual(['value.wrong_type']);
    expect(zeroPad(1234, 3)).toBeUndefined();
  });
});

describe('string numbers', () => {
  it('should parse integer strings strictly', () => {
    const ctx = createContext();
    expect(stringToInteger('42', ctx)).toBe(42);
    expect(stringToInteger('-7', ctx)).toBe(-7);
    expect(rules((c) => stringToInteger(' 42', c))).toEqual(['number.not_an_integer']);
    expect(rules((c) => stringToInteger('1e3', c))).toEqual(['number.not_an_integer']);
    expect(rules((c) => stringToInteger('99999999999999999', c))).toEqual(['number.out_of_range']);
    expect(rules((c) => stringToInteger('11', c, { min: 1, max: 10 }))).toEqual([
      'number.out_of_range',
    ]);
  });

  it('should parse plain decimals', () => {
    expect(stringToDecimal('1500.50', createContext())).toBe(1500.5);
    expect(rules((c) => stringToDecimal('1,500', c))).toEqual(['number.invalid']);
  });

  it('should print numbers without exponent notation or refuse them', () => {
    const ctx = createContext();
    expect(numberToString(150000, ctx)).toBe('150000');
    expect(numberToString(-0, ctx)).toBe('0');
    expect(rules((c) => numberToString(1e21, c))).toEqual(['number.not_representable']);
    expect(rules((c) => numberToString(Number.NaN, c))).toEqual(['number.not_finite']);
    expect(rules((c) => numberToString('1', c))).toEqual(['value.wrong_type']);
  });
});

describe('number properties', () => {
  it('should round-trip zeroPad with parseInt', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 15 })
          .chain((w) => fc.tuple(fc.constant(w), fc.integer({ min: 0, max: 10 ** w - 1 }))),
        ([width, n]) => {
          const padded = zeroPad(n, width);
          expect(padded).toHaveLength(width);
          expect(Number.parseInt(padded ?? '', 10)).toBe(n);
          expect(zeroPad(padded, width)).toBe(padded);
        },
      ),
      RUNS,
    );
  });

  it('should round-trip integers through their string form', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const ctx = createContext();
        expect(stringToInteger(numberToString(n, ctx), ctx)).toBe(n);
        expect(ctx.errors).toEqual([]);
      }),
      RUNS,
    );
  });
});
