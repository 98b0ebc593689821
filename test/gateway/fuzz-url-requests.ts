// Generators of malformed URLs for test/gateway/fuzz.test.ts: bad path and query parameters, wrong
// methods, unknown paths, and any request sent without credentials or with garbage ones.
import fc from 'fast-check';
import { enc, type FuzzRequest, JSON_TYPE, post, TEMPLATES } from './fuzz-requests.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** A path segment (percent-encoded, or raw broken escapes) whose decoded value fails `invalid`. */
const segment = (invalid: (value: string) => boolean, minLength = 1) =>
  fc
    .oneof(
      {
        arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength: minLength + 80 }).map(enc),
        weight: 6,
      },
      {
        arbitrary: fc.constantFrom(
          '%',
          '%zz',
          '%E0%A4%A',
          '%00',
          '%2F',
          '%FF',
          '%ED%A0%80',
          '%C0%AF',
          '..',
          '%2e%2e',
          'a%2F..%2F..',
        ),
        weight: 1,
      },
    )
    .filter((s) => s.length >= minLength && invalid(decoded(s)));

const get = (label: string, path: string, expect?: FuzzRequest['expect']): FuzzRequest => ({
  label,
  kind: 'api',
  method: 'GET',
  path,
  headers: {},
  auth: 'member',
  ...(expect ? { expect } : {}),
});

const event = TEMPLATES[1]!.body;
const TARGET = /^[a-z][a-z0-9-]{1,62}$/;
const ENTERPRISE = /^\d{10}(-?\d{3})?$/;
const PURPOSE = 'purpose=kiểm tra hồ sơ đăng ký';

export function paramRequests(): fc.Arbitrary<FuzzRequest> {
  const notUuid = segment((v) => !UUID.test(v));
  return fc.oneof(
    notUuid.map((id) => get('exchange id', `/api/v1/exchanges/${id}`)),
    notUuid.map((id) => get('timeline id', `/api/v1/exchanges/${id}/timeline`)),
    segment((v) => v.length > 100, 101).map((code) =>
      get('dossier code over 100', `/api/v1/dossiers/${code}/exchanges`),
    ),
    segment((v) => v.length > 100, 101).map((code) =>
      post(
        'result for a code over 100',
        `/api/v1/dossiers/${code}/results`,
        JSON.stringify({ status: 'returned', results: [] }),
      ),
    ),
    segment((v) => v !== event.dossierCode).map((code) =>
      post('event for another dossier', `/api/v1/dossiers/${code}/events`, JSON.stringify(event)),
    ),
    fc
      .tuple(
        segment((v) => !TARGET.test(v)),
        fc.constantFrom('pause', 'resume'),
      )
      .map(([target, action]) =>
        post(
          'bad target',
          `/api/v1/operations/targets/${target}/${action}`,
          JSON.stringify({ reason: 'maintenance' }),
        ),
      ),
    segment((v) => !ENTERPRISE.test(v)).map((code) =>
      get('bad enterprise code', `/api/v1/lookups/enterprise/${code}?${PURPOSE}`),
    ),
  );
}

const longText = (min: number) =>
  fc.string({ unit: 'grapheme', minLength: min, maxLength: min + 50 });
const notDate = fc.oneof(
  fc.constantFrom(
    'yesterday',
    '2025-13-01T00:00:00Z',
    '2025-01-01',
    '2025-01-01T00:00:00',
    '2025-02-30T10:00:00+07:00',
    '0',
    'null',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !/^\d{4}-\d\d-\d\dT/.test(s)),
);
const badLimit = (max: number) =>
  fc.constantFrom('0', '-1', String(max + 1), 'abc', '1.5', '', ' ', '1e9', 'NaN', 'Infinity');

const query = (
  path: string,
  defect: fc.Arbitrary<[string, string]>,
  extra: Record<string, fc.Arbitrary<string>>,
) =>
  fc.tuple(defect, fc.record(extra, { requiredKeys: [] })).map(([[name, value], others]) => {
    const params = new URLSearchParams(
      Object.entries(others).filter(
        (entry): entry is [string, string] => entry[0] !== name && entry[1] !== undefined,
      ),
    );
    params.append(name, value);
    return get(`query ${name}`, `${path}?${params}`, { status: 400 });
  });

