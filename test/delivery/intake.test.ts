// Intake routing on a real database: portal integration from the catalogue, events that follow
// their dossier, and duplicates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pool } from '../../ops/db/pool.ts';
import { type Acceptor, createAcceptor } from '../../ops/delivery/accept.ts';
import { ensureQueues } from '../../ops/delivery/engine.ts';
import { createIntake, type Intake } from '../../ops/delivery/intake.ts';
import { defaultPolicy } from '../../ops/delivery/policy.ts';
import type { Route } from '../../ops/delivery/routing.ts';
import { type PgBoss, startBoss } from '../../ops/queue/boss.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { createMigratedDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase & { pool: Pool };
let boss: PgBoss;
let acceptor: Acceptor;
let intake: Intake;

const routes: Route[] = [
  { kind: 'dossier', from: 'one-stop', to: ['portal'], whenPortalIntegrated: true },
  {
    kind: 'progress',
    from: 'one-stop',
    to: ['portal'],
    whenPortalIntegrated: true,
    followsDossier: true,
  },
  { kind: 'progress', from: 'one-stop', to: ['archive'] },
];

beforeAll(async () => {
  db = await createMigratedDatabase('intake');
  boss = await startBoss(db.url, createLogger({ level: 'silent', format: 'json' }));
  await ensureQueues(
    boss,
    ['portal', 'archive'].map((id) => ({ id, policy: defaultPolicy() })),
  );
  acceptor = createAcceptor({ pool: db.pool, boss });
  intake = createIntake({ pool: db.pool, acceptor, routes });
});

afterAll(async () => {
  await boss.stop({ graceful: false });
  await db.drop();
});

function message(
  kind: 'dossier' | 'progress',
  dossierCode: string,
  procedureCode?: string,
  seq = 0,
) {
  return {
    source: 'one-stop',
    kind,
    dossierCode,
    payload: { dossierCode, seq, kind },
    procedureCode,
    idempotencyKey: null,
    requestHash: `${kind}-${dossierCode}-${seq}`,
    traceId: null,
    ...(kind === 'dossier'
      ? {
          dossier: {
            code: dossierCode,
            procedure_code: procedureCode ?? null,
            status: 'received',
            channel: 'online',
            received_at: null,
            due_at: null,
            finished_at: null,
            returned_at: null,
            admin_level: null,
            admin_unit: null,
            has_digitized_components: null,
            result_digitized: null,
            sector_code: null,
            canonical: {},
          },
        }
      : {}),
  };
}

describe('createIntake', () => {
  it('should route by portal integration and send events only where their dossier went', async () => {
    await db.pool.query(
      `insert into lienthong.procedure (code, name, portal_integrated, canonical, content_hash) values
       ('1.000001', 'Integrated', true, '{}', 'a'), ('1.000002', 'Local only', false, '{}', 'b')`,
    );
    const integrated = await intake.submit(message('dossier', 'D-INT', '1.000001'));
    const local = await intake.submit(message('dossier', 'D-LOC', '1.000002'));
    expect(integrated.targets).toEqual(['portal']);
    expect(local.targets).toEqual([]);
    // Events carry no procedure: they find it through their dossier, and follow it.
    expect((await intake.submit(message('progress', 'D-INT', undefined, 1))).targets).toEqual([
      'portal',
      'archive',
    ]);
    expect((await intake.submit(message('progress', 'D-LOC', undefined, 1))).targets).toEqual([
      'archive',
    ]);
  });

  it('should not send to the portal the events of a dossier it never received, even once integrated', async () => {
    await intake.submit(message('dossier', 'D-LATE', '1.000002'));
    await db.pool.query(
      `update lienthong.procedure set portal_integrated = true where code = '1.000002'`,
    );
    const fresh = createIntake({ pool: db.pool, acceptor, routes });
    expect((await fresh.submit(message('progress', 'D-LATE', undefined, 1))).targets).toEqual([
      'archive',
    ]);
  });

  it('should answer a repeated message as a duplicate of the first', async () => {
    const first = await intake.submit(message('progress', 'D-INT', undefined, 7));
    const again = await intake.submit(message('progress', 'D-INT', undefined, 7));
    expect(again).toMatchObject({ status: 'duplicate', exchangeId: first.exchangeId });
  });
});
