// Generators of malformed gateway requests for test/gateway/fuzz.test.ts: each one carries a defect
// that must make the gateway refuse it, so no generated request may be accepted.
import fc from 'fast-check';
import { exampleDossier, exampleDossierEvent } from '../../contracts/canonical/examples.ts';
import {
  oneStopHoSoExample,
  oneStopKetQuaPushExample,
  oneStopQuaTrinhXuLyExample,
} from '../../contracts/wire/one-stop/examples.ts';

export interface FuzzRequest {
  label: string;
  kind: 'api' | 'soap' | 'oauth';
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** 'member': sent with the key of a member holding every right. */
  auth: 'member' | 'none';
  /** What the answer must be, when the defect decides it alone. */
  expect?: { status?: number; code?: string };
}

type Json = Record<string, unknown>;

/** Past the gateway's 2 MiB body limit (and the SOAP endpoint's 1 MiB). */
const HUGE = 2 * 1024 * 1024 + 1;
export const JSON_TYPE = 'application/json';
export const enc = encodeURIComponent;

export interface Template {
  path: string;
  body: Json;
  /** Keys the route requires; removing one or giving it another type must be refused. */
  required: string[];
  /** Reads the Idempotency-Key header (the submit routes). */
  idempotent: boolean;
}

const eventPath = `/api/v1/dossiers/${enc(exampleDossierEvent.dossierCode)}/events`;
const citizen = {
  idNumber: '001090012345',
  fullName: 'Nguyễn Văn An',
  birthDate: '1990-01-01',
  dossierCode: exampleDossier.code,
};
export const TEMPLATES: Template[] = [
  {
    path: '/api/v1/dossiers',
    body: exampleDossier,
    required: ['code', 'procedure', 'owner', 'status'],
    idempotent: true,
  },
  {
    path: eventPath,
    body: exampleDossierEvent,
    required: ['dossierCode', 'status', 'at'],
    idempotent: true,
  },
  {
    path: `/api/v1/dossiers/${enc(exampleDossier.code)}/results`,
    body: { status: 'returned', results: [] },
    required: ['status', 'results'],
    idempotent: true,
  },
  {
    path: '/api/v1/one-stop/dossiers',
    body: oneStopHoSoExample,
    required: ['MaHoSo', 'MaTTHC', 'ChuHoSo'],
    idempotent: true,
  },
  {
    path: '/api/v1/one-stop/events',
    body: oneStopQuaTrinhXuLyExample,
    required: ['MaHoSo', 'TrangThai', 'ThoiDiemXuLy'],
    idempotent: true,
  },
  {
    path: '/api/v1/one-stop/results',
    body: oneStopKetQuaPushExample,
    required: ['MaHoSo', 'TrangThaiHoSo'],
    idempotent: true,
  },
  {
    path: '/api/v1/operations/dead-letters/replay',
    body: { ids: ['6f1c7d0e-2b3a-4c5d-8e9f-0a1b2c3d4e5f'] },
    required: ['ids'],
    idempotent: false,
  },
  {
    path: '/api/v1/operations/dead-letters/skip',
    body: { ids: ['6f1c7d0e-2b3a-4c5d-8e9f-0a1b2c3d4e5f'], reason: 'test skip' },
    required: ['ids', 'reason'],
    idempotent: false,
  },
  {
    path: '/api/v1/operations/targets/national-portal/pause',
    body: { reason: 'maintenance' },
    required: ['reason'],
    idempotent: false,
  },
  {
    path: '/api/v1/operations/targets/national-portal/resume',
    body: { reason: 'back again' },
    required: ['reason'],
    idempotent: false,
  },
  {
    path: '/api/v1/lookups/citizen',
    body: citizen,
    required: ['idNumber', 'fullName', 'birthDate'],
    idempotent: false,
  },
];

/** A JSON value whose type differs from `value`'s. */
function otherType(value: unknown): fc.Arbitrary<unknown> {
  const all: Array<[string, fc.Arbitrary<unknown>]> = [
    ['string', fc.string({ maxLength: 40 })],
    ['number', fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))],
    ['boolean', fc.boolean()],
    ['null', fc.constant(null)],
    ['array', fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 })],
    [
      'object',
      fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
    ],
  ];
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return fc.oneof(...all.filter(([name]) => name !== kind).map(([, a]) => a));
}

/** Noise: some keys set to anything (huge strings included), unknown keys added. */
const noise = (body: Json): fc.Arbitrary<Json> =>
  fc
    .tuple(
      fc.subarray(Object.keys(body), { maxLength: Math.min(3, Object.keys(body).length) }),
      fc.array(
        fc.oneof(
          { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 8 },
          { arbitrary: fc.constant('x'.repeat(70_000)), weight: 1 },
          { arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }), weight: 3 },
        ),
        { minLength: 3, maxLength: 3 },
      ),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), {
        maxKeys: 3,
      }),
    )
    .map(([keys, values, extra]) => {
      const out: Json = { ...body };
      keys.forEach((k, i) => {
        out[k] = values[i];
      });
      return { ...extra, ...out };
    });

