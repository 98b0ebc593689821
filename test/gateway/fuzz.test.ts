// Fuzz: over 10,000 seeded malformed requests against the real app (every router, the lookups and
// the SOAP endpoint) get 4xx problem+json (SOAP: client faults), never 5xx or a throw; nothing is written.
// First: zod schemas made before it lack .openapi(), which gateway/openapi.ts needs on ProblemSchema.
import '@hono/zod-openapi';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../../contracts/errors.ts';
import { createApp } from '../../gateway/app.ts';
import { mountSoapExchange } from '../../gateway/soap/exchange-service.ts';
import {
  createSubmissionPreparer,
  type SubmissionPreparer,
} from '../../gateway/submission-workers.ts';
import type { Pool } from '../../ops/db/pool.ts';
import { createAcceptor } from '../../ops/delivery/accept.ts';
import { ensureQueues } from '../../ops/delivery/engine.ts';
import { createExchangeReader } from '../../ops/delivery/exchange-reader.ts';
import { createIntake } from '../../ops/delivery/intake.ts';
import { createOperatorActions } from '../../ops/delivery/operator.ts';
import { defaultPolicy } from '../../ops/delivery/policy.ts';
import type { Lookups } from '../../ops/lookups/service.ts';
import { createMemberService } from '../../ops/members/service.ts';
import { type PgBoss, startBoss } from '../../ops/queue/boss.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { memberKey, TEST_SECRET } from '../helpers/app.ts';
import { createMigratedDatabase, type TestDatabase } from '../helpers/database.ts';
import { type FuzzRequest, jsonRouteRequests, TEMPLATES } from './fuzz-requests.ts';
import { invalidUtf8InText, oauthRequests, soapRequests } from './fuzz-soap-requests.ts';
import {
  methodRequests,
  paramRequests,
  queryRequests,
  withoutCredentials,
} from './fuzz-url-requests.ts';

const SEED = 20_261_128;
/** Runs per generator family; they add up to 10,400. */
const RUNS = {
  body: 3000,
  param: 1200,
  query: 1000,
  method: 600,
  unauthenticated: 2000,
  soap: 2200,
  oauth: 400,
};
const COUNTED_TABLES = [
  'lienthong.exchange',
  'lienthong.delivery',
  'lienthong.dossier',
  'pgboss.job',
];

let db: TestDatabase & { pool: Pool };
let boss: PgBoss;
let app: Hono;
let submissions: SubmissionPreparer;
let key = '';
let lookupCalls = 0;
const errorLogs: string[] = [];
const seen = { requests: 0, codes: new Map<string, number>() };

const stubLookups: Lookups = {
  citizen: async () => {
    lookupCalls++;
    return { outcome: 'not_found' };
  },
  enterprise: async () => {
    lookupCalls++;
    return { outcome: 'not_found' };
  },
};

async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    COUNTED_TABLES.map(async (table) => {
      const { rows } = await db.pool.query<{ n: number }>(
        `select count(*)::int as n from ${table}`,
      );
      return [table, rows[0]?.n ?? -1] as const;
    }),
  );
  return Object.fromEntries(entries);
}

let before: Record<string, number> = {};

beforeAll(async () => {
  db = await createMigratedDatabase('fuzz');
  const quiet = createLogger({ level: 'silent', format: 'json' });
  // No maintenance or cron: pgboss.job must change only through the gateway.
  boss = await startBoss(db.url, quiet, { supervise: false });
  const logger = createLogger({
    level: 'error',
    format: 'json',
    destination: new Writable({
      write(chunk, _encoding, done) {
        errorLogs.push(String(chunk));
        done();
      },
    }),
  });
  const policy = defaultPolicy();
  await ensureQueues(boss, [{ id: 'national-portal', policy }]);
  const members = createMemberService({ pool: db.pool, tokenSecret: TEST_SECRET });
  const acceptor = createAcceptor({ pool: db.pool, boss });
  const intake = createIntake({
    pool: db.pool,
    acceptor,
    routes: (['dossier', 'progress', 'result'] as const).map((kind) => ({
      kind,
      from: '*',
      to: ['national-portal'],
    })),
  });
  // As `lienthong start` runs: one-stop bodies are parsed and mapped on a worker thread.
  submissions = createSubmissionPreparer({ threads: 1 });
  app = createApp({
    logger,
    readiness: async () => ({ database: { ok: true } }),
    version: 'test',
    pool: db.pool,
    members,
    tokensEnabled: true,
    intake,
    submissions,
    exchanges: createExchangeReader(db.pool),
    operator: createOperatorActions(db.pool, () => policy),
    // Validation, not the rate limit, is under test.
    limits: { perSecond: 1_000_000, burst: 1_000_000 },
    lookups: stubLookups,
    extraRoutes: [mountSoapExchange({ intake, members, pool: db.pool, logger })],
  });
  key = await memberKey(members, 'everything', ['*']);
  before = await counts();
});

afterAll(async () => {
  await submissions.close();
  await boss.stop({ graceful: false });
  await db.drop();
});

const PROBLEM_TYPE = 'application/problem+json';
const OAUTH_ERRORS = [
  'invalid_request',
  'invalid_client',
  'invalid_scope',
  'unsupported_grant_type',
];

function count(code: string): void {
  seen.codes.set(code, (seen.codes.get(code) ?? 0) + 1);
}

