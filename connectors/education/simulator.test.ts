// Tests of the GiaoDucService simulator at the wire: WSDL, validation faults, auth, internal errors, hostile input.
import { afterEach, describe, expect, it } from 'vitest';
import { hostileXml } from '../kit/index.ts';
import { countOf, type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import {
  createEducationSimulator,
  EDUCATION_CLIENT,
  EDUCATION_SERVICE_PATH,
  type EducationSimulatorOptions,
} from './simulator.ts';

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';

function envelope(body: string, password: string = EDUCATION_CLIENT.password): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header>' +
    `<wsse:Security xmlns:wsse="${WSSE}"><wsse:UsernameToken>` +
    `<wsse:Username>${EDUCATION_CLIENT.username}</wsse:Username><wsse:Password>${password}</wsse:Password>` +
    `</wsse:UsernameToken></wsse:Security></soap:Header><soap:Body>${body}</soap:Body></soap:Envelope>`
  );
}

const HO_SO_WITHOUT_OWNER =
  '<TiepNhanHoSo xmlns="urn:lienthong:giaoduc:v1"><HoSo><MaHoSo>000.00.01.H26-250703-0031</MaHoSo>' +
  '<MaTTHC>3.000181</MaTTHC><TenTTHC>Tuyển sinh</TenTTHC><MaLinhVuc>GD10</MaLinhVuc>' +
  '<NgayTiepNhan>2025-07-03T09:30:00+07:00</NgayTiepNhan><TrichYeu>x</TrichYeu></HoSo></TiepNhanHoSo>';

describe('education simulator', () => {
  const open: RunningSimulator[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  async function start(options: EducationSimulatorOptions = {}) {
    const sim = await startSimulator(createEducationSimulator(options));
    open.push(sim);
    const post = async (xml: string, action = 'TiepNhanHoSo') => {
      const res = await fetch(`${sim.url}${EDUCATION_SERVICE_PATH}`, {
        method: 'POST',
        body: xml,
        headers: {
          'content-type': 'text/xml; charset=utf-8',
          soapaction: `"urn:lienthong:giaoduc:v1#${action}"`,
        },
      });
      return { status: res.status, body: await res.text() };
    };
    return { sim, post };
  }

  it('should serve its WSDL on GET ?wsdl', async () => {
    const { sim } = await start();
    const res = await fetch(`${sim.url}${EDUCATION_SERVICE_PATH}?wsdl`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<wsdl:service name="GiaoDucService">');
  });

  it('should answer a request breaking the XSD rules with a soap:Client fault naming the fields', async () => {
    const { sim, post } = await start();
    const res = await post(envelope(HO_SO_WITHOUT_OWNER));
    expect(res.status).toBe(500);
    expect(res.body).toContain('<faultcode>soap:Client</faultcode>');
    expect(res.body).toContain('<tns:MaLoi>DU_LIEU_KHONG_HOP_LE</tns:MaLoi>');
    expect(res.body).toMatch(/HoSo\.MaLinhVuc.*HoSo\.ChuHoSo|HoSo\.ChuHoSo.*HoSo\.MaLinhVuc/);
    expect(countOf(sim.stats(), 'rejected', 'TiepNhanHoSo')).toBe(1);
    expect(sim.stats().applied).toEqual({});
  });

  it('should refuse a wrong password with wsse:FailedAuthentication every time', async () => {
    const { sim, post } = await start();
    for (let i = 0; i < 2; i++) {
      const res = await post(envelope(HO_SO_WITHOUT_OWNER, 'wrong'));
      expect(res.status).toBe(500);
      expect(res.body).toContain('<faultcode>wsse:FailedAuthentication</faultcode>');
    }
    expect(countOf(sim.stats(), 'rejected', 'auth')).toBe(2);
    expect(countOf(sim.stats(), 'received', 'TiepNhanHoSo')).toBe(0);
  });

  it('should turn an internal failure into LOI_HE_THONG without leaking its message', async () => {
    const { post } = await start({
      now: () => {
        throw new Error('secret internal detail: connection string Server=db01');
      },
    });
    const query =
      '<TraCuuKetQua xmlns="urn:lienthong:giaoduc:v1"><MaHoSo>X</MaHoSo></TraCuuKetQua>';
    const ok = await post(envelope(query), 'TraCuuKetQua');
    expect(ok.body).toContain('HO_SO_KHONG_TON_TAI');
    const dossier = HO_SO_WITHOUT_OWNER.replace(
      '<MaLinhVuc>GD10</MaLinhVuc>',
      '<MaLinhVuc>G03-GD10</MaLinhVuc><ChuHoSo><HoVaTen>Phạm Gia Bảo</HoVaTen>' +
        '<SoDinhDanh>001210012345</SoDinhDanh><NgaySinh>2010-05-04</NgaySinh></ChuHoSo>',
    );
    const res = await post(envelope(dossier));
    expect(res.status).toBe(500);
    expect(res.body).toContain('<faultcode>soap:Server</faultcode>');
    expect(res.body).toContain('<tns:MaLoi>LOI_HE_THONG</tns:MaLoi>');
    expect(res.body).not.toContain('secret');
  });

  it('should answer a hostile request with a fault, expanding nothing and applying nothing', async () => {
    const { sim, post } = await start();
    const res = await post(hostileXml('billion_laughs'));
    expect(res.status).toBe(500);
    expect(res.body).toContain('Fault');
    expect(res.body).not.toContain('lollollol');
    expect(sim.stats().applied).toEqual({});
  });

  it("should answer a message it cannot dispatch with a SOAP fault, not the library's error text", async () => {
    const { post } = await start();
    const res = await post(envelope('<KhongCo xmlns="urn:lienthong:giaoduc:v1"/>'), 'KhongCo');
    expect(res.status).toBe(500);
    expect(res.body).toContain('<faultcode>soap:Server</faultcode>');
    expect(res.body).not.toMatch(/Cannot read|TypeError|at \w+ \(/);
  });
});
