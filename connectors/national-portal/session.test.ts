import { afterEach, describe, expect, it } from 'vitest';
import { type Connector, ConnectorError, type Delivery } from '../kit/index.ts';
import { countOf, type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import type { PortalOperations } from './connector.ts';
import { delivery, fixtureDossier, fixtureEvents } from './fixtures/index.ts';
import { definition, sandbox } from './index.ts';
import { appliedOf, createPortalSimulator, type PortalSimulatorOptions } from './simulator.ts';

const code = fixtureDossier.code;
const dossierDelivery = delivery('dossier', fixtureDossier, '01JZ1000000000000000000001');
const events = fixtureEvents.map((e, i) =>
  delivery('progress', e, `01JZ10000000000000000000${i}2`),
);

let sim: RunningSimulator | undefined;
let connector: Connector<PortalOperations> | undefined;
afterEach(async () => {
  await connector?.close();
  await sim?.close();
  connector = undefined;
  sim = undefined;
});

async function setUp(
  simOptions: PortalSimulatorOptions = {},
  overrides: Record<string, unknown> = {},
  deps: { now?: () => number } = {},
) {
  sim = await startSimulator(createPortalSimulator({ seed: 7, ...simOptions }));
  const result = definition.instantiate({ ...sandbox.settings(sim.url), ...overrides }, deps);
  if (!result.ok) throw new Error(`config rejected: ${JSON.stringify(result.issues)}`);
  connector = result.connector;
  return { sim, connector };
}

const received = (s: RunningSimulator, op: string) => countOf(s.stats(), 'received', op);

describe('national-portal sessions', () => {
  it('should log in once and reuse the session for later calls', async () => {
    const { sim, connector } = await setUp();
    await connector.deliver!(dossierDelivery, {});
    for (const e of events) await connector.deliver!(e as Delivery, {});
    expect(received(sim, 'auth')).toBe(1);
    expect(appliedOf(sim.stats(), code, 'CapNhatTienDoHoSoMC')).toHaveLength(4);
  });

  it('should re-authenticate once and succeed when the admin endpoint expires every session mid-run', async () => {
    const { sim, connector } = await setUp();
    await connector.deliver!(dossierDelivery, {});
    const expired = await fetch(`${sim.url}/__admin/expire-credentials`, { method: 'POST' });
    expect(expired.ok).toBe(true);

    await connector.deliver!(events[0] as Delivery, {});
    const stats = sim.stats();
    expect(received(sim, 'auth')).toBe(2);
    expect(countOf(stats, 'rejected', 'sessionExpired')).toBe(1);
    expect(countOf(stats, 'received', 'CapNhatTienDoHoSoMC')).toBe(2);
    expect(appliedOf(stats, code, 'CapNhatTienDoHoSoMC')).toHaveLength(1);

    await connector.deliver!(events[1] as Delivery, {});
    expect(received(sim, 'auth')).toBe(2);
  });

  it('should re-authenticate when the portal expires a session after its lifetime', async () => {
    let clock = 1_750_000_000_000;
    const { sim, connector } = await setUp(
      { sessionTtlMs: 60_000, now: () => clock },
      { sessionMaxAgeMs: 3_600_000 },
    );
    await connector.deliver!(dossierDelivery, {});
    clock += 61_000;
    await connector.deliver!(events[0] as Delivery, {});
    expect(received(sim, 'auth')).toBe(2);
    expect(countOf(sim.stats(), 'rejected', 'sessionExpired')).toBe(1);
    expect(appliedOf(sim.stats(), code, 'CapNhatTienDoHoSoMC')).toHaveLength(1);
  });

  it('should refresh a session past its configured max age before the portal refuses it', async () => {
    let clock = 1_750_000_000_000;
    const { sim, connector } = await setUp(
      { sessionTtlMs: 3_600_000, now: () => clock },
      { sessionMaxAgeMs: 60_000 },
      { now: () => clock },
    );
    await connector.deliver!(dossierDelivery, {});
    clock += 60_000;
    await connector.deliver!(events[0] as Delivery, {});
    expect(received(sim, 'auth')).toBe(2);
    expect(countOf(sim.stats(), 'rejected', 'sessionExpired')).toBe(0);
  });

  it('should cost exactly one auth attempt per delivery with wrong credentials (5 deliveries → 5 attempts)', async () => {
    const { sim, connector } = await setUp({}, { password: 'not-the-password' });
    for (let i = 0; i < 5; i++) {
      const error = await connector.deliver!(dossierDelivery, {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectorError);
      expect((error as ConnectorError).errorClass).toBe('auth');
      expect((error as ConnectorError).reason).toBe('portal.invalid_credentials');
    }
    expect(received(sim, 'auth')).toBe(5);
    expect(received(sim, 'TraCuuHoSo')).toBe(0);
  });

  it('should share one auth attempt among concurrent deliveries with wrong credentials (5 → 1)', async () => {
    const { sim, connector } = await setUp({}, { username: 'someone-else' });
    const outcomes = await Promise.allSettled(
      events
        .concat(events)
        .slice(0, 5)
        .map((e) => connector.deliver!(e as Delivery, {})),
    );
    for (const o of outcomes) {
      expect(o.status).toBe('rejected');
      if (o.status === 'rejected') expect((o.reason as ConnectorError).errorClass).toBe('auth');
    }
    expect(received(sim, 'auth')).toBe(1);
  });
});
