import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator } from './create-simulator.ts';
import { type RunningSimulator, startSimulator } from './start.ts';

const running: RunningSimulator[] = [];

async function start(): Promise<RunningSimulator> {
  const sim = createSimulator({
    name: 'ping',
    setup(app) {
      app.get('/ping', (c) => c.text('pong'));
    },
  });
  const r = await startSimulator(sim);
  running.push(r);
  return r;
}

/** The error code behind a failed fetch, or 'ok'. */
async function probe(url: string): Promise<string> {
  try {
    const res = await fetch(`${url}/ping`);
    return res.ok ? await res.text() : `status ${res.status}`;
  } catch (error) {
    return String((error as { cause?: { code?: string } }).cause?.code ?? error);
  }
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

describe('startSimulator', () => {
  it('should serve on a random loopback port', async () => {
    const sim = await start();
    expect(sim.port).toBeGreaterThan(0);
    expect(sim.url).toBe(`http://127.0.0.1:${sim.port}`);
    expect(await probe(sim.url)).toBe('pong');
  });

  it('should refuse connections while down and recover on the same port', async () => {
    const sim = await start();
    expect(await probe(sim.url)).toBe('pong');
    await sim.setFaults({ down: true });
    expect(await probe(sim.url)).toBe('ECONNREFUSED');
    await sim.setFaults({ down: false });
    expect(await probe(sim.url)).toBe('pong');
  });

  it('should answer an admin request that takes it down, then come back after downForMs', async () => {
    const sim = await start();
    const res = await fetch(`${sim.url}/__admin/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      // Long enough that a slow, loaded machine still probes while it is down.
      body: JSON.stringify({ down: true, downForMs: 3_000 }),
    });
    expect(await res.json()).toMatchObject({ down: true });
    expect(await probe(sim.url)).toBe('ECONNREFUSED');
    let outcome = '';
    for (let i = 0; i < 200 && outcome !== 'pong'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      outcome = await probe(sim.url);
    }
    expect(outcome).toBe('pong');
  });

  it('should come back up when reset restores faults', async () => {
    const sim = await start();
    await sim.setFaults({ down: true });
    await sim.reset();
    expect(await probe(sim.url)).toBe('pong');
  });

  it('should stop listening when closed', async () => {
    const sim = await start();
    await sim.close();
    running.splice(0);
    expect(await probe(sim.url)).toBe('ECONNREFUSED');
  });
});
