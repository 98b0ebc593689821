// A console with live data for HTTP-level tests: the harness, seeded dossiers, operators, helpers.
import { expect } from 'vitest';
import { ConsoleClient } from './client.ts';
import { type ConsoleHarness, rejectDossier, startConsoleHarness } from './harness.ts';
import {
  type Account,
  dossierCodes,
  type SeededDossiers,
  seedCatalogue,
  seedDossiers,
  seedOperators,
  settled,
} from './seed.ts';

export interface SeededConsole {
  h: ConsoleHarness;
  seeded: SeededDossiers;
  accounts: Awaited<ReturnType<typeof seedOperators>>;
  /** Targets "check now" was run for. */
  checks: string[];
  signedIn(account: Account, origin?: string): Promise<ConsoleClient>;
  audit(action: string): Promise<Array<Record<string, unknown>>>;
  /** The id of a dossier's first (dossier-kind) exchange. */
  exchangeOf(code: string): Promise<string>;
}

/** Seeds dossiers (one rejected for good by the portal), the catalogue and three operators. */
export async function startSeededConsole(): Promise<SeededConsole> {
  const checks: string[] = [];
  const h = await startConsoleHarness({
    checkConnector: async (id) => {
      checks.push(id);
      return { ok: true, latencyMs: 12.4, detail: 'session ok' };
    },
  });
  const codes = dossierCodes();
  rejectDossier(h.portal, codes.rejected);
  const accounts = await seedOperators(h.db.pool);
  const seeded = await seedDossiers(h.baseUrl, h.apiKey, codes);
  await seedCatalogue(h.db.pool);
  await settled(h.db.pool, 1);
  return {
    h,
    seeded,
    accounts,
    checks,
    async signedIn(account, origin) {
      const client = new ConsoleClient(h.app, origin);
      const response = await client.login(account.username, account.password);
      expect(response.status).toBe(303);
      return client;
    },
    async audit(action) {
      const { rows } = await h.db.pool.query(
        'select actor_id, outcome, dossier_code from lienthong.audit_log where action = $1 order by id',
        [action],
      );
      return rows;
    },
    async exchangeOf(code) {
      const { rows } = await h.db.pool.query(
        "select id from lienthong.exchange where dossier_code = $1 and kind = 'dossier'",
        [code],
      );
      return rows[0].id;
    },
  };
}
