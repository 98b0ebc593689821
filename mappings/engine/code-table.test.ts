// Tests for generic two-way code tables and the ctx-reporting lookups.
import { describe, expect, it } from 'vitest';
import { defineCodeTable, lookupCode, lookupWireCode } from './code-table.ts';
import { createContext } from './context.ts';

const colours = defineCodeTable('Mau', [
  ['1', 'red'],
  ['2', 'green'],
] as const);

describe('defineCodeTable', () => {
  it('should translate both ways', () => {
    expect(colours.toCanonical('1')).toEqual({ ok: true, value: 'red', warnings: [] });
    expect(colours.fromCanonical('green')).toEqual({ ok: true, value: '2', warnings: [] });
  });

  it('should accept an integer number as its decimal code', () => {
    expect(colours.toCanonical(2)).toEqual({ ok: true, value: 'green', warnings: [] });
    expect(colours.toCanonical(1.5).ok).toBe(false);
  });

  it('should return code.unknown listing the allowed values instead of throwing', () => {
    expect(colours.toCanonical('3')).toEqual({
      ok: false,
      errors: [
        { path: '', rule: 'code.unknown', message: 'unknown Mau code; allowed: 1, 2', value: '3' },
      ],
    });
    const back = colours.fromCanonical('blue');
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.errors[0]?.message).toContain('allowed: red, green');
  });

  it('should refuse a table that is not one-to-one', () => {
    expect(() =>
      defineCodeTable('Bad', [
        ['1', 'a'],
        ['2', 'a'],
      ]),
    ).toThrow('not one-to-one');
  });
});

describe('lookupCode', () => {
  it('should report unknown codes at the ctx path', () => {
    const ctx = createContext();
    expect(lookupCode(colours, '9', ctx.at('Mau'))).toBeUndefined();
    expect(ctx.errors[0]).toMatchObject({ path: 'Mau', rule: 'code.unknown', value: '9' });
  });

  it('should pass absent values through unless required', () => {
    const ctx = createContext();
    expect(lookupCode(colours, undefined, ctx)).toBeUndefined();
    expect(ctx.hasErrors).toBe(false);
    lookupCode(colours, undefined, ctx.at('Mau'), { required: true });
    expect(ctx.errors[0]?.rule).toBe('value.required');
  });

  it('should look wire codes up from canonical values', () => {
    const ctx = createContext();
    expect(lookupWireCode(colours, 'red', ctx)).toBe('1');
    expect(lookupWireCode(colours, 'blue', ctx)).toBeUndefined();
    expect(ctx.errors).toHaveLength(1);
  });
});
