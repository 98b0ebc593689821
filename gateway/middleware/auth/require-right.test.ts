// requireRight without a database: built once with a checked right, fails closed, 403 even if audit fails.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { requireRight } from './require-right.ts';

function appWith(rights: string[] | undefined, pool: { query: (...args: unknown[]) => unknown }) {
  const app = new Hono();
  app.onError((_error, c) => c.text('wiring', 500));
  if (rights) {
    app.use(async (c, next) => {
      c.set('member', { id: 'm', rights });
      await next();
    });
  }
  app.get('/x', requireRight('lookup.citizen', { pool: pool as never }), (c) => c.text('ok'));
  return app;
}

describe('requireRight', () => {
  it('should refuse to build for a malformed right or *', () => {
    expect(() =>
      requireRight('lookup citizen', { pool: { query: async () => ({}) } as never }),
    ).toThrow(RangeError);
    expect(() => requireRight('*', { pool: { query: async () => ({}) } as never })).toThrow(
      RangeError,
    );
  });

  it('should pass * and the exact right without touching the database', async () => {
    const queries: unknown[] = [];
    const pool = { query: async (q: unknown) => queries.push(q) };
    expect((await appWith(['*'], pool).request('/x')).status).toBe(200);
    expect((await appWith(['lookup.citizen'], pool).request('/x')).status).toBe(200);
    expect(queries).toEqual([]);
  });

  it('should still answer 403 when the audit insert fails', async () => {
    const errors: unknown[] = [];
    const app = new Hono();
    app.use(async (c, next) => {
      c.set('member', { id: 'm', rights: [] });
      await next();
    });
    const pool = {
      query: async () => {
        throw new Error('database down');
      },
    };
    app.get(
      '/x',
      requireRight('lookup.citizen', {
        pool: pool as never,
        logger: { error: (...args: unknown[]) => errors.push(args) } as never,
      }),
      (c) => c.text('ok'),
    );
    const response = await app.request('/x');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'auth.forbidden' });
    expect(errors.length).toBe(1);
  });

  it('should fail closed when mounted without authenticate', async () => {
    const response = await appWith(undefined, { query: async () => ({}) }).request('/x');
    expect(response.status).toBe(500);
  });
});
