// SOAP 1.1 faults of LienThongExchange: our own rendering, so no library or internal text ever reaches a caller.
import { EXCHANGE_NAMESPACE } from '../../contracts/wire/gateway-soap/index.ts';
import { SOAP_11_ENVELOPE } from './xml-guard.ts';

/** A fault as data: the stable code goes in detail LoiLienThong/Code. */
export interface ExchangeFaultInfo {
  /** Client: the caller must change the request; Server: ours. */
  side: 'Client' | 'Server';
  code: string;
  /** faultstring and detail Message; never internal text (stacks, SQL, library errors). */
  message: string;
  /** HTTP status: 500 for SOAP 1.1 faults (WS-I BP R1126), 413/415 for refusals before SOAP. */
  status: 413 | 415 | 500;
}

export const SOAP_XML_CONTENT_TYPE = 'text/xml; charset=utf-8';

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Characters XML 1.0 cannot carry at all; a message could quote one, so they are dropped. */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const text = (value: string) => escapeXml(value.replace(NOT_XML_CHAR, ''));

export function faultInfo(
  side: ExchangeFaultInfo['side'],
  code: string,
  message: string,
  status: ExchangeFaultInfo['status'] = 500,
): ExchangeFaultInfo {
  return { side, code, message, status };
}

/** The whole fault envelope; `requestId` lets an operator find the log lines of this request. */
export function renderFault(fault: ExchangeFaultInfo, requestId?: string): string {
  const id = requestId ? `<lt:RequestId>${text(requestId)}</lt:RequestId>` : '';
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    `<soap:Envelope xmlns:soap="${SOAP_11_ENVELOPE}"><soap:Body><soap:Fault>` +
    `<faultcode>soap:${fault.side}</faultcode><faultstring>${text(fault.message)}</faultstring>` +
    `<detail><lt:LoiLienThong xmlns:lt="${EXCHANGE_NAMESPACE}">` +
    `<lt:Code>${text(fault.code)}</lt:Code><lt:Message>${text(fault.message)}</lt:Message>${id}` +
    '</lt:LoiLienThong></detail></soap:Fault></soap:Body></soap:Envelope>'
  );
}

/** A fault as an HTTP response. */
export function faultResponse(fault: ExchangeFaultInfo, requestId?: string): Response {
  return new Response(renderFault(fault, requestId), {
    status: fault.status,
    headers: { 'content-type': SOAP_XML_CONTENT_TYPE, 'cache-control': 'no-store' },
  });
}

/** The fault for an error we did not expect: a fixed text, whatever the error said. */
export const INTERNAL_FAULT = faultInfo('Server', 'internal', 'Internal error');
