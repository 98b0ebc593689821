// SOAP faults as the `soap` package reports them → classified ConnectorErrors, fault text kept out of messages.
import type { Classification, Classifier } from '../classifier.ts';
import { ConnectorError } from '../errors.ts';
import { headerText } from './soap-header.ts';

/** Reasons the SOAP client produces itself (a connector's table may override the fault ones). */
export const SOAP_REASONS = {
  clientFault: 'soap.client_fault',
  serverFault: 'soap.server_fault',
  versionMismatch: 'soap.version_mismatch',
  mustUnderstand: 'soap.must_understand',
  unknownFault: 'soap.unknown_fault',
  invalidResponse: 'soap.invalid_response',
  xmlForbidden: 'soap.xml_forbidden',
  xmlTooDeep: 'soap.xml_too_deep',
  relatesToMissing: 'soap.relates_to_missing',
  relatesToMismatch: 'soap.relates_to_mismatch',
  unknownOperation: 'soap.unknown_operation',
  wsdlUnavailable: 'soap.wsdl_unavailable',
  fetchRefused: 'soap.fetch_refused',
  invalidHeader: 'soap.invalid_header',
} as const;

/** A fault reduced to what classification needs: codes only, never faultstring or detail text. */
export interface SoapFault {
  /** Local part of faultcode (1.1) or Code/Value (1.2): 'Client', 'Server', 'Sender' … */
  code: string;
  /** 1.2 Subcode/Value local part, if any. */
  subcode?: string;
  /** The system's own code found in the detail (e.g. LoiGiaoDuc/MaLoi). */
  detailCode?: string;
}

/** Finds the system's code in a fault detail; the default looks for Code, ErrorCode or MaLoi. */
export type FaultDetailCode = (detail: unknown) => string | undefined;

const CODE_KEYS = new Set(['Code', 'code', 'ErrorCode', 'errorCode', 'MaLoi']);
/** System codes are short tokens; anything else is not echoed into messages. */
const SAFE_CODE_RE = /^[\w.:-]{1,64}$/;

export const defaultFaultDetailCode: FaultDetailCode = (detail) => {
  let level: unknown[] = [detail];
  for (let depth = 0; depth < 3 && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const node of level) {
      if (node === null || typeof node !== 'object') continue;
      for (const [key, value] of Object.entries(node)) {
        const text = headerText(value);
        if (CODE_KEYS.has(key) && text !== undefined && text !== '') return text;
        next.push(value);
      }
    }
    level = next;
  }
  return undefined;
};

const localName = (qname: string): string => qname.slice(qname.lastIndexOf(':') + 1).trim();

/** The Fault element inside a `soap` client error (`error.root.Envelope.Body.Fault`), if it is one. */
export function readSoapFault(
  error: unknown,
  detailCode: FaultDetailCode = defaultFaultDetailCode,
): SoapFault | undefined {
  const root = (error as { root?: { Envelope?: { Body?: { Fault?: unknown } } } } | null)?.root;
  const fault = root?.Envelope?.Body?.Fault as Record<string, unknown> | undefined;
  if (fault === undefined || fault === null || typeof fault !== 'object') return undefined;
  const code11 = headerText(fault.faultcode);
  const code12 = fault.Code as { Value?: unknown; Subcode?: { Value?: unknown } } | undefined;
  const code = code11 ?? headerText(code12?.Value);
  if (code === undefined) return undefined;
  const result: SoapFault = { code: localName(code) };
  const sub = headerText(code12?.Subcode?.Value);
  if (sub !== undefined) result.subcode = localName(sub);
  const found = detailCode(fault.detail ?? fault.Detail);
  if (found !== undefined && SAFE_CODE_RE.test(found)) result.detailCode = found;
  return result;
}

const DEFAULT_FAULT_RULES: Readonly<Record<string, Classification>> = {
  Server: { class: 'transient', reason: SOAP_REASONS.serverFault },
  Receiver: { class: 'transient', reason: SOAP_REASONS.serverFault },
  Client: { class: 'permanent', reason: SOAP_REASONS.clientFault },
  Sender: { class: 'permanent', reason: SOAP_REASONS.clientFault },
  VersionMismatch: { class: 'permanent', reason: SOAP_REASONS.versionMismatch },
  MustUnderstand: { class: 'permanent', reason: SOAP_REASONS.mustUnderstand },
};

const UNKNOWN_PROBE = '\u0000soap.unknown';

/**
 * Lookup order: the detail code in the connector's `codes`, then `fault.<code>` (e.g.
 * 'fault.Server', 'fault.FailedAuthentication') in `codes`, then the SOAP defaults (Server and
 * Receiver transient; Client, Sender and the rest permanent).
 */
export function classifySoapFault(classifier: Classifier, fault: SoapFault): Classification {
  const unknown = classifier.classify({ code: UNKNOWN_PROBE });
  const known = (code: string): Classification | undefined => {
    const c = classifier.classify({ code });
    return c.class === unknown.class && c.reason === unknown.reason ? undefined : c;
  };
  return (
    (fault.detailCode === undefined ? undefined : known(fault.detailCode)) ??
    (fault.subcode === undefined ? undefined : known(`fault.${fault.subcode}`)) ??
    known(`fault.${fault.code}`) ??
    DEFAULT_FAULT_RULES[fault.code] ?? { class: 'permanent', reason: SOAP_REASONS.unknownFault }
  );
}

/** The classified error; its message names codes only, the fault body stays in `response`. */
export function soapFaultError(
  connectorId: string,
  classifier: Classifier,
  fault: SoapFault,
  exchange: { request?: unknown; response?: unknown; status?: number | undefined },
): ConnectorError {
  const c = classifySoapFault(classifier, fault);
  const codes = [fault.code, fault.subcode, fault.detailCode].filter((x) => x !== undefined);
  return new ConnectorError({
    connectorId,
    errorClass: c.class,
    reason: c.reason,
    message: `${connectorId}: ${c.reason} (SOAP fault ${codes.join('/')})`,
    ...(c.retryAfterMs === undefined ? {} : { retryAfterMs: c.retryAfterMs }),
    ...(exchange.status === undefined ? {} : { status: exchange.status }),
    request: exchange.request,
    response: exchange.response,
  });
}