/** The defect that makes the body invalid whatever the noise did: a required key missing or mistyped. */
const defective = (t: Template): fc.Arbitrary<Json> =>
  fc
    .tuple(noise(t.body), fc.constantFrom(...t.required), fc.boolean())
    .chain(([body, key, remove]) =>
      remove
        ? fc.constant(Object.fromEntries(Object.entries(body).filter(([k]) => k !== key)))
        : otherType(t.body[key]).map((value) => ({ ...body, [key]: value })),
    );

export const post = (
  label: string,
  path: string,
  body: string | Uint8Array | undefined,
  headers: Record<string, string> = { 'content-type': JSON_TYPE },
  expect?: FuzzRequest['expect'],
): FuzzRequest => ({
  label,
  kind: 'api',
  method: 'POST',
  path,
  headers,
  auth: 'member',
  ...(body === undefined ? {} : { body }),
  ...(expect ? { expect } : {}),
});

const INVALID_UTF8 = [
  [0xff],
  [0xc3, 0x28],
  [0xe2, 0x28, 0xa1],
  [0xf0, 0x28, 0x8c, 0x28],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
];

/** Valid JSON text of the template with invalid UTF-8 bytes spliced inside. */
const badBytes = (t: Template) =>
  fc.tuple(fc.constantFrom(...INVALID_UTF8), fc.nat()).map(([bytes, at]) => {
    const text = new TextEncoder().encode(JSON.stringify(t.body));
    const cut = 1 + (at % (text.length - 1));
    return post(
      'invalid UTF-8',
      t.path,
      new Uint8Array([...text.slice(0, cut), ...bytes, ...text.slice(cut)]),
      undefined,
      { status: 400, code: 'request.malformed_json' },
    );
  });

const deepNesting = (t: Template) =>
  fc
    .tuple(fc.integer({ min: 33, max: 20_000 }), fc.constantFrom('[', '{"a":'), fc.boolean())
    .map(([depth, open, closed]) => {
      const close = open === '[' ? ']' : '}';
      const text = `${open.repeat(depth)}1${closed ? close.repeat(depth) : ''}`;
      return post('deep nesting', t.path, text, undefined, {
        status: 400,
        code: 'request.too_deep',
      });
    });

/** Not a JSON object: truncated, trailing junk, arrays, scalars, empty. */
const notAnObject = (t: Template) =>
  fc
    .oneof(
      fc.nat().map((n) => {
        const text = JSON.stringify(t.body);
        return text.slice(0, n % text.length);
      }),
      fc
        .constantFrom('}', ',', ']', 'x', '\u0000')
        .map((junk) => `${JSON.stringify(t.body)}${junk}`),
      fc
        .jsonValue({ maxDepth: 3 })
        .filter((v) => v === null || typeof v !== 'object' || Array.isArray(v))
        .map((v) => JSON.stringify(v)),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.constant(''),
    )
    .map((text) => post('not a JSON object', t.path, text));

const huge = (t: Template) =>
  fc.constantFrom('{"a":"', '["', '"').map((start) =>
    post('huge body', t.path, `${start}${'x'.repeat(HUGE)}"}`, undefined, {
      status: 413,
      code: 'request.too_large',
    }),
  );

const NOT_JSON_TYPES = [
  'text/plain',
  'application/xml',
  'text/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/jsonx',
  'json',
  'application/json-seq',
  '*/*',
  '',
];

/** The valid body under a content type that is not JSON (or none). */
const wrongType = (t: Template) =>
  fc
    .constantFrom(...NOT_JSON_TYPES)
    .map((type) =>
      post(
        `content type "${type}"`,
        t.path,
        JSON.stringify(t.body),
        type ? { 'content-type': type } : {},
      ),
    );

const VISIBLE = fc.string({
  unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 20,
});

/** Idempotency-Key values outside 1–255 visible ASCII characters, even after header trimming. */
export const garbageKey = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 256, max: 2000 }).map((n) => 'k'.repeat(n)),
  fc
    .tuple(VISIBLE, fc.constantFrom(' ', '\t', '\u007f', 'é', '\u00a0', 'ÿ'), VISIBLE)
    .map(([a, bad, b]) => `${a}${bad}${b}`),
);

/** A valid submission with a garbage Idempotency-Key: refused before anything is accepted. */
const badKey = (t: Template) =>
  garbageKey.map((k) =>
    post(
      'garbage Idempotency-Key',
      t.path,
      JSON.stringify(t.body),
      { 'content-type': JSON_TYPE, 'idempotency-key': k },
      { status: 400 },
    ),
  );

export function jsonRouteRequests(): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...TEMPLATES).chain((t) =>
    fc.oneof(
      {
        arbitrary: defective(t).map((b) =>
          post('wrong types and missing fields', t.path, JSON.stringify(b), undefined, {
            status: 400,
          }),
        ),
        weight: 10,
      },
      { arbitrary: badBytes(t), weight: 2 },
      { arbitrary: deepNesting(t), weight: 2 },
      { arbitrary: notAnObject(t), weight: 3 },
      { arbitrary: huge(t), weight: 1 },
      { arbitrary: wrongType(t), weight: 3 },
      {
        arbitrary: t.idempotent
          ? badKey(t)
          : defective(t).map((b) => post('defective', t.path, JSON.stringify(b))),
        weight: 3,
      },
    ),
  );
}
