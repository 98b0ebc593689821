// LienThongExchange end to end: the `soap` package's client, built from the served WSDL, against the real app and database.
import { type Client, createClientAsync, WSSecurity } from 'soap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exchangeCapNhatKetQuaExample,
  exchangeCapNhatTrangThaiExample,
} from '../../contracts/wire/gateway-soap/examples.ts';
import type { Pool } from '../../ops/db/pool.ts';
import { type PgBoss, startBoss } from '../../ops/queue/boss.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { memberKey } from '../helpers/app.ts';
import { createMigratedDatabase, type TestDatabase } from '../helpers/database.ts';
import {
  buildSoapTestApp,
  exchangeCount,
  SOAP_PATH,
  type SoapTestApp,
  serveOnPort,
} from './soap-app.ts';

let db: TestDatabase & { pool: Pool };
let boss: PgBoss;
let t: SoapTestApp;
let server: Awaited<ReturnType<typeof serveOnPort>>;
const keys: Record<string, string> = {};
const dossierCode = exchangeCapNhatKetQuaExample.MaHoSo;

interface Fault {
  faultcode: string;
  faultstring: string;
  detail: { LoiLienThong: { Code: string; Message: string; RequestId?: string } };
}

async function client(member?: string, options: { httpHeaders?: Record<string, string> } = {}) {
  const c = await createClientAsync(`${server.origin}${SOAP_PATH}?wsdl`);
  if (member)
    c.setSecurity(
      new WSSecurity(member, keys[member]!, {
        passwordType: 'PasswordText',
        hasTimeStamp: false,
        hasNonce: false,
      }),
    );
  for (const [name, value] of Object.entries(options.httpHeaders ?? {}))
    c.addHttpHeader(name, value);
  return c;
}

/** Calls an operation expecting a fault; returns the parsed Fault and the HTTP status. */
async function faultOf(call: Promise<unknown>): Promise<Fault & { status: number }> {
  try {
    await call;
  } catch (error) {
    const e = error as {
      root?: { Envelope: { Body: { Fault: Fault } } };
      response?: { status: number };
    };
    if (!e.root) throw error;
    return { ...e.root.Envelope.Body.Fault, status: e.response?.status ?? 0 };
  }
  throw new Error('expected a fault');
}

const ketQua = (c: Client, args: unknown) =>
  c.CapNhatKetQuaAsync(args).then(([result]: [unknown]) => result);
const trangThai = (c: Client, args: unknown) =>
  c.CapNhatTrangThaiAsync(args).then(([result]: [unknown]) => result);

async function exchangeRow(id: string) {
  const { rows } = await db.pool.query(
    'select source, kind, dossier_code, idempotency_key, payload from lienthong.exchange where id = $1',
    [id],
  );
  const deliveries = await db.pool.query(
    'select target, state from lienthong.delivery where exchange_id = $1 order by target',
    [id],
  );
  return { ...rows[0], deliveries: deliveries.rows };
}

beforeAll(async () => {
  db = await createMigratedDatabase('soapexchange');
  boss = await startBoss(db.url, createLogger({ level: 'silent', format: 'json' }));
  t = await buildSoapTestApp({
    pool: db.pool,
    boss,
    routes: [
      { kind: 'result', from: '*', to: ['one-stop'] },
      { kind: 'progress', from: '*', to: ['one-stop', 'national-portal'] },
    ],
  });
  keys.giaoduc = await memberKey(t.members, 'giaoduc', ['result.submit', 'progress.submit']);
  keys.reader = await memberKey(t.members, 'reader', ['exchange.read']);
  server = await serveOnPort(t.app);
});

afterAll(async () => {
  await server.close();
  await boss.stop({ graceful: false });
  await db.drop();
});

