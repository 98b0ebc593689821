// validationHook / allFieldsHook / validateAll: every failing field as a JSON pointer with its rule.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FieldProblem } from '../contracts/errors.ts';
import { httpErrorProblem } from './middleware/http-errors.ts';
import { jsonDepth } from './middleware/json-body.ts';
import { problem } from './problem.ts';
import { allFieldsHook, jsonPointer, validateAll, validationHook } from './validation.ts';

const Owner = z.object({
  idNumber: z.string().regex(/^\d{12}$/),
  fullName: z.string().min(1),
});
const Body = z
  .object({ owner: Owner, fees: z.array(z.number().nonnegative()).max(3) })
  .strict()
  .refine((body) => body.fees.length > 0 || body.owner.fullName !== 'x', {
    message: 'fees are required for this owner',
    path: ['fees'],
    params: { code: 'dossier.fees_required' },
  });
const route = createRoute({
  method: 'post',
  path: '/dossiers/{code}',
  request: {
    params: z.object({ code: z.string().regex(/^H\d+$/) }),
    query: z.object({ mode: z.enum(['sync', 'async']) }),
    body: { required: true, content: { 'application/json': { schema: Body } } },
  },
  responses: { 202: { description: 'accepted' } },
});

function app(perRouteAllFields = false) {
  const a = new OpenAPIHono({ defaultHook: validationHook });
  a.use(jsonDepth());
  const handler = (c: { json: (v: unknown, s: 202) => Response }) => c.json({ ok: true }, 202);
  if (perRouteAllFields) a.openapi(route, handler, allFieldsHook(route));
  else a.openapi(route, handler);
  a.onError((e, c) => httpErrorProblem(e, c) ?? problem(c, 'internal'));
  return a;
}

const send = (a: OpenAPIHono, path: string, body: unknown, contentType = 'application/json') =>
  a.request(path, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': contentType },
  });

const paths = (errors: FieldProblem[]) => errors.map((e) => e.path).sort();

describe('validationHook', () => {
  it('should list every failing body field as a JSON pointer with its zod rule', async () => {
    const response = await send(app(), '/dossiers/H1?mode=sync', {
      owner: { idNumber: 'abc', fullName: '' },
      fees: [-1, 'x'],
      extra: true,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as { code: string; errors: FieldProblem[] };
    expect(body.code).toBe('request.invalid');
    expect(paths(body.errors)).toEqual([
      '/body/extra',
      '/body/fees/0',
      '/body/fees/1',
      '/body/owner/fullName',
      '/body/owner/idNumber',
    ]);
    expect(body.errors.find((e) => e.path === '/body/owner/idNumber')).toMatchObject({
      rule: 'invalid_format',
      message: expect.any(String),
    });
    expect(body.errors.find((e) => e.path === '/body/extra')?.rule).toBe('unrecognized_keys');
  });

  it('should use params.code of a custom issue as the rule', async () => {
    const response = await send(app(), '/dossiers/H1?mode=sync', {
      owner: { idNumber: '001099012345', fullName: 'x' },
      fees: [],
    });
    const body = (await response.json()) as { errors: FieldProblem[] };
    expect(body.errors).toEqual([
      {
        path: '/body/fees',
        rule: 'dossier.fees_required',
        message: 'fees are required for this owner',
      },
    ]);
  });

  it('should report only the first failing target, which allFieldsHook fixes', async () => {
    const bad = { owner: { idNumber: '1', fullName: 'A' }, fees: [] };
    const first = (await (await send(app(), '/dossiers/X?mode=never', bad)).json()) as {
      errors: FieldProblem[];
    };
    expect(paths(first.errors)).toEqual(['/query/mode']);
    const all = (await (await send(app(true), '/dossiers/X?mode=never', bad)).json()) as {
      errors: FieldProblem[];
    };
    expect(paths(all.errors)).toEqual(['/body/owner/idNumber', '/param/code', '/query/mode']);
  });

  it('should answer 415 for a wrong or missing content type', async () => {
    const wrong = await send(app(), '/dossiers/H1?mode=sync', 'a=1', 'text/plain');
    expect(wrong.status).toBe(415);
    expect(await wrong.json()).toMatchObject({ code: 'request.unsupported_media_type' });
    const missing = await app().request('/dossiers/H1?mode=sync', { method: 'POST' });
    expect(missing.status).toBe(415);
    expect(await missing.json()).toMatchObject({ code: 'request.unsupported_media_type' });
  });

  it('should answer 400 request.malformed_json for a body that is not JSON', async () => {
    const response = await send(app(), '/dossiers/H1?mode=sync', '{"owner":');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'request.malformed_json' });
  });
});

describe('validateAll', () => {
  const schemas = {
    params: z.object({ code: z.string().regex(/^H\d+$/) }),
    query: z.object({ page: z.coerce.number().int().min(1) }),
    headers: z.object({ 'X-Member': z.string().min(3) }),
    body: Body,
    bodyRequired: true,
  };
  function manual() {
    const a = new OpenAPIHono();
    a.post('/d/:code', async (c) => {
      const result = await validateAll(c, schemas);
      if (!result.ok) return result.response;
      return c.json({ page: result.data.query.page, member: result.data.headers['X-Member'] });
    });
    return a;
  }

  it('should merge the failures of every part into one problem', async () => {
    const response = await manual().request('/d/nope?page=0', {
      method: 'POST',
      body: JSON.stringify({ owner: {}, fees: [] }),
      headers: { 'content-type': 'application/json', 'x-member': 'ab' },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: FieldProblem[] };
    expect(paths(body.errors)).toEqual([
      '/body/owner/fullName',
      '/body/owner/idNumber',
      '/header/X-Member',
      '/param/code',
      '/query/page',
    ]);
  });

  it('should return the parsed parts when all are valid', async () => {
    const response = await manual().request('/d/H7?page=2', {
      method: 'POST',
      body: JSON.stringify({ owner: { idNumber: '001099012345', fullName: 'A' }, fees: [1] }),
      headers: { 'content-type': 'application/json', 'x-member': 'member-1' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ page: 2, member: 'member-1' });
  });
});

describe('jsonPointer', () => {
  it('should escape ~ and / in segments per RFC 6901', () => {
    expect(jsonPointer('body', ['a/b', 'c~d', 0])).toBe('/body/a~1b/c~0d/0');
  });
});
