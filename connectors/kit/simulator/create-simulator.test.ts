import { describe, expect, it } from 'vitest';
import { createSimulator, type Simulator, type SimulatorOptions } from './create-simulator.ts';
import { appliedCount, countOf } from './stats.ts';

function thingSim(options: Partial<SimulatorOptions> = {}): Simulator {
  return createSimulator({
    name: 'thing',
    setup(app, sim) {
      app.post('/things/:key', async (c) => {
        sim.count('received', 'putThing');
        const key = c.req.param('key');
        const things = sim.store.collection<unknown>('things');
        if (things.has(key)) return c.json({ applied: 'duplicate' });
        const body: unknown = await c.req.json();
        things.set(key, body);
        sim.recordApplied('putThing', key, body);
        return c.json({ applied: 'created' }, 201);
      });
      app.get('/things', (c) => c.json({ ok: true }));
      sim.errorResponder('session_expired', (c) => c.json({ error_code: '-2' }, 200));
    },
    ...options,
  });
}

async function statuses(sim: Simulator, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await sim.app.request('/things')).status);
  return out;
}

const put = (sim: Simulator, key: string, body: unknown) =>
  sim.app.request(`/things/${key}`, { method: 'POST', body: JSON.stringify(body) });

const admin = (sim: Simulator, path: string, method = 'GET', body?: unknown) =>
  sim.app.request(`/__admin${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    headers: { 'content-type': 'application/json' },
  });

describe('createSimulator', () => {
  it('should inject errors at about the configured rate with a seeded, repeatable sequence', async () => {
    const a = thingSim({ seed: 42, faults: { errorRate: 0.3 } });
    const first = await statuses(a, 2_000);
    const failed = first.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(2_000 * 0.26);
    expect(failed).toBeLessThan(2_000 * 0.34);
    expect(countOf(a.stats(), 'faults', 'error')).toBe(failed);
    expect(countOf(a.stats(), 'requests', 'all')).toBe(2_000);

    const again = thingSim({ seed: 42, faults: { errorRate: 0.3 } });
    expect(await statuses(again, 2_000)).toEqual(first);
    const other = thingSim({ seed: 7, faults: { errorRate: 0.3 } });
    expect(await statuses(other, 2_000)).not.toEqual(first);
  });

  it('should never fault the admin API', async () => {
    const sim = thingSim({ faults: { errorRate: 1 } });
    expect((await sim.app.request('/things')).status).toBe(503);
    expect((await admin(sim, '/stats')).status).toBe(200);
    expect((await admin(sim, '/faults')).status).toBe(200);
  });

  it('should answer with a registered system-specific error responder', async () => {
    const sim = thingSim({ faults: { errorRate: 1, errorResponder: 'session_expired' } });
    const res = await sim.app.request('/things');
    expect([res.status, await res.json()]).toEqual([200, { error_code: '-2' }]);
  });

  it('should change faults through the admin API and reject invalid ones with key paths', async () => {
    const sim = thingSim();
    const ok = await admin(sim, '/faults', 'PUT', { errorRate: 1, errorStatus: 502 });
    expect(await ok.json()).toMatchObject({ errorRate: 1, errorStatus: 502, latencyMs: 0 });
    expect((await sim.app.request('/things')).status).toBe(502);

    const bad = await admin(sim, '/faults', 'PUT', { errorRate: 2, bogus: true });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toBe('faults.invalid');
    expect(body.issues.map((i) => i.path)).toContain('errorRate');

    const unknown = await admin(sim, '/faults', 'PUT', { errorResponder: 'nope' });
    expect(await unknown.json()).toEqual({ error: 'faults.unknown_responder', responder: 'nope' });
    expect(sim.faults().errorRate).toBe(1);
  });

  it('should count received and applied items and keep their order per key', async () => {
    const sim = thingSim();
    await put(sim, 'a', { n: 1 });
    await put(sim, 'b', { n: 2 });
    await put(sim, 'a', { n: 3 });
    const stats = (await (await admin(sim, '/stats')).json()) as ReturnType<Simulator['stats']>;
    expect(countOf(stats, 'received', 'putThing')).toBe(3);
    expect(countOf(stats, 'applied', 'putThing')).toBe(2);
    expect(appliedCount(stats, 'a')).toBe(1);
    expect(stats.applied.b).toEqual([{ seq: 2, op: 'putThing', item: { n: 2 } }]);
  });

  it('should reset state, counters and faults to their start values', async () => {
    let resetHookCalls = 0;
    const sim = thingSim({ faults: { latencyMs: 1 } });
    sim.onReset(() => resetHookCalls++);
    await put(sim, 'a', { n: 1 });
    sim.setFaults({ errorRate: 1 });
    const res = await admin(sim, '/reset', 'POST');
    expect(res.status).toBe(200);
    expect(sim.stats().counters).toEqual({});
    expect(sim.faults()).toMatchObject({ errorRate: 0, latencyMs: 1 });
    expect(sim.store.collection('things').size).toBe(0);
    expect(resetHookCalls).toBe(1);
    expect((await put(sim, 'a', { n: 1 })).status).toBe(201);
  });

  it('should call the credential-expiry hooks from the admin API', async () => {
    const sim = thingSim();
    const sessions = sim.store.collection<string>('sessions');
    sessions.set('s1', 'user');
    sim.onExpireCredentials(() => sessions.clear());
    const res = await admin(sim, '/expire-credentials', 'POST');
    expect(await res.json()).toEqual({ hooks: 1 });
    expect(sessions.size).toBe(0);
  });

  it('should hold a request it decided to hang until the simulator closes', async () => {
    const sim = thingSim({ faults: { timeoutRate: 1 } });
    let settled = false;
    const pending = Promise.resolve(sim.app.request('/things')).then((r) => {
      settled = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false);
    sim.close();
    expect((await pending).status).toBe(503);
    expect(countOf(sim.stats(), 'faults', 'timeout')).toBe(1);
  });

  it('should delay requests when latency is set and still answer them', async () => {
    const sim = thingSim({ faults: { latencyMs: 5 } });
    expect((await sim.app.request('/things')).status).toBe(200);
    expect(countOf(sim.stats(), 'faults', 'latency')).toBe(1);
  });

  it('should notify listeners with the next and previous faults', () => {
    const sim = thingSim();
    const seen: [boolean, boolean][] = [];
    const off = sim.onFaultsChange((next, prev) => seen.push([next.down, prev.down]));
    sim.setFaults({ down: true });
    off();
    sim.setFaults({ down: false });
    expect(seen).toEqual([[true, false]]);
  });

  it('should reject invalid faults set from code', () => {
    const sim = thingSim();
    expect(() => sim.setFaults({ timeoutRate: -1 })).toThrow();
  });
});
