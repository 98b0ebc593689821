// Reconciliation: a delivered dossier the portal reports with another status is synced again from
// its canonical record (the exchange the projection points at) with the current status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import type { Pool } from '../db/pool.ts';
import type { AcceptInput, Acceptor } from '../delivery/accept.ts';
import { createLogger } from '../telemetry/logger.ts';
import { reconcile } from './reconcile.ts';

let db: TestDatabase & { pool: Pool };
beforeAll(async () => {
  db = await createMigratedDatabase('reconcile');
});
afterAll(() => db.drop());

const RECORD = '00000000-0000-7000-8000-0000000000b1';
const EVENT = '00000000-0000-7000-8000-0000000000b2';

async function deliveredDossier(code: string, record: string, event: string) {
  for (const [id, kind, payload] of [
    [record, 'dossier', { code, status: '2', applicant: { name: 'x' } }],
    [event, 'progress', { dossierCode: code, status: '4' }],
  ] as const) {
    await db.pool.query(
      `insert into lienthong.exchange (id, source, kind, dossier_code, request_hash, natural_key, payload)
       values ($1::uuid, 'one-stop', $2, $3, 'h', $1::text, $4)`,
      [id, kind, code, JSON.stringify(payload)],
    );
    await db.pool.query(
      `insert into lienthong.delivery (id, exchange_id, target, dossier_code, state)
       values ($1, $1, 'national-portal', $2, 'delivered')`,
      [id, code],
    );
  }
  await db.pool.query(
    `insert into lienthong.dossier (code, status, record_exchange_id, last_exchange_id)
     values ($1, '4', $2, $3)`,
    [code, record, event],
  );
}

describe('reconcile', () => {
  it('should re-sync a drifted dossier from its record with the current status', async () => {
    await deliveredDossier('D-1', RECORD, EVENT);
    const accepted: AcceptInput[] = [];
    const acceptor: Acceptor = {
      accept: async (input) => {
        accepted.push(input);
        return { status: 'accepted', exchangeId: 'x', deliveries: [] };
      },
      drain: async () => undefined,
    };
    const result = await reconcile({
      pool: db.pool,
      acceptor,
      target: 'national-portal',
      source: { lookupDossier: async () => ({ found: true, status: '2' }) },
      logger: createLogger({ level: 'silent', format: 'json' }),
      hours: 24,
    });
    expect(result).toEqual({ checked: 1, drifted: 1, failed: 0 });
    expect(accepted.map((a) => [a.dossierCode, a.payload])).toEqual([
      ['D-1', { code: 'D-1', status: '4', applicant: { name: 'x' } }],
    ]);
  });

  it('should leave a dossier the portal agrees with alone', async () => {
    const accepted: AcceptInput[] = [];
    const result = await reconcile({
      pool: db.pool,
      acceptor: {
        accept: async (input) => {
          accepted.push(input);
          return { status: 'accepted', exchangeId: 'x', deliveries: [] };
        },
        drain: async () => undefined,
      },
      target: 'national-portal',
      source: { lookupDossier: async () => ({ found: true, status: '4' }) },
      logger: createLogger({ level: 'silent', format: 'json' }),
      hours: 24,
    });
    expect(result).toEqual({ checked: 1, drifted: 0, failed: 0 });
    expect(accepted).toEqual([]);
  });
});
