// Every API route × {no credentials, bad key, revoked key, expired token, member without the right,
// member with the right} answers 401, 401, 401, 401, 403, 2xx; the SOAP endpoint, given the same
// credentials in HTTP headers, answers the matching auth faults; a denial is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleDossier, exampleDossierEvent } from '../../contracts/canonical/examples.ts';
import {
  exchangeCapNhatKetQuaExample,
  exchangeCapNhatTrangThaiExample,
} from '../../contracts/wire/gateway-soap/examples.ts';
import {
  oneStopHoSoExample,
  oneStopKetQuaPushExample,
  oneStopQuaTrinhXuLyExample,
} from '../../contracts/wire/one-stop/examples.ts';
import type { Pool } from '../../ops/db/pool.ts';
import type { Lookups } from '../../ops/lookups/service.ts';
import { createMemberService } from '../../ops/members/service.ts';
import { type PgBoss, startBoss } from '../../ops/queue/boss.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { buildTestApp, memberKey, TEST_SECRET, type TestApp } from '../helpers/app.ts';
import { createMigratedDatabase, type TestDatabase } from '../helpers/database.ts';
import { buildSoapTestApp, envelope, SOAP_PATH, type SoapTestApp } from '../soap/soap-app.ts';

let db: TestDatabase & { pool: Pool };
let boss: PgBoss;
let t: TestApp;
let soap: SoapTestApp;
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
  {
    name: 'citizen lookup',
    method: 'POST',
    path: () => '/api/v1/lookups/citizen',
    right: 'lookup.citizen',
    body: () => ({
      idNumber: '001090012345',
      fullName: 'Nguyễn Văn An',
      birthDate: '1990-01-01',
      dossierCode: code,
    }),
    expect: 200,
  },
  {
    name: 'enterprise lookup',
    method: 'GET',
    path: () => '/api/v1/lookups/enterprise/0101234565?purpose=kiểm tra hồ sơ đăng ký',
    right: 'lookup.enterprise',
    expect: 200,
  },
];

/** The auth matrix is about who gets through: the lookups behind it answer at once. */
const stubLookups: Lookups = {
  citizen: async () => ({ outcome: 'not_found' }),
  enterprise: async () => ({ outcome: 'not_found' }),
};

beforeAll(async () => {
  db = await createMigratedDatabase('authmatrix');
  boss = await startBoss(db.url, createLogger({ level: 'silent', format: 'json' }));
  t = await buildTestApp({
    pool: db.pool,
    boss,
    routes: [{ kind: 'dossier', from: '*', to: ['national-portal'] }],
    lookups: stubLookups,
  });
  soap = await buildSoapTestApp({ pool: db.pool, boss, routes: [] });
  const allRights = [...new Set(routes.map((r) => r.right))];
  keys.full = await memberKey(t.members, 'full', allRights);
  keys.none = await memberKey(t.members, 'none', ['catalogue.sync']);
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

/** A flat request element in the exchange namespace; arrays repeat their element. */
function soapBody(operation: string, args: Record<string, unknown>): string {
  const element = (name: string, value: unknown): string => {
    if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
    if (value && typeof value === 'object')
      return `<e:${name}>${Object.entries(value)
        .map(([k, v]) => element(k, v))
        .join('')}</e:${name}>`;
    return `<e:${name}>${String(value)}</e:${name}>`;
  };
  return envelope(element(operation, args));
}

const soapCases = [
  {
    operation: 'CapNhatTrangThai',
    right: 'progress.submit',
    xml: soapBody('CapNhatTrangThai', { ...exchangeCapNhatTrangThaiExample }),
  },
  {
    operation: 'CapNhatKetQua',
    right: 'result.submit',
    xml: soapBody('CapNhatKetQua', { ...exchangeCapNhatKetQuaExample }),
  },
];

async function soapCall(xml: string, headers: Record<string, string>) {
  const response = await soap.app.request(SOAP_PATH, {
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=utf-8', ...headers },
    body: xml,
  });
  const text = await response.text();
  return { status: response.status, code: /<lt:Code>([^<]*)<\/lt:Code>/.exec(text)?.[1], text };
}

describe('the auth matrix on the SOAP endpoint (credentials in HTTP headers)', () => {
  for (const { operation, right, xml } of soapCases) {
    it(`should answer ${operation} with missing, invalid ×3, forbidden faults, then accept`, async () => {
      const answers = [
        await soapCall(xml, {}),
        await soapCall(xml, {
          'x-api-key': 'lt_00000000_notarealkeynotarealkeynotarealkeynotarea',
        }),
        await soapCall(xml, { 'x-api-key': keys.revoked! }),
        await soapCall(xml, { authorization: `Bearer ${expiredToken}` }),
        await soapCall(xml, { 'x-api-key': keys.none! }),
      ];
      // SOAP 1.1 faults travel as HTTP 500 (WS-I BP R1126); the code tells them apart.
      expect(answers.map((a) => [a.status, a.code])).toEqual([
        [500, 'auth.missing_credentials'],
        [500, 'auth.invalid_credentials'],
        [500, 'auth.invalid_credentials'],
        [500, 'auth.invalid_credentials'],
        [500, 'auth.forbidden'],
      ]);
      const allowed = await soapCall(xml, { 'x-api-key': keys.full! });
      expect(allowed.status, allowed.text).toBe(200);
      expect(allowed.text).toMatch(/<(\w+:)?TrangThai>(accepted|duplicate)</);
      const { rows } = await db.pool.query(
        "select detail from lienthong.audit_log where action = 'access.denied' and actor_id = 'none' and detail->>'operation' = $1",
        [operation],
      );
      expect(rows.map((r) => r.detail)).toEqual([
        { right, path: SOAP_PATH, method: 'POST', operation },
      ]);
    });
  }

  it('should serve the WSDL without credentials: it describes the service and holds no data', async () => {
    const response = await soap.app.request(`${SOAP_PATH}?wsdl`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('LienThongExchange');
  });
});
