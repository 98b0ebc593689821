// Tests for text transforms: NFC normalization, trimming and recorded truncation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../context.ts';
import { nfc, normalizeText, truncateText } from './text.ts';

const RUNS = { numRuns: 1000 };

/** Vietnamese letters with stacked diacritics: where NFD and NFC differ most. */
const VIETNAMESE =
  'ĐđƯưƠơÂâĂăÊêÔôẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ aAbBnN';

describe('normalizeText', () => {
  it('should map decomposed and precomposed Vietnamese to the same NFC text', () => {
    const nfcName = 'Nguyễn Thị Hường';
    const nfdName = nfcName.normalize('NFD');
    expect(nfdName).not.toBe(nfcName);
    const ctx = createContext();
    expect(normalizeText(nfdName, ctx)).toBe(nfcName);
    expect(normalizeText(`  ${nfcName}\n`, ctx)).toBe(nfcName);
  });

  it('should keep surrounding space when trim is off', () => {
    expect(normalizeText(' a ', createContext(), { trim: false })).toBe(' a ');
  });

  it('should truncate to the limit and record a warning', () => {
    const ctx = createContext();
    expect(normalizeText('Trích yếu hồ sơ', ctx.at('TrichYeuHoSo'), { maxLength: 9 })).toBe(
      'Trích yếu',
    );
    expect(ctx.warnings).toEqual([
      {
        path: 'TrichYeuHoSo',
        rule: 'text.truncated',
        message: 'text truncated from 15 to 9 characters',
        value: 'Trích yếu hồ sơ',
      },
    ]);
  });

  it('should mask the value echoed for a personal field', () => {
    const ctx = createContext();
    normalizeText('Nguyễn Văn An', ctx, { maxLength: 5, personal: true });
    expect(ctx.warnings[0]?.value).toBe('Ng*********An');
  });

  it('should count a decomposed letter once after normalization', () => {
    const ctx = createContext();
    expect(normalizeText('Hường'.normalize('NFD'), ctx, { maxLength: 5 })).toBe('Hường');
    expect(ctx.warnings).toEqual([]);
  });

  it('should reject non-strings and pass absent values through', () => {
    const ctx = createContext();
    expect(normalizeText(12, ctx)).toBeUndefined();
    expect(normalizeText(undefined, ctx)).toBeUndefined();
    expect(ctx.errors.map((e) => e.rule)).toEqual(['value.wrong_type']);
  });
});

describe('truncateText', () => {
  it('should never split a surrogate pair', () => {
    const ctx = createContext();
    expect(truncateText('a😀b', ctx, { maxLength: 2 })).toBe('a😀');
  });
});

describe('text properties', () => {
  const vietnameseText = fc
    .array(fc.constantFrom(...Array.from(VIETNAMESE)), { maxLength: 40 })
    .map((chars) => chars.join(''));

  it('should map NFD and NFC inputs identically', () => {
    fc.assert(
      fc.property(vietnameseText, fc.integer({ min: 0, max: 50 }), (text, limit) => {
        const a = createContext();
        const b = createContext();
        const fromNfc = normalizeText(text.normalize('NFC'), a, { maxLength: limit });
        const fromNfd = normalizeText(text.normalize('NFD'), b, { maxLength: limit });
        expect(fromNfd).toBe(fromNfc);
        expect(b.warnings.map((w) => w.rule)).toEqual(a.warnings.map((w) => w.rule));
        expect(fromNfc).toBe(nfc(fromNfc ?? ''));
      }),
      RUNS,
    );
  });

  it('should never return more code points than the limit, and warn exactly when it cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(40), (text, limit) => {
        const ctx = createContext();
        const out = normalizeText(text, ctx, { maxLength: limit }) ?? '';
        expect(Array.from(out).length).toBeLessThanOrEqual(limit);
        const full = Array.from(text.normalize('NFC').trim()).length;
        expect(ctx.warnings.length).toBe(full > limit ? 1 : 0);
      }),
      RUNS,
    );
  });
});
