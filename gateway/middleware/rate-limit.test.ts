// rateLimit: per-key token buckets answer 429 with Retry-After, recover, and forget idle keys.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createTokenBuckets, rateLimit } from './rate-limit.ts';

function limitedApp(clock: { now: number }, perSecond = 1, burst = 2) {
  const app = new Hono();
  app.use(
    rateLimit({
      perSecond,
      burst,
      now: () => clock.now,
      key: (c) => c.req.header('x-member') ?? 'anonymous',
    }),
  );
  app.get('/r', (c) => c.json({ ok: true }));
  return app;
}

const call = (app: Hono, member = 'm1') => app.request('/r', { headers: { 'x-member': member } });

describe('rateLimit', () => {
  it('should answer 429 rate.limited with Retry-After once the burst is spent, then recover', async () => {
    const clock = { now: 0 };
    const app = limitedApp(clock);
    expect((await call(app)).status).toBe(200);
    expect((await call(app)).status).toBe(200);
    const limited = await call(app);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(await limited.json()).toMatchObject({ code: 'rate.limited', status: 429 });
    clock.now += 1000;
    expect((await call(app)).status).toBe(200);
    expect((await call(app)).status).toBe(429);
  });

  it('should keep one bucket per key', async () => {
    const clock = { now: 0 };
    const app = limitedApp(clock, 1, 1);
    expect((await call(app, 'a')).status).toBe(200);
    expect((await call(app, 'a')).status).toBe(429);
    expect((await call(app, 'b')).status).toBe(200);
  });

  it('should round Retry-After up to whole seconds for slow rates', async () => {
    const clock = { now: 0 };
    const app = limitedApp(clock, 0.25, 1);
    await call(app);
    expect((await call(app)).headers.get('retry-after')).toBe('4');
    clock.now += 3000;
    expect((await call(app)).headers.get('retry-after')).toBe('1');
  });
});

describe('createTokenBuckets', () => {
  it('should forget buckets that have been idle long enough to refill', () => {
    const clock = { now: 0 };
    const buckets = createTokenBuckets({ perSecond: 10, burst: 10, now: () => clock.now });
    for (let i = 0; i < 500; i++) buckets.take(`member-${i}`);
    expect(buckets.size()).toBe(500);
    clock.now += 1000;
    buckets.take('late');
    expect(buckets.size()).toBe(1);
  });

  it('should never hold more than maxKeys buckets', () => {
    const clock = { now: 0 };
    const buckets = createTokenBuckets({
      perSecond: 1,
      burst: 5,
      maxKeys: 100,
      now: () => clock.now,
    });
    for (let i = 0; i < 1000; i++) buckets.take(`member-${i}`);
    expect(buckets.size()).toBe(100);
  });

  it('should report the tokens left after a take', () => {
    const buckets = createTokenBuckets({ perSecond: 1, burst: 3, now: () => 0 });
    expect(buckets.take('k')).toEqual({ ok: true, remaining: 2 });
    expect(buckets.take('k')).toEqual({ ok: true, remaining: 1 });
  });
});
