// httpErrorProblem: HTTPExceptions thrown by hono and zod-openapi become problem+json.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { problem } from '../problem.ts';
import { httpErrorProblem } from './http-errors.ts';

function appThrowing(error: Error) {
  const app = new Hono();
  app.get('/x', () => {
    throw error;
  });
  app.onError((e, c) => httpErrorProblem(e, c) ?? problem(c, 'internal'));
  return app;
}

describe('httpErrorProblem', () => {
  it('should map 415 to request.unsupported_media_type', async () => {
    const response = await appThrowing(new HTTPException(415)).request('/x');
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ code: 'request.unsupported_media_type' });
  });

  it("should map hono's malformed JSON 400 to request.malformed_json", async () => {
    const error = new HTTPException(400, { message: 'Malformed JSON in request body' });
    const response = await appThrowing(error).request('/x');
    expect(await response.json()).toMatchObject({ code: 'request.malformed_json', status: 400 });
  });

  it("should keep the exception's WWW-Authenticate header", async () => {
    const res = new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
    const response = await appThrowing(new HTTPException(401, { res })).request('/x');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('should leave other errors to the caller', async () => {
    const response = await appThrowing(new TypeError('boom')).request('/x');
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'internal' });
    const teapot = await appThrowing(new HTTPException(418)).request('/x');
    expect(teapot.status).toBe(500);
  });
});
