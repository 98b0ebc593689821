// jsonDepth / readJsonBody: one parse per request; deep, oversized and non-UTF-8 bodies refused.
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { checkJsonShape } from '../json-bytes.ts';
import { isJsonMediaType, jsonDepth, parsedJson } from './json-body.ts';

function appWithJson(options: { maxDepth?: number; maxKeys?: number } = {}) {
  const app = new Hono();
  app.use(jsonDepth(options));
  app.post('/echo', (c) => c.json({ parsed: parsedJson(c) ?? 'none' }));
  return app;
}

const post = (app: Hono, body: string | Uint8Array, contentType = 'application/json') =>
  app.request('/echo', { method: 'POST', body, headers: { 'content-type': contentType } });

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('checkJsonShape', () => {
  it('should accept nesting up to maxDepth and refuse one level more', () => {
    expect(checkJsonShape(nested(32), { maxDepth: 32 })).toEqual({ ok: true });
    expect(checkJsonShape(nested(33), { maxDepth: 32 })).toEqual({ ok: false, reason: 'too_deep' });
  });

  it('should refuse 10,000 levels of objects without recursing', () => {
    const text = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    expect(checkJsonShape(text, { maxDepth: 32 })).toEqual({ ok: false, reason: 'too_deep' });
  });

  it('should ignore brackets, colons and escaped quotes inside strings', () => {
    const text = JSON.stringify({ note: `\\"${'[{:'.repeat(100)}"` });
    expect(checkJsonShape(text, { maxDepth: 1, maxKeys: 1 })).toEqual({ ok: true });
  });

  it('should count object members against maxKeys', () => {
    const text = JSON.stringify({ a: 1, b: { c: 2, d: 3 } });
    expect(checkJsonShape(text, { maxDepth: 5, maxKeys: 4 })).toEqual({ ok: true });
    expect(checkJsonShape(text, { maxDepth: 5, maxKeys: 3 })).toEqual({
      ok: false,
      reason: 'too_many_keys',
    });
  });
});

describe('isJsonMediaType', () => {
  it('should accept application/json and +json types with parameters', () => {
    expect(isJsonMediaType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonMediaType('Application/Problem+JSON')).toBe(true);
    expect(isJsonMediaType('text/json')).toBe(false);
    expect(isJsonMediaType('application/jsonp')).toBe(false);
  });
});

describe('jsonDepth', () => {
  it('should reject a 10,000-level body with 400 request.too_deep', async () => {
    const response = await post(appWithJson(), nested(10_000));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'request.too_deep' });
  });

  it('should reject invalid UTF-8 bytes with 400 request.malformed_json', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]);
    const response = await post(appWithJson(), bytes);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'request.malformed_json',
      detail: 'the body is not valid UTF-8',
    });
  });

  it('should reject malformed JSON with 400 request.malformed_json', async () => {
    const response = await post(appWithJson(), '{"a": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'request.malformed_json' });
  });

  it('should answer 413 when the document has more members than maxKeys', async () => {
    const response = await post(appWithJson({ maxKeys: 2 }), '{"a":1,"b":2,"c":3}');
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'request.too_large' });
  });

  it('should parse once and hand the value to handlers and to c.req.json()', async () => {
    const app = new Hono();
    app.use(jsonDepth());
    app.post('/twice', async (c) => c.json({ cached: parsedJson(c), again: await c.req.json() }));
    const body = '{"owner":{"name":"x"}}';
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const response = await app.request('/twice', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
      expect(parse.mock.calls.filter(([text]) => text === body)).toHaveLength(1);
      expect(await response.json()).toEqual({
        cached: { owner: { name: 'x' } },
        again: { owner: { name: 'x' } },
      });
    } finally {
      parse.mockRestore();
    }
  });

  it('should let other content types and empty bodies through unparsed', async () => {
    const text = await post(appWithJson(), '[[[[', 'text/plain');
    expect(await text.json()).toEqual({ parsed: 'none' });
    const empty = await post(appWithJson(), new Uint8Array(0));
    expect(await empty.json()).toEqual({ parsed: 'none' });
  });
});
