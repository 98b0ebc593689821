// Rights: '*' grants everything, names must fit in a scope string, scopes narrow to held rights.
import { describe, expect, it } from 'vitest';
import { hasRight, isValidRight, KNOWN_RIGHTS, narrowScope, parseScope } from './rights.ts';

describe('hasRight', () => {
  it('should grant a listed right and refuse an unlisted one', () => {
    expect(hasRight(['dossier.submit'], 'dossier.submit')).toBe(true);
    expect(hasRight(['dossier.submit'], 'lookup.citizen')).toBe(false);
    expect(hasRight([], 'dossier.submit')).toBe(false);
  });

  it('should grant every right to *', () => {
    for (const right of KNOWN_RIGHTS) expect(hasRight(['*'], right)).toBe(true);
  });

  it('should not treat a prefix as a wildcard', () => {
    expect(hasRight(['dossier'], 'dossier.submit')).toBe(false);
    expect(hasRight(['dossier.submit.extra'], 'dossier.submit')).toBe(false);
  });
});

describe('isValidRight', () => {
  it('should accept the known rights and *', () => {
    for (const right of [...KNOWN_RIGHTS, '*']) expect(isValidRight(right)).toBe(true);
  });

  it('should refuse spaces, commas, upper case and partial wildcards', () => {
    for (const bad of ['', 'a b', 'a,b', 'Dossier.submit', 'dossier.*', '.x', 'x.', '**'])
      expect(isValidRight(bad), bad).toBe(false);
  });
});

describe('parseScope', () => {
  it('should split on spaces and drop empties and duplicates', () => {
    expect(parseScope(' dossier.submit  lookup.citizen dossier.submit ')).toEqual([
      'dossier.submit',
      'lookup.citizen',
    ]);
    expect(parseScope('')).toEqual([]);
  });
});

describe('narrowScope', () => {
  it('should split a request into held and refused rights', () => {
    expect(narrowScope(['a.b', 'c.d'], ['a.b'])).toEqual({ granted: ['a.b'], refused: ['c.d'] });
    expect(narrowScope(['a.b', 'c.d'], ['*'])).toEqual({ granted: ['a.b', 'c.d'], refused: [] });
    expect(narrowScope(['*'], ['a.b'])).toEqual({ granted: [], refused: ['*'] });
  });
});
