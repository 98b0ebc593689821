// Enterprise lookups through the gateway against the business simulator over real sockets:
// a basis is required, not found is an answer, every lookup is audited with the subject hashed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition, sandbox } from '../../connectors/business/index.ts';
import type { RunningSimulator } from '../../connectors/kit/simulator/index.ts';
import type { Pool } from '../../ops/db/pool.ts';
import { createLookups } from '../../ops/lookups/service.ts';
import { type PgBoss, startBoss } from '../../ops/queue/boss.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { buildTestApp, memberKey, type TestApp } from '../helpers/app.ts';
import { createMigratedDatabase, type TestDatabase } from '../helpers/database.ts';

const logger = createLogger({ level: 'silent', format: 'json' });
let db: TestDatabase & { pool: Pool };
let boss: PgBoss;
let simulator: RunningSimulator;
let business: ReturnType<typeof definition.create>;
let t: TestApp;
let key = '';

beforeAll(async () => {
  db = await createMigratedDatabase('lookups');
  boss = await startBoss(db.url, logger);
  simulator = await sandbox.startSimulator();
  const created = definition.instantiate(sandbox.settings(simulator.url));
  if (!created.ok) throw new Error(JSON.stringify(created.issues));
  business = created.connector;
  t = await buildTestApp({
    pool: db.pool,
    boss,
    routes: [],
    lookups: createLookups({ pool: db.pool, logger, business, secret: 'k'.repeat(32) }),
  });
  key = await memberKey(t.members, 'desk', ['lookup.enterprise']);
});

afterAll(async () => {
  await business.close();
  await simulator.close();
  await boss.stop({ graceful: false });
  await db.drop();
});

const get = (path: string) => t.app.request(path, { headers: { 'x-api-key': key } });

describe('GET /api/v1/lookups/enterprise/{code}', () => {
  it('should find a registered enterprise with zero-padded admin codes', async () => {
    const response = await get(
      '/api/v1/lookups/enterprise/0101234565?dossierCode=000.00.00.H26-250901-0001',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as {
      outcome: string;
      organization: { headOffice?: { province: { code: string } } };
    };
    expect(body.outcome).toBe('found');
    expect(JSON.stringify(body)).toMatch(/"code":"01"/);
  });

  it('should answer not_found as an outcome, not an error', async () => {
    const response = await get(
      '/api/v1/lookups/enterprise/0100109106?purpose=kiểm tra hồ sơ đăng ký',
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ outcome: 'not_found' });
  });

  it('should refuse a lookup without a dossier code or purpose', async () => {
    const response = await get('/api/v1/lookups/enterprise/0101234565');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [expect.objectContaining({ rule: 'lookup.basis_required' })],
    });
  });

  it('should answer 503 while the database is down, and audit every lookup with the subject hashed', async () => {
    await simulator.setFaults({ down: true });
    const response = await get(
      '/api/v1/lookups/enterprise/0103456789?purpose=kiểm tra hồ sơ đăng ký',
    );
    await simulator.setFaults({ down: false });
    expect(response.status).toBe(503);
    const { rows } = await db.pool.query(
      `select outcome, subject, purpose, dossier_code from lienthong.audit_log where action = 'lookup.enterprise' order by id`,
    );
    expect(rows.map((r) => r.outcome)).toEqual(['found', 'not_found', 'unavailable']);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.subject))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('0101234565');
    expect(rows[0].dossier_code).toBe('000.00.00.H26-250901-0001');
  });
});
