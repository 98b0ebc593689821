// jsonArrayParameter: the rows of a batch as one JSON array, text or jsonb's binary form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JsonRow, jsonArrayParameter } from './accept-rows.ts';

/** A row as the text form would carry it, and as text + UTF-8 tail (the last field's JSON). */
const rowPair = fc
  .record({ id: fc.uuid(), note: fc.string({ unit: 'grapheme' }) }, { requiredKeys: [] })
  .chain((head) =>
    fc.jsonValue().map((payload) => {
      const rest = JSON.stringify(head);
      const start = rest.length === 2 ? '{"payload":' : `${rest.slice(0, -1)},"payload":`;
      const json = JSON.stringify(payload);
      return {
        text: `${start}${json}}`,
        split: { head: start, tail: new Uint8Array(Buffer.from(json)) } as JsonRow,
      };
    }),
  );

describe('jsonArrayParameter', () => {
  it('should give text rows as a text array', () => {
    expect(jsonArrayParameter(['{"a":1}', '{"b":"ệ"}'])).toBe('[{"a":1},{"b":"ệ"}]');
    expect(jsonArrayParameter([])).toBe('[]');
  });

  it('should give the same array in binary jsonb form when some rows carry bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rowPair, fc.boolean()), { minLength: 1 }), (rows) => {
        const mixed = rows.map(([pair, asBytes]) => (asBytes ? pair.split : pair.text));
        if (mixed.every((row) => typeof row === 'string')) return;
        const parameter = jsonArrayParameter(mixed);
        if (typeof parameter === 'string') throw new Error('expected bytes');
        expect(parameter[0]).toBe(1);
        const text = parameter.subarray(1).toString('utf8');
        expect(text).toBe(`[${rows.map(([pair]) => pair.text).join(',')}]`);
        expect(JSON.parse(text)).toEqual(rows.map(([pair]) => JSON.parse(pair.text)));
      }),
      { numRuns: 200 },
    );
  });
});