export function queryRequests(): fc.Arbitrary<FuzzRequest> {
  const short = fc.string({ unit: 'grapheme', maxLength: 20 });
  return fc.oneof(
    query(
      '/api/v1/exchanges',
      fc.oneof(
        badLimit(500).map((v) => ['limit', v] as [string, string]),
        short
          .filter((s) => !['pending', 'delivered', 'failed', 'parked', 'skipped'].includes(s))
          .map((v) => ['status', v] as [string, string]),
        short
          .filter((s) => !/^[0-9a-f]{32}$/.test(s))
          .map((v) => ['traceId', v] as [string, string]),
        fc.tuple(fc.constantFrom('from', 'to'), notDate),
        longText(101).map((v) => ['dossierCode', v] as [string, string]),
        fc.tuple(fc.constantFrom('source', 'target'), longText(65)),
      ),
      { dossierCode: short, source: short, target: short },
    ),
    query(
      '/api/v1/operations/dead-letters',
      fc.oneof(
        badLimit(1000).map((v) => ['limit', v] as [string, string]),
        notDate.map((v) => ['since', v] as [string, string]),
        longText(65).map((v) => ['target', v] as [string, string]),
        longText(201).map((v) => ['reason', v] as [string, string]),
      ),
      { dossierCode: short },
    ),
    fc
      .oneof(
        fc.constant(''),
        fc
          .string({ maxLength: 4 }) // ASCII: at most 4 UTF-16 units, under the minimum of 5
          .map((v) => new URLSearchParams({ purpose: v }).toString()),
        longText(201).map((v) => new URLSearchParams({ purpose: v }).toString()),
        longText(101).map((v) => new URLSearchParams({ dossierCode: v }).toString()),
        fc.constant('dossierCode='),
      )
      .map((q) =>
        get('lookup basis', `/api/v1/lookups/enterprise/0101234565${q ? `?${q}` : ''}`, {
          status: 400,
        }),
      ),
  );
}

const GET_PATHS = [
  '/api/v1/exchanges',
  '/api/v1/operations/dead-letters',
  '/api/v1/exchanges/6f1c7d0e-2b3a-4c5d-8e9f-0a1b2c3d4e5f',
  '/api/v1/dossiers/abc/exchanges',
  '/api/v1/lookups/enterprise/0101234565',
];
const OTHER_PATHS = ['/healthz', '/readyz', '/openapi.json', '/docs'];

export function methodRequests(): fc.Arbitrary<FuzzRequest> {
  const wrong = (paths: string[], methods: string[]) =>
    fc
      .tuple(
        fc.constantFrom(...paths),
        fc.constantFrom(...methods),
        fc.option(fc.json(), { nil: undefined }),
      )
      .map(
        ([path, method, body]): FuzzRequest => ({
          label: `${method} not allowed`,
          kind: 'api',
          method,
          path,
          headers: body === undefined ? {} : { 'content-type': JSON_TYPE },
          auth: 'member',
          ...(body === undefined || method === 'GET' ? {} : { body }),
          expect: { status: 405, code: 'request.method_not_allowed' },
        }),
      );
  const unknown = fc
    .tuple(
      fc.constantFrom('/api/v1/', '/api/v2/', '/zz-', '/api/v1/dossiers/x/'),
      fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map(enc), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.constantFrom('GET', 'POST'),
    )
    .filter(
      ([prefix, parts]) =>
        !(
          prefix === '/api/v1/dossiers/x/' &&
          parts.length === 1 &&
          ['exchanges', 'events', 'results'].includes(parts[0]!)
        ),
    )
    .map(
      ([prefix, parts, method]): FuzzRequest => ({
        label: 'unknown path',
        kind: 'api',
        method,
        path: `${prefix}${parts.join('/')}`,
        headers: {},
        auth: 'member',
      }),
    );
  return fc.oneof(
    wrong(
      TEMPLATES.map((t) => t.path),
      ['GET', 'PUT', 'DELETE', 'PATCH'],
    ),
    wrong(GET_PATHS, ['POST', 'PUT', 'DELETE', 'PATCH']),
    wrong(OTHER_PATHS, ['POST', 'PUT', 'DELETE']),
    unknown,
  );
}

/** Header values a caller could send: visible ASCII and spaces, trimmed by the Headers API anyway. */
const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 120,
});

/** The same requests with no credentials or garbage ones: every /api/* answer is 401. */
export function withoutCredentials(requests: fc.Arbitrary<FuzzRequest>): fc.Arbitrary<FuzzRequest> {
  const credentials = fc.oneof(
    fc.constant({}),
    headerText.map((v) => ({ 'x-api-key': v })),
    headerText.map((v) => ({ 'x-api-key': `lt_${v}` })),
    fc
      .tuple(fc.constantFrom('Bearer ', 'Basic ', 'bearer ', ''), headerText)
      .map(([scheme, v]) => ({ authorization: `${scheme}${v}` })),
  );
  return fc.tuple(requests, credentials).map(([request, creds]) => {
    const { expect: _ignored, ...rest } = request;
    return {
      ...rest,
      label: `unauthenticated ${request.label}`,
      auth: 'none' as const,
      headers: { ...request.headers, ...creds },
      ...(request.path.startsWith('/api/') ? { expect: { status: 401 } } : {}),
    };
  });
}
