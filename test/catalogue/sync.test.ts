// Catalogue sync against the portal simulator over real sockets: coverage, change detection, push.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../connectors/kit/simulator/index.ts';
import {
  definition,
  SIMULATED_CATALOGUE,
  sandbox,
} from '../../connectors/national-portal/index.ts';
import type { Procedure } from '../../contracts/canonical/procedure.ts';
import { syncCatalogue } from '../../ops/catalogue/sync.ts';
import type { Pool } from '../../ops/db/pool.ts';
import { catalogueCoverage } from '../../ops/db/queries/catalogue.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { createMigratedDatabase, type TestDatabase } from '../helpers/database.ts';

const logger = createLogger({ level: 'silent', format: 'json' });
let db: TestDatabase & { pool: Pool };
let simulator: RunningSimulator;
let portal: ReturnType<typeof definition.create>;

beforeAll(async () => {
  db = await createMigratedDatabase('catalogue');
  simulator = await sandbox.startSimulator();
  const created = definition.instantiate(sandbox.settings(simulator.url));
  if (!created.ok) throw new Error(JSON.stringify(created.issues));
  portal = created.connector;
});

afterAll(async () => {
  await portal.close();
  await simulator.close();
  await db.drop();
});

describe('syncCatalogue', () => {
  it('should load the national catalogue, report coverage, and push only what changed', async () => {
    const pushed: Procedure[][] = [];
    const push = async (procedures: Procedure[]) => {
      pushed.push(procedures);
      return procedures.length;
    };
    const first = await syncCatalogue({ pool: db.pool, source: portal.operations, push, logger });
    const catalogue = [...SIMULATED_CATALOGUE.values()];
    const published = catalogue.filter((p) => p.TRANGTHAI === 1).length;
    expect(first).toMatchObject({
      total: catalogue.length,
      integrated: published,
      added: catalogue.length,
      changed: 0,
      failedDetails: 0,
    });
    expect(pushed[0]).toHaveLength(catalogue.length);

    const second = await syncCatalogue({ pool: db.pool, source: portal.operations, push, logger });
    expect(second).toMatchObject({ added: 0, changed: 0, removed: 0, pushed: 0 });

    const { rows } = await db.pool.query(catalogueCoverage());
    expect(catalogue.length).toBeGreaterThan(published);
    expect(rows[0]).toMatchObject({ total: catalogue.length, integrated: published });
    expect(rows[0].last_run).toMatchObject({ outcome: 'ok', added: 0 });
  });
});
