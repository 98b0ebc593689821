import { describe, expect, it } from 'vitest';
import { knownKey, LANGS, MESSAGES, type MessageKey, translator } from './i18n.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the console message catalogue', () => {
  it('should have every key in every language, none empty', () => {
    const keys = Object.keys(MESSAGES.vi).sort();
    for (const lang of LANGS) {
      expect(Object.keys(MESSAGES[lang]).sort()).toEqual(keys);
      for (const key of keys) expect(MESSAGES[lang][key as MessageKey].trim(), key).not.toBe('');
    }
  });

  it('should use the same placeholders in both languages', () => {
    for (const key of Object.keys(MESSAGES.vi) as MessageKey[])
      expect(placeholders(MESSAGES.en[key]), key).toEqual(placeholders(MESSAGES.vi[key]));
  });

  it('should translate with parameters and leave unknown placeholders visible', () => {
    expect(translator('vi')('connector.title', { id: 'national-portal' })).toBe(
      'Kết nối national-portal',
    );
    expect(translator('en')('connector.title', { id: 'x' })).toBe('Connector x');
    expect(translator('en')('connector.title')).toBe('Connector {id}');
  });

  it('should know the keys of open vocabularies and only those', () => {
    expect(knownKey('kind.', 'dossier')).toBe('kind.dossier');
    expect(knownKey('kind.', 'something-else')).toBeUndefined();
  });
});
