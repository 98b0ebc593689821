// The delivery engine on a real PostgreSQL: durable accept, exactly-once effect, per-dossier order,
// dead letters that park their dossier, replay, and the circuit breaker during an outage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pool } from '../../ops/db/pool.ts';
import { exchangesByDossier } from '../../ops/db/queries/exchanges.ts';
import { type Acceptor, createAcceptor } from '../../ops/delivery/accept.ts';
import { type DeliveryEngine, ensureQueues, startDelivery } from '../../ops/delivery/engine.ts';
import { createOperatorActions } from '../../ops/delivery/operator.ts';
import { defaultPolicy } from '../../ops/delivery/policy.ts';
import { type PgBoss, startBoss } from '../../ops/queue/boss.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { createMigratedDatabase, type TestDatabase } from '../helpers/database.ts';
import { acceptInput, classified, Ledger, seeded, waitFor } from '../helpers/delivery.ts';

const logger = createLogger({ level: 'silent', format: 'json' });
const policy = defaultPolicy({
  baseDelayMs: 5,
  maxDelayMs: 40,
  idlePollMs: 20,
  maxAttempts: 30,
  breaker: { failureThreshold: 5, openMs: 300, maxOpenMs: 600, minimumCalls: 1000 },
});

let db: TestDatabase & { pool: Pool };
let boss: PgBoss;
let acceptor: Acceptor;
const engines: DeliveryEngine[] = [];

beforeAll(async () => {
  db = await createMigratedDatabase('delivery');
  boss = await startBoss(db.url, logger);
  acceptor = createAcceptor({ pool: db.pool, boss });
  const targets = ['acc', 'flaky', 'strict', 'skipper', 'outage', 'paused', 'burst'];
  await ensureQueues(
    boss,
    targets.map((id) => ({ id, policy })),
  );
});

afterAll(async () => {
  for (const engine of engines) await engine.stop();
  await boss.stop({ graceful: false });
  await db.drop();
});

async function start(target: string, ledger: Ledger, random = seeded(7)) {
  const engine = await startDelivery({
    pool: db.pool,
    boss,
    logger,
    targets: [{ id: target, port: ledger, policy }],
    random,
  });
  engines.push(engine);
  return engine;
}

describe('accept', () => {
  it('should commit concurrent requests together and return duplicates and conflicts without new jobs', async () => {
    const inputs = Array.from({ length: 30 }, (_, i) =>
      acceptInput({ dossierCode: `D-${i}`, targets: ['acc'] }),
    );
    const outcomes = await Promise.all(inputs.map((i) => acceptor.accept(i)));
    expect(outcomes.every((o) => o.status === 'accepted')).toBe(true);
    const again = await acceptor.accept(inputs[3]!);
    expect(again).toMatchObject({ status: 'duplicate', exchangeId: outcomes[3]!.exchangeId });
    const keyed = acceptInput({ dossierCode: 'K-1', targets: ['acc'], idempotencyKey: 'key-1' });
    const first = await acceptor.accept(keyed);
    const sameKeyOtherBody = acceptInput({
      dossierCode: 'K-1',
      seq: 9,
      targets: ['acc'],
      idempotencyKey: 'key-1',
    });
    expect(await acceptor.accept(sameKeyOtherBody)).toEqual({
      status: 'idempotency_conflict',
      exchangeId: first.exchangeId,
    });
    const { rows } = await db.pool.query(
      "select count(*)::int as n from pgboss.job where name = 'deliver.acc'",
    );
    expect(rows[0].n).toBe(31);
  });

  it('should treat a repeat within the same batch as a duplicate of the first', async () => {
    const input = acceptInput({ dossierCode: 'SAME', targets: ['acc'] });
    const [a, b] = await Promise.all([acceptor.accept(input), acceptor.accept(input)]);
    expect(a.status).toBe('accepted');
    expect(b).toMatchObject({ status: 'duplicate', exchangeId: a.exchangeId });
  });
});

