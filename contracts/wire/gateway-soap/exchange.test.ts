// Tests of LienThongExchange: the WSDL loads in the `soap` package, security header, messages, faults, address rewrite.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClientAsync, WSSecurity } from 'soap';
import { describe, expect, it } from 'vitest';
import { fakeSoapHttp } from '../fake-soap-http.ts';
import { exchangeCapNhatKetQuaExample, exchangeCapNhatTrangThaiExample } from './examples.ts';
import {
  EXCHANGE_NAMESPACE,
  EXCHANGE_SOAP_ACTIONS,
  EXCHANGE_WSDL_DEFAULT_ADDRESS,
  EXCHANGE_WSDL_PATH,
  ExchangeAckSchema,
  ExchangeCapNhatKetQuaRequestSchema,
  ExchangeCapNhatTrangThaiRequestSchema,
  ExchangeFaultSchema,
  exchangeWsdlWithAddress,
  readExchangeWsdl,
} from './index.ts';

const envelope = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${body}</soap:Body></soap:Envelope>`;

const ack = (operation: string, trangThai: string) =>
  envelope(
    `<e:${operation}Response xmlns:e="${EXCHANGE_NAMESPACE}"><e:MaGiaoDich>0197d2a4-6b1e-7c3f-8a2d-4e5f6a7b8c9d</e:MaGiaoDich><e:TrangThai>${trangThai}</e:TrangThai></e:${operation}Response>`,
  );

describe('exchange.wsdl', () => {
  it('should describe LienThongExchange with both operations', async () => {
    const client = await createClientAsync(EXCHANGE_WSDL_PATH);
    const port = client.describe().LienThongExchange.LienThongExchangePort;
    expect(Object.keys(port).sort()).toEqual(['CapNhatKetQua', 'CapNhatTrangThai']);
    expect(Object.keys(port.CapNhatKetQua.input)).toEqual([
      'MaHoSo',
      'MaTTHC',
      'TrangThaiHoSo',
      'NgayTra',
      'KetQua[]',
    ]);
    expect(port.CapNhatTrangThai.output.TrangThai).toBe(
      'TrangThaiTiepNhanType|xs:string|accepted,duplicate',
    );
  });

  it('should document the UsernameToken policy and the placeholder address', () => {
    const text = readExchangeWsdl();
    expect(text).toContain('<sp:UsernameToken');
    expect(text).toContain('<wsp:PolicyReference URI="#UsernameTokenPolicy"/>');
    expect(text).toContain(`location="${EXCHANGE_WSDL_DEFAULT_ADDRESS}"`);
  });

  it('should send a UsernameToken header and the soapAction, and parse the acknowledgement', async () => {
    const { sent, httpClient } = fakeSoapHttp(ack('CapNhatKetQua', 'accepted'));
    const client = await createClientAsync(EXCHANGE_WSDL_PATH, { httpClient });
    client.setSecurity(
      new WSSecurity('giaoduc', 'mat-khau', { hasTimeStamp: false, hasNonce: false }),
    );
    const [result] = await client.CapNhatKetQuaAsync(exchangeCapNhatKetQuaExample);
    expect(sent[0]?.url).toBe(EXCHANGE_WSDL_DEFAULT_ADDRESS);
    expect(sent[0]?.headers.SOAPAction).toBe(`"${EXCHANGE_SOAP_ACTIONS.CapNhatKetQua}"`);
    expect(sent[0]?.body).toMatch(
      /<wsse:UsernameToken[^>]*>\s*<wsse:Username>giaoduc<\/wsse:Username>/,
    );
    expect(ExchangeAckSchema.parse(result)).toEqual({
      MaGiaoDich: '0197d2a4-6b1e-7c3f-8a2d-4e5f6a7b8c9d',
      TrangThai: 'accepted',
    });
    const echoed = client.wsdl.xmlToObject(sent[0]?.body).Body.CapNhatKetQua;
    expect(ExchangeCapNhatKetQuaRequestSchema.parse(echoed).KetQua?.[0]?.TenGiayTo).toBe(
      'Giấy báo trúng tuyển lớp 10',
    );
  });

  it('should parse an inbound CapNhatTrangThai into its shape with ThoiDiemXuLy as a Date', async () => {
    const client = await createClientAsync(EXCHANGE_WSDL_PATH);
    const xml = envelope(
      `<e:CapNhatTrangThai xmlns:e="${EXCHANGE_NAMESPACE}"><e:MaHoSo>000.00.01.H26-250703-0031</e:MaHoSo><e:TrangThai>4</e:TrangThai><e:NoiDung>Hội đồng tuyển sinh đang xét hồ sơ</e:NoiDung><e:ThoiDiemXuLy>2025-07-05T14:20:00+07:00</e:ThoiDiemXuLy></e:CapNhatTrangThai>`,
    );
    const parsed = ExchangeCapNhatTrangThaiRequestSchema.parse(
      client.wsdl.xmlToObject(xml).Body.CapNhatTrangThai,
    );
    expect(parsed.ThoiDiemXuLy).toBeInstanceOf(Date);
    expect(parsed.NguoiXuLy).toBeUndefined();
  });

  it('should surface a LoiLienThong fault whose detail carries a Code', async () => {
    const fault = envelope(
      `<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Thiếu thông tin xác thực</faultstring><detail><e:LoiLienThong xmlns:e="${EXCHANGE_NAMESPACE}"><e:Code>auth.missing_credentials</e:Code><e:Message>Thiếu UsernameToken</e:Message></e:LoiLienThong></detail></soap:Fault>`,
    );
    const { httpClient } = fakeSoapHttp(fault, 500);
    const client = await createClientAsync(EXCHANGE_WSDL_PATH, { httpClient });
    const error = await client.CapNhatTrangThaiAsync(exchangeCapNhatTrangThaiExample).then(
      () => undefined,
      (e: { root?: { Envelope: { Body: { Fault: unknown } } } }) => e,
    );
    const parsed = ExchangeFaultSchema.parse(error?.root?.Envelope.Body.Fault);
    expect(parsed.detail?.LoiLienThong.Code).toBe('auth.missing_credentials');
  });

  it('should rewrite the service address and still load', async () => {
    const text = exchangeWsdlWithAddress('https://lienthong.hanoi.gov.vn/soap/v1/exchange');
    expect(text).not.toContain(EXCHANGE_WSDL_DEFAULT_ADDRESS);
    const dir = mkdtempSync(join(tmpdir(), 'lienthong-wsdl-'));
    try {
      const path = join(dir, 'exchange.wsdl');
      writeFileSync(path, text);
      const { sent, httpClient } = fakeSoapHttp(ack('CapNhatTrangThai', 'duplicate'));
      const client = await createClientAsync(path, { httpClient });
      const [result] = await client.CapNhatTrangThaiAsync(exchangeCapNhatTrangThaiExample);
      expect(sent[0]?.url).toBe('https://lienthong.hanoi.gov.vn/soap/v1/exchange');
      expect(ExchangeAckSchema.parse(result).TrangThai).toBe('duplicate');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Exchange message shapes', () => {
  it('should accept the realistic examples', () => {
    expect(ExchangeCapNhatKetQuaRequestSchema.safeParse(exchangeCapNhatKetQuaExample).success).toBe(
      true,
    );
    expect(
      ExchangeCapNhatTrangThaiRequestSchema.safeParse(exchangeCapNhatTrangThaiExample).success,
    ).toBe(true);
  });

  it('should reject a numeric status, a dd/MM/yyyy time and an unknown acknowledgement', () => {
    expect(
      ExchangeCapNhatKetQuaRequestSchema.safeParse({
        ...exchangeCapNhatKetQuaExample,
        TrangThaiHoSo: 10,
      }).success,
    ).toBe(false);
    expect(
      ExchangeCapNhatTrangThaiRequestSchema.safeParse({
        ...exchangeCapNhatTrangThaiExample,
        ThoiDiemXuLy: '05/07/2025 14:20',
      }).success,
    ).toBe(false);
    expect(ExchangeAckSchema.safeParse({ MaGiaoDich: 'x', TrangThai: 'rejected' }).success).toBe(
      false,
    );
  });

  it('should reject a fault without a Code', () => {
    expect(
      ExchangeFaultSchema.safeParse({
        faultcode: 'soap:Client',
        faultstring: 'x',
        detail: { LoiLienThong: {} },
      }).success,
    ).toBe(false);
  });
});
