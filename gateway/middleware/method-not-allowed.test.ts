// methodNotAllowed: a served path under the wrong method answers 405 problem+json with Allow.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { problem } from '../problem.ts';
import { methodNotAllowed } from './method-not-allowed.ts';

function app() {
  const a = new Hono();
  a.use(methodNotAllowed(a));
  a.get('/dossiers/:code', (c) => c.json({ code: c.req.param('code') }));
  a.post('/dossiers/:code', (c) => c.json({ ok: true }, 202));
  a.notFound((c) => problem(c, 'resource.not_found'));
  return a;
}

describe('methodNotAllowed', () => {
  it('should answer 405 with Allow naming the methods the path serves', async () => {
    const response = await app().request('/dossiers/H1', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('allow')?.split(', ').sort()).toEqual(['GET', 'HEAD', 'POST']);
    expect(await response.json()).toMatchObject({
      code: 'request.method_not_allowed',
      status: 405,
    });
  });

  it('should leave unknown paths as 404 and served methods alone', async () => {
    expect((await app().request('/nothing', { method: 'DELETE' })).status).toBe(404);
    expect((await app().request('/dossiers/H1')).status).toBe(200);
  });
});
