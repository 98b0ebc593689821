// Every API route × {no credentials, bad key, revoked key, expired token, member without the right,
// member with the right} answers 401, 401, 401, 401, 403, 2xx; a denial is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleDossier, exampleDossierEvent } from '../../contracts/canonical/examples.ts';
import {
  oneStopHoSoExample,
  oneStopKetQuaPushExample,
  oneStopQuaTrinhXuLyExample,
} from '../../contracts/wire/one-stop/examples.ts';
import type { Pool } from '../../ops/db/pool.ts';
import { createMemberService } from '../../ops/members/service.ts';
import { type PgBoss, startBoss } from '../../ops/queue/boss.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { buildTestApp, memberKey, TEST_SECRET, type TestApp } from '../helpers/app.ts';
import { createMigratedDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase & { pool: Pool };
let boss: PgBoss;
let t: TestApp;
const keys: Record<string, string> = {};
let expiredToken = '';
let exchangeId = '';

interface RouteCase {
  name: string;
  method: 'GET' | 'POST';
  path: () => string;
  right: string;
  body?: () => unknown;
  expect: number;
}

const code = exampleDossier.code;
const routes: RouteCase[] = [
  {
    name: 'submit dossier',
    method: 'POST',
    path: () => '/api/v1/dossiers',
    right: 'dossier.submit',
    body: () => exampleDossier,
    expect: 202,
  },
  {
    name: 'submit event',
    method: 'POST',
    path: () => `/api/v1/dossiers/${code}/events`,
    right: 'progress.submit',
    body: () => ({ ...exampleDossierEvent, dossierCode: code }),
    expect: 202,
  },
  {
    name: 'submit result',
    method: 'POST',
    path: () => `/api/v1/dossiers/${code}/results`,
    right: 'result.submit',
    body: () => ({ status: 'returned', results: [] }),
    expect: 202,
  },
  {
    name: 'dossier journey',
    method: 'GET',
    path: () => `/api/v1/dossiers/${code}/exchanges`,
    right: 'exchange.read',
    expect: 200,
  },
  {
    name: 'exchange',
    method: 'GET',
    path: () => `/api/v1/exchanges/${exchangeId}`,
    right: 'exchange.read',
    expect: 200,
  },
  {
    name: 'exchange search',
    method: 'GET',
    path: () => `/api/v1/exchanges?dossierCode=${code}`,
    right: 'exchange.read',
    expect: 200,
  },
  {
    name: 'exchange timeline',
    method: 'GET',
    path: () => `/api/v1/exchanges/${exchangeId}/timeline`,
    right: 'exchange.read',
    expect: 200,
  },
  {
    name: 'one-stop dossier',
    method: 'POST',
    path: () => '/api/v1/one-stop/dossiers',
    right: 'dossier.submit',
    body: () => oneStopHoSoExample,
    expect: 202,
  },
  {
    name: 'one-stop event',
    method: 'POST',
    path: () => '/api/v1/one-stop/events',
    right: 'progress.submit',
    body: () => oneStopQuaTrinhXuLyExample,
    expect: 202,
  },
  {
    name: 'one-stop result',
    method: 'POST',
    path: () => '/api/v1/one-stop/results',
    right: 'result.submit',
    body: () => oneStopKetQuaPushExample,
    expect: 202,
  },
  {
    name: 'dead letters',
    method: 'GET',
    path: () => '/api/v1/operations/dead-letters',
    right: 'deadletter.read',
    expect: 200,
  },
  {
    name: 'replay',
    method: 'POST',
    path: () => '/api/v1/operations/dead-letters/replay',
    right: 'deadletter.replay',
    body: () => ({ ids: [crypto.randomUUID()] }),
    expect: 200,
  },
  {
    name: 'skip',
    method: 'POST',
    path: () => '/api/v1/operations/dead-letters/skip',
    right: 'deadletter.replay',
    body: () => ({ ids: [crypto.randomUUID()], reason: 'test skip' }),
    expect: 200,
  },
  {
    name: 'pause',
    method: 'POST',
    path: () => '/api/v1/operations/targets/national-portal/pause',
    right: 'target.pause',
    body: () => ({ reason: 'maintenance' }),
    expect: 204,
  },
  {
    name: 'resume',
    method: 'POST',
    path: () => '/api/v1/operations/targets/national-portal/resume',
    right: 'target.pause',
    body: () => ({ reason: 'back' }),
    expect: 204,
  },
];

beforeAll(async () => {
  db = await createMigratedDatabase('authmatrix');
  boss = await startBoss(db.url, createLogger({ level: 'silent', format: 'json' }));
  t = await buildTestApp({
    pool: db.pool,
    boss,
    routes: [{ kind: 'dossier', from: '*', to: ['national-portal'] }],
  });
  const allRights = [...new Set(routes.map((r) => r.right))];
  keys.full = await memberKey(t.members, 'full', allRights);
  keys.none = await memberKey(t.members, 'none', ['lookup.citizen']);
  keys.revoked = await memberKey(t.members, 'revoked', allRights);
  await t.members.revoke('revoked');
  const client = await t.members.createClient('full');
  if (!client.ok) throw new Error(client.code);
  const past = createMemberService({
    pool: db.pool,
    tokenSecret: TEST_SECRET,
    now: () => new Date(Date.now() - 3_600_000),
  });
  const issued = await past.issueToken(client.clientId, client.clientSecret);
  if (!issued.ok) throw new Error(issued.error);
  expiredToken = issued.accessToken;
  const first = await call(routes[0]!, { 'x-api-key': keys.full! });
  exchangeId = ((await first.json()) as { exchangeId: string }).exchangeId;
});

afterAll(async () => {
  await boss.stop({ graceful: false });
  await db.drop();
});

function call(route: RouteCase, headers: Record<string, string>) {
  const init: RequestInit = { method: route.method, headers: { ...headers } };
  if (route.body) {
    init.body = JSON.stringify(route.body());
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  return t.app.request(route.path(), init);
}

describe('the auth matrix', () => {
  for (const route of routes) {
    it(`should answer ${route.name} with 401, 401, 401, 401, 403, ${route.expect}`, async () => {
      const statuses = [
        (await call(route, {})).status,
        (await call(route, { 'x-api-key': 'lt_00000000_notarealkeynotarealkeynotarealkeynotarea' }))
          .status,
        (await call(route, { 'x-api-key': keys.revoked! })).status,
        (await call(route, { authorization: `Bearer ${expiredToken}` })).status,
        (await call(route, { 'x-api-key': keys.none! })).status,
      ];
      const allowed = await call(route, { 'x-api-key': keys.full! });
      const text = await allowed.text();
      expect([...statuses, allowed.status], text).toEqual([401, 401, 401, 401, 403, route.expect]);
    });
  }

  it('should audit every denial with the member, right and path', async () => {
    const { rows } = await db.pool.query(
      "select count(*)::int as n, count(distinct detail->>'right')::int as rights from lienthong.audit_log where action = 'access.denied' and actor_id = 'none'",
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(routes.length);
    expect(rows[0].rights).toBe(new Set(routes.map((r) => r.right)).size);
  });
});
