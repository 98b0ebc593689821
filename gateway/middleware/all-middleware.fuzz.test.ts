// Property test: hostile requests against a route behind every middleware get 4xx, never 5xx.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERRORS, type ErrorCode } from '../../contracts/errors.ts';
import { docsRoutes } from '../docs.ts';
import { registerOpenApi } from '../openapi.ts';
import { problem } from '../problem.ts';
import { allFieldsHook, validationHook } from '../validation.ts';
import { bodyLimit } from './body-limit.ts';
import { httpErrorProblem } from './http-errors.ts';
import { jsonDepth } from './json-body.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { rateLimit } from './rate-limit.ts';
import { REQUEST_ID_PATTERN, requestIdPropagation } from './request-id.ts';
import { requestTimeout } from './request-timeout.ts';
import { apiSecureHeaders } from './secure-headers.ts';

const Body = z.object({
  owner: z.object({ idNumber: z.string().regex(/^\d{12}$/), fullName: z.string().min(1).max(100) }),
  fees: z.array(z.number().nonnegative()).max(5),
});
const params = z.object({ code: z.string().regex(/^H\d+$/) });
const submit = createRoute({
  method: 'post',
  path: '/dossiers/{code}',
  request: {
    params,
    query: z.object({ mode: z.enum(['sync', 'async']).optional() }),
    body: { required: true, content: { 'application/json': { schema: Body } } },
  },
  responses: { 202: { description: 'accepted' } },
});
const read = createRoute({
  method: 'get',
  path: '/dossiers/{code}',
  request: { params },
  responses: { 200: { description: 'the dossier' } },
});

function sampleApp(clock: { now: number }, unexpected: unknown[]) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use(requestIdPropagation());
  app.use(apiSecureHeaders());
  app.use(methodNotAllowed(app));
  app.use(requestTimeout({ ms: 10_000 }));
  app.use(
    rateLimit({
      perSecond: 2,
      burst: 3,
      now: () => clock.now,
      key: (c) => c.req.header('x-member') ?? 'anonymous',
    }),
  );
  app.use(bodyLimit({ maxBytes: 4096 }));
  app.use(jsonDepth({ maxDepth: 8, maxKeys: 100 }));
  app.openapi(
    submit,
    (c) => c.json({ accepted: c.req.valid('json').owner.fullName }, 202),
    allFieldsHook(submit),
  );
  app.openapi(read, (c) => c.json({ code: c.req.valid('param').code }, 200));
  registerOpenApi(app, { version: '0.0.0-test' });
  app.route('/', docsRoutes());
  app.notFound((c) => problem(c, 'resource.not_found'));
  app.onError((error, c) => {
    const known = httpErrorProblem(error, c);
    if (known) return known;
    unexpected.push(error);
    return problem(c, 'internal');
  });
  return app;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const deep = fc
  .tuple(fc.integer({ min: 1, max: 12_000 }), fc.constantFrom('[', '{"a":'), fc.boolean())
  .map(([n, open, closed]) => {
    const close = open === '[' ? ']' : '}';
    return utf8(`${open.repeat(n)}${open === '[' ? '' : '1'}${closed ? close.repeat(n) : ''}`);
  });
const almostValid = fc
  .record(
    {
      owner: fc.record(
        {
          idNumber: fc.oneof(
            { arbitrary: fc.stringMatching(/^\d{12}$/), weight: 4 },
            fc.string(),
            fc.integer(),
            fc.constant(null),
          ),
          fullName: fc.oneof({ arbitrary: fc.string({ maxLength: 120 }), weight: 4 }, fc.integer()),
        },
        { requiredKeys: ['idNumber', 'fullName'] },
      ),
      fees: fc.oneof(
        { arbitrary: fc.array(fc.double({ min: 0, noNaN: true }), { maxLength: 6 }), weight: 4 },
        fc.array(fc.oneof(fc.double(), fc.string())),
        fc.string(),
      ),
    },
    { requiredKeys: [] },
  )
  .map((value) => utf8(JSON.stringify(value)));
