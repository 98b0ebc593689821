import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildUrl, isHostAllowed } from './http-url.ts';

describe('buildUrl', () => {
  it('should keep the base path and join with exactly one slash', () => {
    for (const base of ['https://h/api/v1', 'https://h/api/v1/']) {
      for (const path of ['dossiers', '/dossiers']) {
        expect(buildUrl(base, path).href).toBe('https://h/api/v1/dossiers');
      }
    }
    expect(buildUrl('https://h', '').href).toBe('https://h/');
  });

  it('should append query values, repeating arrays and skipping null and undefined', () => {
    const url = buildUrl('https://h/x', '/y', { a: 1, b: [true, 'z'], c: undefined, d: null });
    expect(url.search).toBe('?a=1&b=true&b=z');
  });

  it('should use an absolute URL as is', () => {
    expect(buildUrl('https://h/x', 'https://other/z?q=1').href).toBe('https://other/z?q=1');
  });

  it('should encode any query value so it round-trips (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, value) => {
        const url = buildUrl('https://h', '/p', { [name]: value });
        return url.searchParams.get(name) === value;
      }),
      { numRuns: 200 },
    );
  });
});

describe('isHostAllowed', () => {
  const allowed = ['dichvucong.gov.vn', '127.0.0.1:8080', '*.hanoi.gov.vn'];
  it.each([
    ['https://dichvucong.gov.vn/api', true],
    ['https://DICHVUCONG.gov.vn:8443/api', true],
    ['http://127.0.0.1:8080/', true],
    ['http://127.0.0.1:9090/', false],
    ['https://motcua.hanoi.gov.vn/', true],
    ['https://a.b.hanoi.gov.vn/', true],
    ['https://hanoi.gov.vn/', false],
    ['https://evilhanoi.gov.vn/', false],
    ['https://dichvucong.gov.vn.evil.com/', false],
    ['ftp://dichvucong.gov.vn/', false],
  ])('should answer %s → %s', (url, expected) => {
    expect(isHostAllowed(new URL(url), allowed)).toBe(expected);
  });
});
