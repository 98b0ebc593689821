// SOAP 1.1 faults as GiaoDucService answers them, and the named errors the simulator's fault knobs can select.

import type { EducationFaultDetail } from '../../contracts/wire/education/index.ts';
import { EDUCATION_NAMESPACE } from '../../contracts/wire/education/index.ts';
import { escapeXml, HOSTILE_XML_KINDS, hostileXml, WSSE_NAMESPACE } from '../kit/index.ts';
import type { Simulator } from '../kit/simulator/index.ts';

const SOAP_ENV = 'http://schemas.xmlsoap.org/soap/envelope/';
const XML_TYPE = { 'content-type': 'text/xml; charset=utf-8' };

/** What a handler throws for the `soap` server to answer; statusCode 500 as SOAP 1.1 requires. */
export type SoapFaultThrow = { Fault: Record<string, unknown> };

/** soap:Client (the caller's data) or soap:Server (ours) with a LoiGiaoDuc detail, like a WCF FaultException<T>. */
export function educationFault(
  side: 'Client' | 'Server',
  detail: EducationFaultDetail,
): SoapFaultThrow {
  return {
    Fault: {
      faultcode: `soap:${side}`,
      faultstring: detail.ThongBao,
      detail: { 'tns:LoiGiaoDuc': { 'tns:MaLoi': detail.MaLoi, 'tns:ThongBao': detail.ThongBao } },
      statusCode: 500,
    },
  };
}

const AUTH_FAULT_TEXT = 'The security token could not be authenticated or authorized';

/** A fresh object each time: the `soap` server clears statusCode on the fault it sends. */
export function authFault(): SoapFaultThrow {
  return {
    Fault: {
      faultcode: 'wsse:FailedAuthentication',
      faultstring: AUTH_FAULT_TEXT,
      statusCode: 500,
    },
  };
}

/** A fault envelope built directly (for errors raised before the SOAP server sees the request). */
export function faultEnvelope(code: string, text: string, detail?: EducationFaultDetail): string {
  const body = detail
    ? `<detail><tns:LoiGiaoDuc xmlns:tns="${EDUCATION_NAMESPACE}"><tns:MaLoi>${detail.MaLoi}</tns:MaLoi>` +
      `<tns:ThongBao>${escapeXml(detail.ThongBao)}</tns:ThongBao></tns:LoiGiaoDuc></detail>`
    : '';
  return (
    `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="${SOAP_ENV}" xmlns:wsse="${WSSE_NAMESPACE}">` +
    `<soap:Body><soap:Fault><faultcode>${code}</faultcode><faultstring>${escapeXml(text)}</faultstring>` +
    `${body}</soap:Fault></soap:Body></soap:Envelope>`
  );
}

export const SYSTEM_ERROR: EducationFaultDetail = {
  MaLoi: 'LOI_HE_THONG',
  ThongBao: 'Hệ thống đang gián đoạn, vui lòng thử lại sau',
};

/**
 * Named errors for faults.errorResponder: system_error (soap:Server LOI_HE_THONG), internal_error
 * (a bare WCF internal-error fault), invalid (soap:Client DU_LIEU_KHONG_HOP_LE), auth_failed
 * (wsse:FailedAuthentication), iis_unavailable (IIS's HTML 503), and one per hostile XML kind.
 */
export function registerEducationErrors(sim: Simulator): void {
  const xml = (body: string, status: 200 | 500 | 503 = 500) =>
    new Response(body, { status, headers: XML_TYPE });
  sim.errorResponder('system_error', () =>
    xml(faultEnvelope('soap:Server', SYSTEM_ERROR.ThongBao, SYSTEM_ERROR)),
  );
  sim.errorResponder('internal_error', () =>
    xml(
      faultEnvelope(
        'soap:Server',
        'The server was unable to process the request due to an internal error.',
      ),
    ),
  );
  sim.errorResponder('invalid', () =>
    xml(
      faultEnvelope('soap:Client', 'Dữ liệu hồ sơ không hợp lệ', {
        MaLoi: 'DU_LIEU_KHONG_HOP_LE',
        ThongBao: 'Dữ liệu hồ sơ không hợp lệ',
      }),
    ),
  );
  sim.errorResponder('auth_failed', () =>
    xml(faultEnvelope('wsse:FailedAuthentication', AUTH_FAULT_TEXT)),
  );
  sim.errorResponder(
    'iis_unavailable',
    () =>
      new Response('<html><body><h1>Service Unavailable</h1></body></html>', {
        status: 503,
        headers: { 'content-type': 'text/html' },
      }),
  );
  for (const kind of HOSTILE_XML_KINDS) sim.errorResponder(kind, () => xml(hostileXml(kind), 200));
}