/** Sends one request and checks the answer's shape; throws (failing the property) when wrong. */
async function check(request: FuzzRequest): Promise<void> {
  const headers = { ...request.headers };
  if (request.auth === 'member') headers['x-api-key'] = key;
  const init: RequestInit = { method: request.method, headers };
  if (request.body !== undefined) init.body = request.body;
  const response = await app.request(request.path, init);
  const text = await response.text();
  seen.requests++;
  const where = `${request.label}: ${request.method} ${request.path.slice(0, 200)} → ${response.status} ${text.slice(0, 300)}`;
  const type = response.headers.get('content-type') ?? '';
  if (request.kind === 'soap' && type.startsWith('text/xml')) {
    // SOAP 1.1 faults travel as HTTP 500 (WS-I BP R1126); refusals before SOAP as 413/415.
    expect([413, 415, 500], where).toContain(response.status);
    expect(text, where).toContain('<faultcode>soap:Client</faultcode>');
    const code = /<lt:Code>([^<]*)<\/lt:Code>/.exec(text)?.[1] ?? '';
    expect(code, where).toMatch(/^[a-z_]+(\.[a-z_]+)+$/);
    count(`soap:${code}`);
  } else if (request.kind === 'oauth') {
    expect([400, 401], where).toContain(response.status);
    const error = (JSON.parse(text) as { error?: string }).error ?? '';
    expect(OAUTH_ERRORS, where).toContain(error);
    count(`oauth:${error}`);
  } else {
    expect(response.status, where).toBeGreaterThanOrEqual(400);
    expect(response.status, where).toBeLessThan(500);
    expect(type, where).toContain(PROBLEM_TYPE);
    const problem = JSON.parse(text) as { code: keyof typeof ERRORS; status: number; type: string };
    expect(Object.keys(ERRORS), where).toContain(problem.code);
    expect([problem.status, ERRORS[problem.code].status], where).toEqual([
      response.status,
      response.status,
    ]);
    expect(problem.type, where).toBe(
      `https://lienthong.dev/problems/${problem.code.replaceAll('.', '/')}`,
    );
    count(problem.code);
  }
  if (request.expect?.status !== undefined)
    expect(response.status, where).toBe(request.expect.status);
  if (request.expect?.code !== undefined) expect(text, where).toContain(request.expect.code);
}

const property = (arbitrary: fc.Arbitrary<FuzzRequest>) =>
  fc.asyncProperty(arbitrary, async (request) => {
    await check(request);
  });

describe('malformed requests against the real app', () => {
  const families: Array<[string, number, () => fc.Arbitrary<FuzzRequest>]> = [
    [
      'JSON bodies: wrong types, missing fields, huge strings, bad bytes, deep nesting, wrong content types, garbage Idempotency-Keys',
      RUNS.body,
      jsonRouteRequests,
    ],
    ['bad path parameters', RUNS.param, paramRequests],
    ['bad query parameters', RUNS.query, queryRequests],
    ['wrong methods and unknown paths', RUNS.method, methodRequests],
    [
      'all of the above without credentials or with garbage ones',
      RUNS.unauthenticated,
      () =>
        withoutCredentials(
          fc.oneof(jsonRouteRequests(), paramRequests(), queryRequests(), methodRequests()),
        ),
    ],
    [
      'SOAP messages: defective, hostile, unauthenticated, wrong types and headers',
      RUNS.soap,
      soapRequests,
    ],
    ['OAuth token requests', RUNS.oauth, oauthRequests],
  ];
  for (const [name, numRuns, arbitrary] of families) {
    it(`should answer ${numRuns} requests (${name}) with 4xx and a stable code`, async () => {
      await fc.assert(property(arbitrary()), { seed: SEED, numRuns, endOnFailure: true });
    }, 600_000);
  }

  it('should have written no exchange, delivery, dossier or job, and called no lookup', async () => {
    expect(seen.requests).toBeGreaterThanOrEqual(10_000);
    expect(await counts()).toEqual(before);
    expect(lookupCalls).toBe(0);
    expect(errorLogs).toEqual([]);
  });

  it('should have reached every kind of refusal (the generators hit what they aim at)', () => {
    const missing = [
      'request.invalid',
      'request.malformed_json',
      'request.too_deep',
      'request.too_large',
      'request.method_not_allowed',
      'resource.not_found',
      'auth.missing_credentials',
      'auth.invalid_credentials',
      'request.unsupported_media_type',
      'soap:request.invalid',
      'soap:xml.malformed',
      'soap:auth.missing_credentials',
      'soap:auth.invalid_credentials',
      'soap:xml.too_large',
      'soap:xml.too_deep',
      'soap:xml.doctype_forbidden',
      'oauth:invalid_request',
      'oauth:invalid_client',
    ].filter((code) => !seen.codes.has(code));
    expect(missing).toEqual([]);
  });

  // Found by this fuzzer: the SOAP endpoint once decoded leniently and stored U+FFFD.
  it('should refuse a SOAP message with invalid UTF-8 in a text field', async () => {
    const written = await counts();
    await check(invalidUtf8InText());
    expect(await counts()).toEqual(written);
  });

  it('should accept each template unchanged (so the refusals above come from the defects)', async () => {
    const statuses = [];
    for (const template of TEMPLATES) {
      const response = await app.request(template.path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify(template.body),
      });
      statuses.push([template.path, response.status >= 200 && response.status < 300]);
    }
    expect(statuses).toEqual(TEMPLATES.map((t) => [t.path, true]));
  });
});
