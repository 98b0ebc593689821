import { describe, expect, it } from 'vitest';
import { SearchSchema, toExchangeSearch } from './exchanges.ts';
import { safeNext } from './login.ts';

describe('the exchange search form', () => {
  it('should ignore empty fields and read times as Hanoi time', () => {
    const form = SearchSchema.parse({
      dossierCode: ' 000.00.00.H26-250314-0001 ',
      source: '',
      status: '',
      from: '2026-03-10T08:00',
    });
    expect(toExchangeSearch(form)).toEqual({
      dossierCode: '000.00.00.H26-250314-0001',
      source: undefined,
      target: undefined,
      status: undefined,
      traceId: undefined,
      from: '2026-03-10T01:00:00.000Z',
      to: undefined,
      limit: 100,
    });
  });

  it('should refuse unknown statuses, malformed times and odd trace ids', () => {
    for (const bad of [{ status: 'lost' }, { from: 'yesterday' }, { traceId: "x' or 1=1" }])
      expect(SearchSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});

describe('safeNext', () => {
  it('should follow console paths only', () => {
    expect(safeNext('/console/exchanges?dossierCode=A')).toBe('/console/exchanges?dossierCode=A');
    for (const bad of [
      undefined,
      '//evil.example/console/',
      'https://evil.example/',
      '/api/v1/x',
      '/console/\\evil',
    ])
      expect(safeNext(bad)).toBe('/console/overview');
  });
});
