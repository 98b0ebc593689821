// soapExchangeRoutes over fakes: WSDL address, dispatch and its refusals, what reaches intake, and no leaked internals.
import { describe, expect, it } from 'vitest';
import { exchangeCapNhatTrangThaiExample as example } from '../../contracts/wire/gateway-soap/examples.ts';
import type { IntakeMessage, IntakeOutcome } from '../../ops/delivery/intake.ts';
import type { KeyAuthResult } from '../../ops/members/types.ts';
import { SOAP_EXCHANGE_PATH, soapExchangeRoutes } from './exchange-service.ts';

const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';
const ACTION = 'urn:lienthong:exchange:v1#';

function setup(
  options: { submit?: (m: IntakeMessage) => Promise<IntakeOutcome>; publicUrl?: string } = {},
) {
  const submitted: IntakeMessage[] = [];
  const logged: Array<{ level: string; object: unknown }> = [];
  const log = (level: string) => (object: unknown) => void logged.push({ level, object });
  const app = soapExchangeRoutes({
    intake: {
      submit: async (message) => {
        submitted.push(message);
        return options.submit
          ? options.submit(message)
          : { status: 'accepted', exchangeId: 'ex-1', deliveries: [], targets: [] };
      },
    },
    members: {
      authenticateKey: async (key): Promise<KeyAuthResult> =>
        key === 'good'
          ? {
              ok: true,
              member: {
                id: 'giaoduc',
                name: 'GD',
                rights: ['progress.submit'],
                certFingerprint: null,
              },
            }
          : { ok: false, code: 'key.unknown' },
      verifyToken: async () => ({ ok: false, code: 'token.invalid' }),
    },
    pool: { query: async () => ({ rows: [] }) } as never,
    logger: { warn: log('warn'), error: log('error') } as never,
    publicUrl: options.publicUrl,
  });
  return { app, submitted, logged };
}

const statusChange = (content = example.NoiDung) =>
  `<e:CapNhatTrangThai><e:MaHoSo>${example.MaHoSo}</e:MaHoSo><e:TrangThai>4</e:TrangThai>` +
  `<e:NoiDung>${content}</e:NoiDung><e:ThoiDiemXuLy>${example.ThoiDiemXuLy}</e:ThoiDiemXuLy></e:CapNhatTrangThai>`;
const envelope = (body: string, header = '', ns = SOAP11) =>
  `<s:Envelope xmlns:s="${ns}" xmlns:e="urn:lienthong:exchange:v1"><s:Header>${header}</s:Header><s:Body>${body}</s:Body></s:Envelope>`;

async function post(
  app: ReturnType<typeof setup>['app'],
  body: string,
  headers: Record<string, string> = {},
) {
  const response = await app.request(SOAP_EXCHANGE_PATH, {
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=utf-8', 'x-api-key': 'good', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, code: /<lt:Code>([^<]*)</.exec(text)?.[1] };
}

describe('soapExchangeRoutes', () => {
  it('should serve the WSDL at publicUrl for ?wsdl and ?WSDL, and 404 a bare GET', async () => {
    const { app } = setup({ publicUrl: 'https://lienthong.example.gov.vn/' });
    for (const query of ['?wsdl', '?WSDL']) {
      const text = await (await app.request(`${SOAP_EXCHANGE_PATH}${query}`)).text();
      expect(text).toContain('location="https://lienthong.example.gov.vn/soap/v1/exchange"');
    }
    expect((await app.request(SOAP_EXCHANGE_PATH)).status).toBe(404);
  });

  it('should hand the canonical event to intake and answer the ack', async () => {
    const { app, submitted } = setup();
    const answer = await post(app, envelope(statusChange()), {
      soapaction: `"${ACTION}CapNhatTrangThai"`,
    });
    expect(answer.status).toBe(200);
    expect(answer.text).toMatch(/<MaGiaoDich>ex-1<\/MaGiaoDich><TrangThai>accepted<\/TrangThai>/);
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toMatchObject({
      source: 'giaoduc',
      kind: 'progress',
      dossierCode: example.MaHoSo,
      idempotencyKey: null,
      statusChange: { status: 'processing', finishedAt: null },
    });
  });

  it('should hash the message, not the envelope, so a resend with other headers is the same request', async () => {
    const { app, submitted } = setup();
    await post(app, envelope(statusChange()));
    await post(app, envelope(statusChange(), '<x:Trace xmlns:x="urn:x">42</x:Trace>'));
    await post(app, envelope(statusChange('Khác')));
    const [a, b, c] = submitted.map((m) => m.requestHash);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('should answer an intake failure with soap:Server internal and none of its text', async () => {
    const { app, logged } = setup({
      submit: async () => {
        throw new Error('relation "lienthong.exchange" does not exist (password=hunter2)');
      },
    });
    const answer = await post(app, envelope(statusChange()));
    expect([answer.status, answer.code]).toEqual([500, 'internal']);
    expect(answer.text).toContain('<faultcode>soap:Server</faultcode>');
    expect(answer.text).not.toMatch(/relation|hunter2|Error|at /);
    expect(logged.map((l) => l.level)).toContain('error');
  });

  it('should refuse what the parser refuses after the guard passed, without its stack', async () => {
    const { app, submitted } = setup();
    const answer = await post(app, envelope(statusChange('&#xFFFFFF;')));
    expect([answer.status, answer.code]).toEqual([500, 'request.invalid']);
    expect(answer.text).not.toMatch(/sax|Error|\.js/);
    expect(submitted).toEqual([]);
  });

  it('should refuse a SOAPAction that names another operation than the Body', async () => {
    const { app, submitted } = setup();
    const answer = await post(app, envelope(statusChange()), {
      soapaction: `${ACTION}CapNhatKetQua`,
    });
    expect(answer.code).toBe('request.invalid');
    expect(answer.text).toContain('SOAPAction');
    expect(submitted).toEqual([]);
  });

  it('should refuse an unknown operation, two operations and a SOAP 1.2 envelope', async () => {
    const { app } = setup();
    expect((await post(app, envelope('<e:XoaHoSo/>'))).code).toBe('request.invalid');
    expect((await post(app, envelope(statusChange() + statusChange()))).code).toBe(
      'request.invalid',
    );
    expect(
      (await post(app, envelope(statusChange(), '', 'http://www.w3.org/2003/05/soap-envelope')))
        .code,
    ).toBe('xml.envelope_invalid');
  });

  it('should refuse other media types and compressed bodies with 415 before reading', async () => {
    const { app } = setup();
    const json = await post(app, envelope(statusChange()), { 'content-type': 'application/json' });
    const gzip = await post(app, envelope(statusChange()), { 'content-encoding': 'gzip' });
    expect([json.status, json.code, gzip.status, gzip.code]).toEqual([
      415,
      'xml.unsupported_media_type',
      415,
      'xml.unsupported_media_type',
    ]);
  });

  it('should not reach intake for a bad key', async () => {
    const { app, submitted, logged } = setup();
    const answer = await post(app, envelope(statusChange()), { 'x-api-key': 'bad' });
    expect(answer.code).toBe('auth.invalid_credentials');
    expect(submitted).toEqual([]);
    expect(logged).toEqual([
      {
        level: 'warn',
        object: { reason: 'key.unknown', path: SOAP_EXCHANGE_PATH, memberId: undefined },
      },
    ]);
  });
});
