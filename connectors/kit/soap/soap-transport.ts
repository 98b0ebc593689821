// The `soap` package's HTTP hook, served by the kit's HttpClient: deadline, size cap, allow-list, span, XML guard.
import type { IHeaders, IHttpClient } from 'soap';
import type { Classifier } from '../classifier.ts';
import { ConnectorError } from '../errors.ts';
import type { HttpClient } from '../http-client.ts';
import { SOAP_REASONS } from './soap-fault.ts';
import { inspectXml, type XmlGuardIssue } from './xml-guard.ts';

/** What one call hands the transport, and what the transport records for the exchange log. */
export interface SoapCallState {
  readonly operation: string;
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  request?: string;
  status?: number;
  response?: string;
  /** Rejects the call when the `soap` package throws while handling the answer. */
  fail?: (error: unknown) => void;
}

/** Key of the call state in the per-call options the `soap` package passes through to the transport. */
export const SOAP_CALL_STATE = Symbol('lienthong.soapCall');

export interface SoapTransportOptions {
  connectorId: string;
  classifier: Classifier;
  /** Span route: the endpoint's path. */
  route: string;
  maxDepth: number;
}

/** SOAP 1.1 faults come with 500, SOAP 1.2 Sender faults with 400: both are read as envelopes. */
const FAULT_STATUSES = [400, 500] as const;
const FAULT_RE = /<(?:[\w.-]+:)?Fault[\s>/]/;

const GUARD_REASONS: Readonly<Record<XmlGuardIssue, string>> = {
  'xml.doctype_forbidden': SOAP_REASONS.xmlForbidden,
  'xml.too_deep': SOAP_REASONS.xmlTooDeep,
  'xml.malformed': SOAP_REASONS.invalidResponse,
};

const PASSWORD_RE = /(<(?:[\w.-]+:)?Password\b[^>]*>)[^<]*(<\/)/g;

/** The request as kept for the exchange log: WS-Security passwords replaced, the rest as sent. */
export function redactSoapRequest(xml: string): string {
  return xml.replace(PASSWORD_RE, '$1[redacted]$2');
}

function stringHeaders(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined && value !== null) out[name] = String(value);
  }
  return out;
}

export function createSoapTransport(http: HttpClient, options: SoapTransportOptions): IHttpClient {
  const { connectorId, classifier } = options;
  const permanent = (reason: string, state?: SoapCallState): ConnectorError =>
    new ConnectorError({
      connectorId,
      errorClass: 'permanent',
      reason,
      ...(state?.status === undefined ? {} : { status: state.status }),
      request: state?.request,
      response: state?.response === undefined ? undefined : { body: state.response },
    });

  async function send(
    url: string,
    body: string,
    headers: IHeaders | undefined,
    state: SoapCallState,
  ) {
    state.request = redactSoapRequest(body);
    const res = await http.request({
      method: 'POST',
      path: url,
      body,
      headers: stringHeaders(headers),
      signal: state.signal,
      timeoutMs: state.timeoutMs,
      acceptStatus: FAULT_STATUSES,
      route: options.route,
      operation: state.operation,
    });
    const text = res.text();
    state.status = res.status;
    state.response = text;
    const ok = res.status >= 200 && res.status < 300;
    // A 500 that is an HTML error page is a server error, not a fault: classify it by status.
    if (!ok && !FAULT_RE.test(text)) {
      throw classifier.toError(
        { status: res.status, headers: res.headers },
        { connectorId, request: state.request, response: { status: res.status, body: text } },
      );
    }
    const issue = inspectXml(text, { maxDepth: options.maxDepth });
    if (issue !== undefined) throw permanent(GUARD_REASONS[issue], state);
    return { status: res.status, headers: Object.fromEntries(res.headers.entries()), text };
  }

  return {
    request(url, data, callback, headers, exoptions) {
      const state = (exoptions as Record<symbol, SoapCallState> | undefined)?.[SOAP_CALL_STATE];
      // Only calls made through the kit go out: the WSDL and its imports are never fetched.
      if (state === undefined) {
        callback(permanent(SOAP_REASONS.fetchRefused));
        return undefined as never;
      }
      const settle = (run: () => unknown): void => {
        try {
          run();
        } catch (error) {
          state.fail?.(error);
        }
      };
      send(url, String(data), headers, state).then(
        (res) =>
          settle(() => callback(null, { status: res.status, headers: res.headers }, res.text)),
        (error: unknown) => settle(() => callback(error)),
      );
      return undefined as never;
    },
  };
}
