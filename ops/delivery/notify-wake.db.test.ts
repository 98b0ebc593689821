// Idle delivery lanes wake on pg-boss's NOTIFY: with a poll interval twice the wait below, a
// delivery that arrives at all arrived through the notification.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { acceptInput, Ledger, waitFor } from '../../test/helpers/delivery.ts';
import type { Pool } from '../db/pool.ts';
import { type PgBoss, startBoss } from '../queue/boss.ts';
import { createLogger } from '../telemetry/logger.ts';
import { createAcceptor } from './accept.ts';
import { type DeliveryEngine, startDelivery } from './engine.ts';
import { defaultPolicy } from './policy.ts';

const logger = createLogger({ level: 'silent', format: 'json' });
// One poll at start, then the next only after 10 s (the most the policy allows): each delivery
// below must come sooner, or the test fails.
const policy = defaultPolicy({ idlePollMs: 10_000 });

let db: TestDatabase & { pool: Pool };
let boss: PgBoss;
let engine: DeliveryEngine;
const ledger = new Ledger();

beforeAll(async () => {
  db = await createMigratedDatabase('notify_wake');
  boss = await startBoss(db.url, logger);
  engine = await startDelivery({
    pool: db.pool,
    boss,
    logger,
    targets: [{ id: 'woken', port: ledger, policy }],
  });
});

afterAll(async () => {
  await engine.stop();
  await boss.stop({ graceful: false });
  await db.drop();
});

describe('delivery lanes and NOTIFY', () => {
  it('should deliver jobs accepted while every lane sleeps, without waiting for the next poll', async () => {
    const acceptor = createAcceptor({ pool: db.pool, boss });
    // Let both lanes make their first (empty) fetch and go to sleep, and the LISTEN be in place.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await engine.listening;
    for (let round = 0; round < 3; round++) {
      await acceptor.accept(acceptInput({ dossierCode: `W-${round}`, targets: ['woken'] }));
      await waitFor(() => ledger.total() === round + 1, 5_000);
    }
    expect([...ledger.applied.keys()]).toEqual(['W-0', 'W-1', 'W-2']);
  });
});
