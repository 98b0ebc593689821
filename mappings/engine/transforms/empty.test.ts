// Tests for "" ⇄ absent conversions.
import { describe, expect, it } from 'vitest';
import { emptyToUndefined, undefinedToEmpty } from './empty.ts';

describe('emptyToUndefined', () => {
  it('should turn "" and null into undefined and keep other values', () => {
    expect(emptyToUndefined('')).toBeUndefined();
    expect(emptyToUndefined(null)).toBeUndefined();
    expect(emptyToUndefined(' ')).toBe(' ');
    expect(emptyToUndefined('20240101000000')).toBe('20240101000000');
  });
});

describe('undefinedToEmpty', () => {
  it('should turn undefined and null into "" and keep strings', () => {
    expect(undefinedToEmpty(undefined)).toBe('');
    expect(undefinedToEmpty(null)).toBe('');
    expect(undefinedToEmpty('x')).toBe('x');
  });

  it('should round-trip with emptyToUndefined', () => {
    for (const v of ['', 'a']) expect(undefinedToEmpty(emptyToUndefined(v))).toBe(v);
  });
});
