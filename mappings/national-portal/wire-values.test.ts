// Tests for the portal value conversions: length limits in UTF-16 units, "" ⇄ absent, codes, URLs, flags.
import { describe, expect, it } from 'vitest';
import { createContext } from '../engine/context.ts';
import { agencyEIdOf, belongsToProvince } from './dossier-code-prefix.ts';
import {
  codeFromPortal,
  dateFromPortal,
  flagFromPortal,
  textFromPortal,
  textToPortal,
  urlFromPortal,
} from './wire-values.ts';

function collect<T>(fn: (ctx: ReturnType<typeof createContext>) => T) {
  const ctx = createContext();
  const value = fn(ctx);
  return {
    value,
    errors: ctx.errors.map((e) => e.rule),
    warnings: ctx.warnings.map((w) => w.rule),
  };
}

describe('textToPortal', () => {
  it('should write "" for absent text and NFC for decomposed text', () => {
    expect(collect((c) => textToPortal(undefined, c)).value).toBe('');
    expect(collect((c) => textToPortal('Hường'.normalize('NFD'), c)).value).toBe('Hường');
  });

  it('should fit a limit counted in UTF-16 units, as zod counts it, never splitting a pair', () => {
    const { value, warnings } = collect((c) => textToPortal('a😀😀b', c, { maxLength: 4 }));
    expect(value).toBe('a😀');
    expect(warnings).toEqual(['text.truncated']);
  });

  it('should not end a cut text on a space', () => {
    expect(collect((c) => textToPortal('Hồ sơ mới', c, { maxLength: 6 })).value).toBe('Hồ sơ');
  });
});

describe('values read from the portal', () => {
  it('should turn "" and blanks into absent values', () => {
    expect(collect((c) => textFromPortal('   ', c)).value).toBeUndefined();
    expect(collect((c) => codeFromPortal('', c)).value).toBeUndefined();
    expect(collect((c) => dateFromPortal('', c)).value).toBeUndefined();
    expect(flagFromPortal(undefined)).toBeUndefined();
    expect(flagFromPortal('0')).toBe(false);
  });

  it('should refuse codes with inner spaces and URLs that are not http(s)', () => {
    expect(collect((c) => codeFromPortal('G09 TP01', c)).errors).toEqual(['code.invalid']);
    expect(collect((c) => urlFromPortal('ftp://files/a.pdf', c)).errors).toEqual(['url.invalid']);
    expect(collect((c) => urlFromPortal(' https://a.vn/x.pdf ', c)).value).toBe(
      'https://a.vn/x.pdf',
    );
  });
});

describe('dossier code province', () => {
  it('should read the agency e-ID of a code and compare its province part', () => {
    expect(agencyEIdOf('000.00.01.H26-250314-0001')).toBe('000.00.01.H26');
    expect(agencyEIdOf('HS-1')).toBeUndefined();
    expect(belongsToProvince('000.00.01.H26-250314-0001', 'H26')).toBe(true);
    expect(belongsToProvince('000.00.01.H56-250314-0001', 'H26')).toBe(false);
    expect(belongsToProvince('000.00.01.H260-250314-0001', 'H26')).toBe(false);
  });
});
