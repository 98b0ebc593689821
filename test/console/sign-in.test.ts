// The console's sign-in over HTTP: cookies, hashed tokens, login CSRF, throttling, logout, expiry,
// and the security headers of every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperator, disableOperator } from '../../ops/console/auth/operators.ts';
import { ConsoleClient } from './client.ts';
import { type SeededConsole, startSeededConsole } from './fixture.ts';

let c: SeededConsole;

beforeAll(async () => {
  c = await startSeededConsole();
});

afterAll(async () => {
  await c?.h.stop();
});

describe('console sign-in', () => {
  it('should send a page request without a session to the login page', async () => {
    const response = await new ConsoleClient(c.h.app).get('/console/overview');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/console/login?next=%2Fconsole%2Foverview');
  });

  it('should set an HttpOnly, SameSite=Strict cookie on /console, Secure only over https', async () => {
    const plain = new ConsoleClient(c.h.app);
    await plain.login(c.accounts.viewer.username, c.accounts.viewer.password);
    const secure = new ConsoleClient(c.h.app, 'https://console.example.vn');
    const answer = await secure.login(c.accounts.viewer.username, c.accounts.viewer.password);
    const cookie = answer.headers.getSetCookie().find((c) => c.startsWith('lt_console_session='));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/console/);
    expect(cookie).toMatch(/; Secure/);
    const again = new ConsoleClient(c.h.app);
    const insecure = await again.login(c.accounts.viewer.username, c.accounts.viewer.password);
    const plainCookie = insecure.headers
      .getSetCookie()
      .find((c) => c.startsWith('lt_console_session='));
    expect(plainCookie).toMatch(/; HttpOnly/);
    expect(plainCookie).not.toMatch(/Secure/);
  });

  it('should store only a hash of the session token', async () => {
    const client = await c.signedIn(c.accounts.viewer);
    const token = client.cookies.get('lt_console_session')!;
    expect(token).toMatch(/^[\w-]{43}$/);
    const { rows } = await c.h.db.pool.query(
      'select count(*)::int as n from lienthong.operator_session where token_hash = $1',
      [token],
    );
    expect(rows[0].n).toBe(0);
  });

  it('should refuse a login form without its CSRF cookie', async () => {
    const client = new ConsoleClient(c.h.app);
    const token = await client.csrf('/console/login');
    client.cookies.clear();
    const response = await client.post('/console/login', {
      _csrf: token,
      username: c.accounts.admin.username,
      password: c.accounts.admin.password,
    });
    expect(response.status).toBe(403);
    expect(client.cookies.has('lt_console_session')).toBe(false);
  });

  it('should refuse a wrong password, audit it, and lock the account after five failures', async () => {
    const created = await createOperator(c.h.db.pool, { username: 'doan', role: 'viewer' });
    if (!created.ok) throw new Error(created.code);
    const client = new ConsoleClient(c.h.app);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await client.login('doan', 'guess')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await client.login('doan', created.password)).status).toBe(429);
    const outcomes = (await c.audit('console.login')).filter((r) => r.actor_id === 'doan');
    expect(outcomes.map((r) => r.outcome)).toEqual([
      'denied',
      'denied',
      'denied',
      'denied',
      'denied',
      'throttled',
      'throttled',
    ]);
  });

  it('should only follow a next path inside the console', async () => {
    const client = new ConsoleClient(c.h.app);
    const token = await client.csrf('/console/login');
    const response = await client.post('/console/login', {
      _csrf: token,
      username: c.accounts.viewer.username,
      password: c.accounts.viewer.password,
      next: '//evil.example/console/',
    });
    expect(response.headers.get('location')).toBe('/console/overview');
  });

  it('should end the session on logout', async () => {
    const client = await c.signedIn(c.accounts.viewer);
    const stale = new Map(client.cookies);
    const out = await client.post('/console/logout', { _csrf: await client.csrf() });
    expect(out.headers.get('location')).toBe('/console/login?out=1');
    for (const [k, v] of stale) client.cookies.set(k, v);
    expect((await client.get('/console/overview')).status).toBe(303);
  });

  it('should refuse an expired session and a disabled operator', async () => {
    const temp = await createOperator(c.h.db.pool, { username: 'tam', role: 'operator' });
    if (!temp.ok) throw new Error(temp.code);
    const client = await c.signedIn({ username: 'tam', password: temp.password });
    expect((await client.get('/console/overview')).status).toBe(200);
    await c.h.db.pool.query(
      "update lienthong.operator_session set expires_at = now() - interval '1 second' where operator_id = $1",
      [temp.id],
    );
    expect((await client.get('/console/overview')).status).toBe(303);
    const fresh = await c.signedIn({ username: 'tam', password: temp.password });
    await disableOperator(c.h.db.pool, 'tam');
    expect((await fresh.get('/console/overview')).status).toBe(303);
    expect((await new ConsoleClient(c.h.app).login('tam', temp.password)).status).toBe(401);
  });
});

describe('console headers', () => {
  it('should forbid framing and external sources on every page', async () => {
    const client = await c.signedIn(c.accounts.viewer);
    for (const path of ['/console/login', '/console/overview', '/console/kpi']) {
      const response = await client.get(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/https?:|\*/);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await response.text();
      expect(body).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(body).not.toMatch(/<script>|style="/);
    }
  });

  it('should leave the API and the other routes alone', async () => {
    const api = await c.h.app.request('/api/v1/exchanges?lang=en');
    expect(api.status).toBe(401);
    expect(api.headers.get('content-security-policy')).not.toContain("script-src 'self'");
    expect(api.headers.getSetCookie()).toEqual([]);
    const health = await c.h.app.request('/healthz?lang=en');
    expect(health.headers.getSetCookie()).toEqual([]);
    const root = await new ConsoleClient(c.h.app).get('/console');
    expect(root.headers.get('location')).toMatch(/^\/console\/login/);
  });

  it('should serve its own script and stylesheet', async () => {
    const client = new ConsoleClient(c.h.app);
    const js = await client.get('/console/assets/console.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await js.text()).toContain('data-select-all');
    const css = await client.get('/console/assets/console.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });
});