describe('LienThongExchange WSDL', () => {
  it('should serve the WSDL with the address of the request origin', async () => {
    const response = await fetch(`${server.origin}${SOAP_PATH}?wsdl`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/xml');
    expect(await response.text()).toContain(`location="${server.origin}${SOAP_PATH}"`);
  });
});

describe('CapNhatKetQua and CapNhatTrangThai', () => {
  it('should accept a result and record a result exchange with its deliveries', async () => {
    const ack = (await ketQua(await client('giaoduc'), exchangeCapNhatKetQuaExample)) as {
      MaGiaoDich: string;
      TrangThai: string;
    };
    expect(ack.TrangThai).toBe('accepted');
    expect(await exchangeRow(ack.MaGiaoDich)).toEqual({
      source: 'giaoduc',
      kind: 'result',
      dossier_code: dossierCode,
      idempotency_key: null,
      payload: {
        dossierCode,
        source: 'giaoduc',
        status: 'returned',
        returnedAt: '2025-07-10T10:00:00+07:00',
        results: [
          {
            name: 'Giấy báo trúng tuyển lớp 10',
            resultCode: 'KQ.G03-GD10.000001',
            documentNumber: '215/GBTT-PĐP',
            fileUrl: 'https://giaoduc.example.gov.vn/ket-qua/215-GBTT.pdf',
          },
        ],
      },
      deliveries: [{ target: 'one-stop', state: 'pending' }],
    });
  });

  it('should accept a status change as a progress exchange with a canonical DossierEvent', async () => {
    const ack = (await trangThai(await client('giaoduc'), exchangeCapNhatTrangThaiExample)) as {
      MaGiaoDich: string;
      TrangThai: string;
    };
    expect(ack.TrangThai).toBe('accepted');
    const row = await exchangeRow(ack.MaGiaoDich);
    expect(row.kind).toBe('progress');
    expect(row.payload).toEqual({
      dossierCode,
      actor: { name: 'Hoàng Minh Tuấn' },
      at: '2025-07-05T14:20:00+07:00',
      content: 'Hội đồng tuyển sinh đang xét hồ sơ',
      status: 'processing',
    });
    expect(row.deliveries).toEqual([
      { target: 'national-portal', state: 'pending' },
      { target: 'one-stop', state: 'pending' },
    ]);
  });

  it('should answer duplicate with the original exchange when the same message comes again', async () => {
    const args = { ...exchangeCapNhatTrangThaiExample, NoiDung: 'Lần gửi lặp lại' };
    const c = await client('giaoduc');
    const first = (await trangThai(c, args)) as { MaGiaoDich: string; TrangThai: string };
    const again = (await trangThai(c, args)) as { MaGiaoDich: string; TrangThai: string };
    expect(first.TrangThai).toBe('accepted');
    expect(again).toEqual({ MaGiaoDich: first.MaGiaoDich, TrangThai: 'duplicate' });
  });

  it('should take the WS-Addressing MessageID as the idempotency key and refuse its reuse', async () => {
    const c = await client('giaoduc');
    c.addSoapHeader(
      '<wsa:MessageID xmlns:wsa="http://www.w3.org/2005/08/addressing">urn:uuid:5e0c1d2a-0001</wsa:MessageID>',
    );
    const first = (await trangThai(c, {
      ...exchangeCapNhatTrangThaiExample,
      NoiDung: 'Có MessageID',
    })) as {
      MaGiaoDich: string;
    };
    expect((await exchangeRow(first.MaGiaoDich)).idempotency_key).toBe('urn:uuid:5e0c1d2a-0001');
    const before = await exchangeCount(db.pool);
    const fault = await faultOf(
      trangThai(c, { ...exchangeCapNhatTrangThaiExample, NoiDung: 'Khác' }),
    );
    expect(fault.faultcode).toBe('soap:Client');
    expect(fault.detail.LoiLienThong.Code).toBe('idempotency.key_reused');
    expect(await exchangeCount(db.pool)).toBe(before);
  });

  it('should accept a UsernameToken sent with a Timestamp and Created, as clients often do', async () => {
    const c = await createClientAsync(`${server.origin}${SOAP_PATH}?wsdl`);
    c.setSecurity(new WSSecurity('giaoduc', keys.giaoduc!, { passwordType: 'PasswordText' }));
    const [ack, , , sent] = await c.CapNhatTrangThaiAsync({
      ...exchangeCapNhatTrangThaiExample,
      NoiDung: 'Có Timestamp',
    });
    expect(sent).toMatch(/<wsu:Timestamp[\s\S]*<wsse:UsernameToken[\s\S]*<wsu:Created>/);
    expect(ack.TrangThai).toBe('accepted');
  });

  it('should take the Idempotency-Key and X-API-Key HTTP headers instead of SOAP headers', async () => {
    const c = await client(undefined, {
      httpHeaders: { 'X-API-Key': keys.giaoduc!, 'Idempotency-Key': 'soap-http-key-1' },
    });
    const ack = (await trangThai(c, {
      ...exchangeCapNhatTrangThaiExample,
      NoiDung: 'Qua header',
    })) as {
      MaGiaoDich: string;
      TrangThai: string;
    };
    expect(ack.TrangThai).toBe('accepted');
    const row = await exchangeRow(ack.MaGiaoDich);
    expect([row.source, row.idempotency_key]).toEqual(['giaoduc', 'soap-http-key-1']);
  });
});

describe('LienThongExchange faults', () => {
  it('should answer missing and bad credentials with soap:Client auth faults and record nothing', async () => {
    const before = await exchangeCount(db.pool);
    const missing = await faultOf(trangThai(await client(), exchangeCapNhatTrangThaiExample));
    expect([missing.faultcode, missing.detail.LoiLienThong.Code, missing.status]).toEqual([
      'soap:Client',
      'auth.missing_credentials',
      500,
    ]);
    const wrongKey = await client();
    wrongKey.setSecurity(
      new WSSecurity('giaoduc', 'lt_00000000_wrong', { passwordType: 'PasswordText' }),
    );
    const otherMembersKey = await client();
    otherMembersKey.setSecurity(
      new WSSecurity('giaoduc', keys.reader!, { passwordType: 'PasswordText' }),
    );
    const digest = await client();
    digest.setSecurity(
      new WSSecurity('giaoduc', keys.giaoduc!, { passwordType: 'PasswordDigest' }),
    );
    const answers = [];
    for (const c of [wrongKey, otherMembersKey, digest]) {
      const fault = await faultOf(trangThai(c, exchangeCapNhatTrangThaiExample));
      answers.push([fault.faultcode, fault.faultstring, fault.detail.LoiLienThong.Code]);
    }
    expect(answers).toEqual(
      Array(3).fill(['soap:Client', 'The credentials are not valid', 'auth.invalid_credentials']),
    );
    expect(await exchangeCount(db.pool)).toBe(before);
  });

  it('should refuse a member without the right with auth.forbidden and audit the denial', async () => {
    const fault = await faultOf(ketQua(await client('reader'), exchangeCapNhatKetQuaExample));
    expect([fault.faultcode, fault.detail.LoiLienThong.Code]).toEqual([
      'soap:Client',
      'auth.forbidden',
    ]);
    const { rows } = await db.pool.query(
      "select detail from lienthong.audit_log where action = 'access.denied' and actor_id = 'reader'",
    );
    expect(rows.map((r) => r.detail)).toEqual([
      { right: 'result.submit', path: SOAP_PATH, method: 'POST', operation: 'CapNhatKetQua' },
    ]);
  });

  it('should list every failing field path in a request.invalid fault', async () => {
    const before = await exchangeCount(db.pool);
    const fault = await faultOf(
      ketQua(await client('giaoduc'), {
        ...exchangeCapNhatKetQuaExample,
        MaHoSo: '000.00.01.H26-251399-0031',
        KetQua: [
          { TenGiayTo: 'Giấy báo', DuongDan: 'https://giaoduc.example.gov.vn/a.pdf' },
          { TenGiayTo: ' ', DuongDan: 'file:///etc/passwd' },
        ],
      }),
    );
    expect([fault.faultcode, fault.detail.LoiLienThong.Code]).toEqual([
      'soap:Client',
      'request.invalid',
    ]);
    const message = fault.detail.LoiLienThong.Message;
    for (const path of [
      'MaHoSo [dossier_code.invalid_date]',
      'KetQua[1].TenGiayTo [value.required]',
      'KetQua[1].DuongDan [url.not_http]',
    ])
      expect(message).toContain(path);
    expect(message).not.toContain('KetQua[0]');
    expect(fault.detail.LoiLienThong.RequestId).toMatch(/^[\w=-]+$/);
    expect(await exchangeCount(db.pool)).toBe(before);
  });

  it('should report a status code outside 1..10 at its field', async () => {
    const fault = await faultOf(
      trangThai(await client('giaoduc'), { ...exchangeCapNhatTrangThaiExample, TrangThai: '11' }),
    );
    expect(fault.detail.LoiLienThong.Message).toMatch(
      /^Invalid fields: TrangThai \[code\.unknown\]/,
    );
  });
});