describe('delivery', () => {
  it('should apply every event exactly once and in order per dossier despite 20% transient failures', async () => {
    const ledger = new Ledger();
    const random = seeded(42);
    ledger.fault = () => (random() < 0.2 ? classified('transient', 'test.flaky') : undefined);
    const dossiers = 40;
    const events = 5;
    for (let seq = 0; seq < events; seq++) {
      await Promise.all(
        Array.from({ length: dossiers }, (_, d) =>
          acceptor.accept(acceptInput({ dossierCode: `F-${d}`, seq, targets: ['flaky'] })),
        ),
      );
    }
    await start('flaky', ledger);
    await waitFor(() => ledger.total() === dossiers * events, 60_000);
    for (let d = 0; d < dossiers; d++)
      expect(ledger.applied.get(`F-${d}`)).toEqual([0, 1, 2, 3, 4]);
    const { rows } = await db.pool.query(
      "select state, count(*)::int as n from lienthong.delivery where target = 'flaky' group by state",
    );
    expect(rows).toEqual([{ state: 'delivered', n: dossiers * events }]);
    const retried = await db.pool.query(
      "select count(*)::int as n from lienthong.delivery_attempt a join lienthong.delivery d on d.id = a.delivery_id where d.target = 'flaky' and a.outcome = 'retry'",
    );
    expect(retried.rows[0].n).toBeGreaterThan(0);
  });

  it('should keep the order of events of one dossier sent without waiting for each 202', async () => {
    const ledger = new Ledger();
    // All submitted in one tick: they share group commits, where created_on ties are broken by id.
    await Promise.all(
      Array.from({ length: 40 }, (_, d) =>
        [0, 1, 2].map((seq) =>
          acceptor.accept(acceptInput({ dossierCode: `C-${d}`, seq, targets: ['burst'] })),
        ),
      ).flat(),
    );
    await start('burst', ledger);
    await waitFor(() => ledger.total() === 120, 30_000);
    for (let d = 0; d < 40; d++) expect(ledger.applied.get(`C-${d}`)).toEqual([0, 1, 2]);
  });

  it('should dead-letter a permanent failure, park its dossier, let others flow, and replay in order', async () => {
    const ledger = new Ledger();
    ledger.fault = (d) =>
      (d.payload as { dossierCode: string; seq: number }).dossierCode === 'P-0' &&
      (d.payload as { seq: number }).seq === 1
        ? classified('permanent', 'test.rejected')
        : undefined;
    for (let seq = 0; seq < 4; seq++) {
      for (const code of ['P-0', 'P-1'])
        await acceptor.accept(acceptInput({ dossierCode: code, seq, targets: ['strict'] }));
    }
    await start('strict', ledger);
    await waitFor(() => (ledger.applied.get('P-1')?.length ?? 0) === 4);
    await waitFor(async () => {
      const { rows } = await db.pool.query(
        "select count(*)::int as n from lienthong.delivery where target = 'strict' and state = 'dead'",
      );
      return rows[0].n === 1;
    });
    expect(ledger.applied.get('P-0')).toEqual([0]);
    const operator = createOperatorActions(db.pool, () => policy);
    const dead = (await operator.listDeadLetters({ target: 'strict' })) as Array<{
      id: string;
      reason: string;
      parked: number;
      attempts: number;
    }>;
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ reason: 'test.rejected', parked: 2, attempts: 1 });
    const journey = await db.pool.query(exchangesByDossier('P-0'));
    expect(
      journey.rows.map((r: { deliveries: Array<{ status: string }> }) => r.deliveries[0]!.status),
    ).toEqual(['delivered', 'failed', 'parked', 'parked']);
    ledger.fault = () => undefined;
    const replayed = await operator.replay([dead[0]!.id], { by: 'op-1', mode: 'remap' });
    expect(replayed.done).toEqual([dead[0]!.id]);
    await waitFor(() => (ledger.applied.get('P-0')?.length ?? 0) === 4);
    expect(ledger.applied.get('P-0')).toEqual([0, 1, 2, 3]);
    const audit = await db.pool.query(
      "select action, actor_id from lienthong.audit_log where action = 'delivery.replay'",
    );
    expect(audit.rows).toEqual([{ action: 'delivery.replay', actor_id: 'op-1' }]);
  });

  it('should skip a dead letter on request and release the dossier behind it', async () => {
    const ledger = new Ledger();
    ledger.fault = (d) =>
      (d.payload as { seq: number }).seq === 0
        ? classified('permanent', 'test.bad_head')
        : undefined;
    for (let seq = 0; seq < 3; seq++)
      await acceptor.accept(acceptInput({ dossierCode: 'S-0', seq, targets: ['skipper'] }));
    await start('skipper', ledger);
    const operator = createOperatorActions(db.pool, () => policy);
    let dead: Array<{ id: string }> = [];
    await waitFor(async () => {
      dead = (await operator.listDeadLetters({ target: 'skipper' })) as Array<{ id: string }>;
      return dead.length === 1;
    });
    const result = await operator.skip([dead[0]!.id, '00000000-0000-0000-0000-000000000000'], {
      by: 'op-2',
      reason: 'duplicate at source',
    });
    expect(result.done).toEqual([dead[0]!.id]);
    expect(result.skipped).toEqual([
      { id: '00000000-0000-0000-0000-000000000000', why: 'unknown delivery' },
    ]);
    await waitFor(() => (ledger.applied.get('S-0')?.length ?? 0) === 2);
    expect(ledger.applied.get('S-0')).toEqual([1, 2]);
  });

  it('should open the circuit during an outage, bound the attempts, and drain afterwards', async () => {
    const ledger = new Ledger();
    let down = true;
    ledger.fault = () => (down ? classified('transient', 'test.connection_refused') : undefined);
    for (let d = 0; d < 30; d++)
      await acceptor.accept(acceptInput({ dossierCode: `O-${d}`, seq: 0, targets: ['outage'] }));
    const engine = await start('outage', ledger);
    await waitFor(() => engine.workers.get('outage')!.breaker.state() !== 'closed');
    await new Promise((r) => setTimeout(r, 1500));
    const callsDuringOutage = ledger.calls;
    // Calls already in flight when it opens (at most callConcurrency per lane), then one probe per
    // open period (300 ms doubling to 600 ms): at most 4 probes in ~1.5 s. Without the breaker, the
    // 30 deliveries would each be retried every 5–40 ms: hundreds of calls.
    expect(callsDuringOutage).toBeLessThanOrEqual(policy.callConcurrency * policy.concurrency + 4);
    down = false;
    await waitFor(() => ledger.total() === 30, 20_000);
    // The exchange log is settled just after the target answered.
    await waitFor(async () => {
      const { rows } = await db.pool.query(
        "select count(*)::int as n from lienthong.delivery where target = 'outage' and state = 'delivered'",
      );
      return rows[0].n === 30;
    }, 20_000);
    expect(ledger.total()).toBe(30);
  });

  it('should hold a paused target without spending attempts and deliver after resume', async () => {
    const ledger = new Ledger();
    const operator = createOperatorActions(db.pool, () => policy);
    await operator.pause('paused', { by: 'op-3', reason: 'portal maintenance' });
    await acceptor.accept(acceptInput({ dossierCode: 'Z-0', targets: ['paused'] }));
    const engine = await start('paused', ledger);
    await new Promise((r) => setTimeout(r, 500));
    expect(ledger.calls).toBe(0);
    await operator.resume('paused', { by: 'op-3' });
    await engine.refreshHolds();
    await waitFor(() => ledger.total() === 1, 20_000);
    let rows: Array<{ attempts: number; state: string }> = [];
    await waitFor(async () => {
      ({ rows } = await db.pool.query(
        "select attempts, state from lienthong.delivery where target = 'paused'",
      ));
      return rows[0]?.state === 'delivered';
    }, 20_000);
    // Held while paused: the one attempt is the delivery after resume.
    expect(rows[0]!.attempts).toBe(1);
  });
});
