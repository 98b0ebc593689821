// authenticate + requireRight on a small Hono app over a real database: the 401/403/200 matrix and its audit.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemberService } from '../../../ops/members/service.ts';
import type { MemberService } from '../../../ops/members/types.ts';
import { createMigratedDatabase } from '../../../test/helpers/database.ts';
import { type AuthFailureReason, createAuth, oauthTokenRoute } from './index.ts';

let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
let clock = new Date('2026-03-01T08:00:00Z');
let members: MemberService;
let app: Hono;
const failures: AuthFailureReason[] = [];
const keys: Record<string, string> = {};
let expiredToken = '';
let liveToken = '';

async function member(id: string, rights: string[]): Promise<string> {
  const created = await members.createMember({ id, name: id, rights });
  if (!created.ok) throw new Error(created.code);
  return created.apiKey;
}

async function tokenFor(id: string): Promise<string> {
  const client = await members.createClient(id);
  if (!client.ok) throw new Error(client.code);
  const issued = await members.issueToken(client.clientId, client.clientSecret);
  if (!issued.ok) throw new Error(issued.error);
  return issued.accessToken;
}

beforeAll(async () => {
  db = await createMigratedDatabase('auth');
  members = createMemberService({ pool: db.pool, tokenSecret: 'z'.repeat(40), now: () => clock });
  keys.submitter = await member('submitter', ['dossier.submit']);
  keys.reader = await member('reader', ['exchange.read']);
  keys.revoked = await member('gone', ['dossier.submit']);
  await members.revoke('gone');
  keys.bound = await member('bound', ['*']);
  await members.bindCertificate('bound', 'cd'.repeat(32));
  expiredToken = await tokenFor('submitter');
  clock = new Date(clock.getTime() + 301_000);
  liveToken = await tokenFor('submitter');

  const auth = createAuth({
    members,
    pool: db.pool,
    onFailure: ({ reason }) => failures.push(reason),
  });
  app = new Hono();
  app.route('/', oauthTokenRoute({ members }));
  app.post('/dossiers', auth.authenticate, auth.requireRight('dossier.submit'), (c) =>
    c.json({ member: c.get('member') }),
  );
});
afterAll(async () => {
  await db.drop();
});

const call = (headers: Record<string, string>, env?: unknown) =>
  app.request('/dossiers', { method: 'POST', headers }, env);

async function denials(actor: string) {
  const { rows } = await db.pool.query(
    `select actor_kind, actor_id, action, outcome, detail from lienthong.audit_log
     where action = 'access.denied' and actor_id = $1`,
    [actor],
  );
  return rows;
}

describe('authenticate and requireRight', () => {
  it('should answer the matrix 401, 401, 401, 401, 403, 200', async () => {
    const cases: Array<[string, Record<string, string>, number]> = [
      ['no credentials', {}, 401],
      ['bad key', { 'x-api-key': `lt_00000000_${'A'.repeat(43)}` }, 401],
      ['revoked key', { 'x-api-key': keys.revoked! }, 401],
      ['expired token', { authorization: `Bearer ${expiredToken}` }, 401],
      ['member without the right', { 'x-api-key': keys.reader! }, 403],
      ['member with the right', { 'x-api-key': keys.submitter! }, 200],
    ];
    const statuses = [];
    for (const [, headers] of cases) statuses.push((await call(headers)).status);
    expect(statuses).toEqual(cases.map(([, , status]) => status));
  });

  it('should say missing_credentials with a Bearer challenge when nothing is presented', async () => {
    const response = await call({});
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="lienthong"');
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'auth.missing_credentials', status: 401 });
  });

  it('should answer every bad credential with the same body and header (no oracle)', async () => {
    failures.length = 0;
    const bad = [
      { 'x-api-key': 'nonsense' },
      { 'x-api-key': `lt_00000000_${'A'.repeat(43)}` },
      { 'x-api-key': keys.revoked! },
      { authorization: `Bearer ${expiredToken}` },
      { authorization: 'Bearer not.a.token' },
      { authorization: 'Basic dXNlcjpwYXNz' },
      { 'x-api-key': keys.submitter!, authorization: `Bearer ${liveToken}` },
    ];
    const answers = [];
    for (const headers of bad) {
      const response = await call(headers);
      answers.push({
        status: response.status,
        challenge: response.headers.get('www-authenticate'),
        body: await response.text(),
      });
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toMatchObject({
      status: 401,
      challenge: 'Bearer realm="lienthong", error="invalid_token"',
    });
    expect(JSON.parse(answers[0]!.body)).toMatchObject({ code: 'auth.invalid_credentials' });
    expect(failures).toEqual([
      'key.unknown',
      'key.unknown',
      'key.revoked',
      'token.expired',
      'token.invalid',
      'credentials.unusable',
      'credentials.unusable',
    ]);
  });

  it('should write an access.denied audit row for the 403 and none for the 200', async () => {
    const before = (await denials('reader')).length;
    const response = await call({ 'x-api-key': keys.reader! });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'auth.forbidden', status: 403 });
    const rows = await denials('reader');
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toEqual({
      actor_kind: 'member',
      actor_id: 'reader',
      action: 'access.denied',
      outcome: 'denied',
      detail: { right: 'dossier.submit', path: '/dossiers', method: 'POST' },
    });
    await call({ 'x-api-key': keys.submitter! });
    expect(await denials('submitter')).toEqual([]);
  });

  it('should set the member id and rights for the handler, by key or by token', async () => {
    for (const headers of [
      { 'x-api-key': keys.submitter! },
      { authorization: `Bearer ${liveToken}` },
    ]) {
      const response = await call(headers);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        member: { id: 'submitter', rights: ['dossier.submit'] },
      });
    }
  });
});

describe('certificate binding', () => {
  const tls = (fingerprint256?: string) => ({
    incoming: {
      socket: {
        encrypted: true,
        getPeerCertificate: () => (fingerprint256 ? { fingerprint256 } : {}),
      },
    },
  });
  const colons = (hex: string) => hex.toUpperCase().match(/../g)!.join(':');

  it('should admit the bound member with its certificate and refuse it with another or none', async () => {
    const headers = { 'x-api-key': keys.bound! };
    expect((await call(headers, tls(colons('cd'.repeat(32))))).status).toBe(200);
    expect((await call(headers, tls(colons('ef'.repeat(32))))).status).toBe(401);
    expect((await call(headers, tls())).status).toBe(401);
  });

  it('should not check on plain HTTP, nor for members without a binding', async () => {
    expect((await call({ 'x-api-key': keys.bound! })).status).toBe(200);
    expect((await call({ 'x-api-key': keys.bound! }, { incoming: { socket: {} } })).status).toBe(
      200,
    );
    const other = tls(colons('ef'.repeat(32)));
    expect((await call({ 'x-api-key': keys.submitter! }, other)).status).toBe(200);
  });
});

describe('POST /oauth/token', () => {
  it('should issue a token by form and Basic auth that the protected route accepts', async () => {
    const client = await members.createClient('submitter');
    if (!client.ok) throw new Error(client.code);
    const basic = Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64');
    const response = await app.request('/oauth/token', {
      method: 'POST',
      headers: {
        authorization: `Basic ${basic}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { access_token: string };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300, scope: 'dossier.submit' });
    expect((await call({ authorization: `Bearer ${body.access_token}` })).status).toBe(200);
  });

  it('should answer invalid_client 401 to a wrong secret given in a JSON body', async () => {
    const client = await members.createClient('reader');
    if (!client.ok) throw new Error(client.code);
    const response = await app.request('/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: 'wrong',
      }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'invalid_client' });
  });
});