const invalidUtf8 = fc
  .tuple(
    fc.uint8Array({ maxLength: 60 }),
    fc.constantFrom([0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xe2, 0x82]),
  )
  .map(([prefix, bad]) =>
    Uint8Array.from([0x22, ...prefix.filter((b) => b < 0x80 && b !== 0x22), ...bad, 0x22]),
  );
const body = fc.oneof(
  { arbitrary: almostValid, weight: 4 },
  fc.jsonValue().map((v) => utf8(JSON.stringify(v))),
  fc.jsonValue().map((v) => utf8(JSON.stringify(v).slice(0, -1))),
  fc
    .integer({ min: 1000, max: 20_000 })
    .map((n) => utf8(JSON.stringify({ owner: { fullName: 'x'.repeat(n) } }))),
  fc.uint8Array({ maxLength: 400 }),
  invalidUtf8,
  deep,
  fc.string().map(utf8),
  fc.constant(undefined),
);
const request = fc.record({
  method: fc.oneof(
    { arbitrary: fc.constant('POST'), weight: 6 },
    fc.constantFrom('GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
  ),
  path: fc.constantFrom(
    '/dossiers/H1',
    '/dossiers/H1?mode=sync',
    '/dossiers/H1?mode=async&mode=sync',
    '/dossiers/H1?mode=nope',
    '/dossiers/bad%20code',
    '/dossiers/%E0%A4%A',
    '/openapi.json',
    '/docs',
    '/nothing',
  ),
  contentType: fc.option(
    fc.constantFrom(
      'application/json',
      'application/json',
      'application/json',
      'application/json',
      'application/json; charset=utf-8',
      'application/problem+json',
      'application/json; charset=latin1',
      'text/plain',
      'application/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonx',
      '*/*',
    ),
  ),
  body,
  chunked: fc.boolean(),
  member: fc.constantFrom('m1', 'm2', 'm3'),
  requestId: fc.option(fc.stringMatching(/^[\x21-\x7e]{0,140}$/)),
  advanceMs: fc.integer({ min: 0, max: 400 }),
});

type Sample = typeof request extends fc.Arbitrary<infer T> ? T : never;

function init(sample: Sample): RequestInit {
  const headers: Record<string, string> = { 'x-member': sample.member };
  if (sample.contentType) headers['content-type'] = sample.contentType;
  if (sample.requestId !== null) headers['x-request-id'] = sample.requestId;
  const base: RequestInit = { method: sample.method, headers };
  const bytes = sample.body;
  if (bytes === undefined || sample.method === 'GET' || sample.method === 'HEAD') return base;
  if (!sample.chunked) return { ...base, body: bytes };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 512) controller.enqueue(bytes.slice(at, at + 512));
      controller.close();
    },
  });
  return { ...base, body: stream, duplex: 'half' } as RequestInit;
}

async function check(app: OpenAPIHono, sample: Sample): Promise<void> {
  const response = await app.request(sample.path, init(sample));
  expect(response.status).toBeGreaterThanOrEqual(200);
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get('x-request-id')).toMatch(REQUEST_ID_PATTERN);
  if (sample.method === 'HEAD') return;
  if (response.status >= 400) {
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problemBody = (await response.json()) as {
      code: ErrorCode;
      status: number;
      requestId: string;
    };
    expect(ERRORS[problemBody.code]?.status).toBe(response.status);
    expect(problemBody.status).toBe(response.status);
    expect(problemBody.requestId).toBe(response.headers.get('x-request-id'));
    return;
  }
  if (sample.method === 'POST' && sample.path.startsWith('/dossiers/')) {
    const sent = JSON.parse(new TextDecoder().decode(sample.body)) as unknown;
    expect(Body.safeParse(sent).success).toBe(true);
  }
}

describe('all gateway middleware under fuzzing', () => {
  it('should answer every hostile request with a 2xx for valid input or a 4xx problem, never 5xx', async () => {
    const clock = { now: 0 };
    const unexpected: unknown[] = [];
    const app = sampleApp(clock, unexpected);
    await fc.assert(
      fc.asyncProperty(request, async (sample) => {
        unexpected.length = 0;
        clock.now += sample.advanceMs;
        await check(app, sample);
        expect(unexpected).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});
