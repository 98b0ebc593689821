// Hostile XML against the real SOAP endpoint: entity bombs, XXE, huge and deep documents are refused early and change nothing.
import { createServer, type Server } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeCapNhatTrangThaiExample as example } from '../../contracts/wire/gateway-soap/examples.ts';
import type { Pool } from '../../ops/db/pool.ts';
import { type PgBoss, startBoss } from '../../ops/queue/boss.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { memberKey } from '../helpers/app.ts';
import { createMigratedDatabase, type TestDatabase } from '../helpers/database.ts';
import {
  buildSoapTestApp,
  envelope,
  exchangeCount,
  SOAP_PATH,
  type SoapTestApp,
  serveOnPort,
} from './soap-app.ts';

let db: TestDatabase & { pool: Pool };
let boss: PgBoss;
let t: SoapTestApp;
let server: Awaited<ReturnType<typeof serveOnPort>>;
let key = '';
/** A web server the XXE entity points at: it must never be called. */
let bait: Server;
let baitHits = 0;
let baitUrl = '';

/** A valid CapNhatTrangThai whose NoiDung is `content` (raw XML), so only the guard stands between it and an exchange. */
const statusChange = (content: string, extra = '') =>
  `<e:CapNhatTrangThai><e:MaHoSo>${example.MaHoSo}</e:MaHoSo><e:TrangThai>4</e:TrangThai>` +
  `<e:NoiDung>${content}</e:NoiDung><e:ThoiDiemXuLy>${example.ThoiDiemXuLy}</e:ThoiDiemXuLy>${extra}</e:CapNhatTrangThai>`;

const withDoctype = (doctype: string, content: string) =>
  envelope(statusChange(content)).replace('?>', `?><!DOCTYPE soap:Envelope [${doctype}]>`);

function billionLaughs(): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return withDoctype(entities.join(''), '&lol9;');
}

const xxeFile = () => withDoctype('<!ENTITY xxe SYSTEM "file:///etc/passwd">', '&xxe;');
const xxeHttp = () => withDoctype(`<!ENTITY xxe SYSTEM "${baitUrl}">`, '&xxe;');
const parameterEntity = () =>
  withDoctype(`<!ENTITY % remote SYSTEM "${baitUrl}"> %remote;`, 'Nội dung');
const huge = (bytes: number) => envelope(statusChange('x'.repeat(bytes)));
const deep = (levels: number) =>
  envelope(statusChange('Nội dung', `${'<e:L>'.repeat(levels)}${'</e:L>'.repeat(levels)}`));

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.origin}${SOAP_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=utf-8', 'x-api-key': key, ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** The fault's detail Code (our own rendering puts it in lt:Code). */
const codeOf = (text: string) => /<lt:Code>([^<]*)<\/lt:Code>/.exec(text)?.[1];

beforeAll(async () => {
  db = await createMigratedDatabase('soaphostile');
  boss = await startBoss(db.url, createLogger({ level: 'silent', format: 'json' }));
  t = await buildSoapTestApp({
    pool: db.pool,
    boss,
    routes: [{ kind: 'progress', from: '*', to: ['one-stop'] }],
  });
  key = await memberKey(t.members, 'giaoduc', ['progress.submit', 'result.submit']);
  server = await serveOnPort(t.app);
  bait = createServer((_req, res) => {
    baitHits++;
    res.end('<!ENTITY leaked "yes">');
  });
  await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve));
  const address = bait.address();
  baitUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/xxe`;
});

afterAll(async () => {
  await new Promise((resolve) => bait.close(resolve));
  await server.close();
  await boss.stop({ graceful: false });
  await db.drop();
});

describe('hostile XML on the SOAP endpoint', () => {
  it('should accept the same message without the attack (the attacks below would otherwise get through)', async () => {
    const before = await exchangeCount(db.pool);
    const answer = await post(envelope(statusChange('Hội đồng đang xét')));
    expect(answer.status, answer.text).toBe(200);
    expect(await exchangeCount(db.pool)).toBe(before + 1);
  });

  const cases: Array<[string, () => string, number, string]> = [
    ['billion laughs', billionLaughs, 500, 'xml.doctype_forbidden'],
    ['XXE with a file:// SYSTEM entity', xxeFile, 500, 'xml.doctype_forbidden'],
    ['XXE with an http:// SYSTEM entity', xxeHttp, 500, 'xml.doctype_forbidden'],
    ['an external parameter entity', parameterEntity, 500, 'xml.doctype_forbidden'],
    ['a 10 MB document', () => huge(10 * 1024 * 1024), 413, 'xml.too_large'],
    ['a 10,000-level-deep document', () => deep(10_000), 500, 'xml.too_deep'],
  ];
  for (const [name, build, status, code] of cases) {
    it(`should refuse ${name} with ${code} and record nothing`, async () => {
      const before = await exchangeCount(db.pool);
      const answer = await post(build());
      expect([answer.status, codeOf(answer.text)]).toEqual([status, code]);
      expect(answer.text).toContain('<faultcode>soap:Client</faultcode>');
      expect(answer.text).not.toMatch(/root:|lol|leaked|at \w+ \(/);
      expect(await exchangeCount(db.pool)).toBe(before);
      expect(baitHits).toBe(0);
    });
  }

  it('should refuse a chunked body over the limit without a Content-Length', async () => {
    const before = await exchangeCount(db.pool);
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 40) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${server.origin}${SOAP_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml', 'x-api-key': key },
      body,
      duplex: 'half',
    } as RequestInit);
    expect([response.status, codeOf(await response.text())]).toEqual([413, 'xml.too_large']);
    expect(await exchangeCount(db.pool)).toBe(before);
  });
});

/** A forced collection: global.gc under --expose-gc, else the flag set at run time. */
function collector(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

describe('memory under a stream of hostile requests', () => {
  it('should keep the heap flat over 1,000 mixed hostile requests and record nothing', async () => {
    const builders = [
      billionLaughs,
      xxeFile,
      xxeHttp,
      () => huge(1024 * 1024 + 1),
      () => deep(10_000),
      () => envelope(statusChange('<unclosed>')),
      () => envelope(statusChange('Nội dung')).replace('urn:lienthong:exchange:v1', 'urn:evil'),
      () => envelope(statusChange('Nội dung')),
    ];
    const bodies = builders.map((build) => build());
    const send = async (i: number) => {
      const body = bodies[i % bodies.length]!;
      // The last kind is well-formed but carries a wrong key: refused after parsing, at auth.
      const headers = {
        'content-type': 'text/xml',
        'x-api-key': i % bodies.length === 7 ? 'lt_00000000_wrong' : key,
      };
      const response = await t.app.request(SOAP_PATH, { method: 'POST', headers, body });
      return response.text();
    };
    const gc = collector();
    const settle = () => {
      gc?.();
      return process.memoryUsage().heapUsed;
    };
    const before = await exchangeCount(db.pool);
    for (let i = 0; i < 100; i++) await send(i);
    const baseline = settle();
    for (let i = 0; i < 1_000; i++) await send(i);
    const after = settle();
    expect(
      after - baseline,
      `heap grew from ${baseline} to ${after} (gc ${gc ? 'forced' : 'unavailable'})`,
    ).toBeLessThan(50 * 1024 * 1024);
    expect(await exchangeCount(db.pool)).toBe(before);
    expect(baitHits).toBe(0);
  });
});
