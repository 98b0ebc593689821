// requestIdPropagation: a well-formed X-Request-Id is kept, others replaced, and echoed everywhere.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { problem } from '../problem.ts';
import { REQUEST_ID_PATTERN, requestIdPropagation } from './request-id.ts';

function app() {
  const a = new Hono();
  a.use(requestIdPropagation());
  a.get('/ok', (c) => c.json({ id: c.get('requestId') }));
  a.get('/raw', () => new Response('raw'));
  a.get('/bad', (c) => problem(c, 'request.invalid'));
  return a;
}

describe('requestIdPropagation', () => {
  it('should keep a well-formed caller id and echo it', async () => {
    const response = await app().request('/ok', { headers: { 'X-Request-Id': 'abc-123_X=' } });
    expect(response.headers.get('x-request-id')).toBe('abc-123_X=');
    expect(await response.json()).toEqual({ id: 'abc-123_X=' });
  });

  it('should replace a malformed or oversized id with a generated one', async () => {
    for (const offered of ['has space', 'a'.repeat(129), '<script>', '']) {
      const response = await app().request('/ok', { headers: { 'X-Request-Id': offered } });
      const id = response.headers.get('x-request-id') ?? '';
      expect(id).not.toBe(offered);
      expect(id).toMatch(REQUEST_ID_PATTERN);
    }
  });

  it('should put the id in problem bodies and on bare Responses', async () => {
    const bad = await app().request('/bad', { headers: { 'X-Request-Id': 'req-1' } });
    expect(await bad.json()).toMatchObject({ requestId: 'req-1' });
    const raw = await app().request('/raw', { headers: { 'X-Request-Id': 'req-2' } });
    expect(raw.headers.get('x-request-id')).toBe('req-2');
  });
});
