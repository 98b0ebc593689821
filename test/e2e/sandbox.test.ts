// `npm start` as a newcomer runs it: the sandbox's simulators and the one-stop traffic, end to end
// over real sockets — dossiers reach the portal simulator within the first minute, with no setup.
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, spawnCli, waitForStatus } from '../helpers/cli.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { waitFor } from '../helpers/delivery.ts';
import { freePort } from '../helpers/free-port.ts';

let db: TestDatabase | undefined;
afterAll(async () => {
  await db?.drop();
});

describe('the sandbox', () => {
  it('should move dossiers from the one-stop simulator through the gateway to the portal simulator', async () => {
    db = await createTestDatabase('sandbox');
    const port = await freePort();
    const cli = spawnCli(['start'], {
      DATABASE_URL: db.url,
      PORT: String(port),
      LIENTHONG_CONFIG: join(ROOT, 'test/fixtures/sandbox-fast.config.ts'),
    });
    try {
      expect(await waitForStatus(`http://127.0.0.1:${port}/readyz`)).toBe(200);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        let rows: Array<{ kind: string; target: string; state: string; n: number }> = [];
        await waitFor(
          async () => {
            ({ rows } = await client.query(
              `select e.kind, d.target, d.state, count(*)::int as n from lienthong.delivery d
             join lienthong.exchange e on e.id = d.exchange_id group by 1, 2, 3`,
            ));
            return rows.some(
              (r) =>
                r.kind === 'dossier' && r.target === 'national-portal' && r.state === 'delivered',
            );
          },
          60_000,
          500,
        );
        const deadOnPortal = rows.filter(
          (r) => r.target === 'national-portal' && r.state === 'dead',
        );
        expect(deadOnPortal, JSON.stringify(rows)).toEqual([]);
        const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
        expect(metrics).toMatch(
          /lienthong_deliveries_total\{[^}]*target="national-portal"[^}]*\} [1-9]/,
        );
      } finally {
        await client.end();
      }
    } finally {
      cli.child.kill('SIGTERM');
      const { code } = await cli.exited;
      expect(code, cli.output().slice(-2000)).toBe(0);
    }
  });
});
