// createSoapClient: the `soap` package over the kit's HttpClient, one deadline per call, faults classified.
import { randomUUID } from 'node:crypto';
import { raceAbort } from '../abort.ts';
import { type Classifier, defineClassifier } from '../classifier.ts';
import { ConnectorError } from '../errors.ts';
import { createHttpClient, type HttpClientFactory } from '../http-client.ts';
import { callerAbortReason } from '../http-response.ts';
import {
  defaultFaultDetailCode,
  type FaultDetailCode,
  readSoapFault,
  SOAP_REASONS,
  soapFaultError,
} from './soap-fault.ts';
import { readRelatesTo, type SoapHeaderElement, soapHeaderXml } from './soap-header.ts';
import { createSoapLoader, type PerCallHeaders } from './soap-loader.ts';
import { createSoapTransport, SOAP_CALL_STATE, type SoapCallState } from './soap-transport.ts';
import { DEFAULT_MAX_XML_DEPTH } from './xml-guard.ts';

export interface SoapClientOptions {
  connectorId: string;
  /** A WSDL file shipped in contracts/; never a URL, so nothing is fetched at run time. */
  wsdlPath: string;
  /** The service URL calls go to (overrides the WSDL's soap:address). */
  endpoint: string;
  /** Hosts calls may reach; anything else is refused before a socket opens. */
  allowedHosts: readonly string[];
  /** Default per-call deadline (connect, headers and body). Default 10 s. */
  timeoutMs?: number;
  /** Largest response body read. Default 5 MiB. */
  maxResponseBytes?: number;
  /** Deepest element nesting accepted in a response. Default 64. */
  maxXmlDepth?: number;
  connections?: number;
  /** The connector's table: system codes from fault details, and 'fault.<faultcode>' overrides. */
  classifier?: Classifier;
  /** Finds the system's code in a fault detail; default looks for Code, ErrorCode or MaLoi. */
  faultDetailCode?: FaultDetailCode;
  /** Sent with every call (e.g. a WS-Security UsernameToken; an API key header). */
  headers?: {
    soap?: readonly SoapHeaderElement[];
    http?: Readonly<Record<string, string>>;
  };
  /**
   * WS-Addressing for services that use it: MessageID (urn:uuid), Action and To on every call;
   * a response whose RelatesTo differs is refused, and one without RelatesTo too unless
   * `requireRelatesTo` is false.
   */
  addressing?: boolean | { requireRelatesTo?: boolean };
  /** HTTP client factory (a connector passes deps.fetch). Default: the kit's createHttpClient. */
  http?: HttpClientFactory;
  userAgent?: string;
}

export interface SoapCallOptions {
  signal?: AbortSignal | undefined;
  /** This call's deadline; defaults to the client's timeoutMs. */
  timeoutMs?: number | undefined;
  soapHeaders?: readonly SoapHeaderElement[];
  httpHeaders?: Readonly<Record<string, string>>;
}

export interface SoapCallResult<T> {
  /** The output element as the `soap` package parsed it (xs:date/dateTime become Date). */
  result: T;
  soapHeaders: Record<string, unknown> | undefined;
  status: number;
  /** Raw XML for the exchange log (may hold personal data: never log it). */
  request: string;
  response: string;
  messageId?: string;
}

export interface SoapClient {
  readonly connectorId: string;
  call<T = unknown>(
    operation: string,
    args: object,
    options?: SoapCallOptions,
  ): Promise<SoapCallResult<T>>;
  close(): Promise<void>;
}

type AsyncMethod = (args: object, options: object, extraHeaders: object) => Promise<unknown[]>;

export function createSoapClient(options: SoapClientOptions): SoapClient {
  const { connectorId, endpoint } = options;
  const classifier = options.classifier ?? defineClassifier();
  const defaultTimeoutMs = options.timeoutMs ?? 10_000;
  const addressing = options.addressing ?? false;
  const requireRelatesTo =
    typeof addressing === 'object' ? (addressing.requireRelatesTo ?? true) : true;
  const http = (options.http ?? createHttpClient)({
    connectorId,
    baseUrl: endpoint,
    allowedHosts: options.allowedHosts,
    timeoutMs: defaultTimeoutMs,
    ...(options.maxResponseBytes === undefined
      ? {}
      : { maxResponseBytes: options.maxResponseBytes }),
    ...(options.connections === undefined ? {} : { connections: options.connections }),
    defaultHeaders: {
      'user-agent': options.userAgent ?? `lienthong/${connectorId}`,
      ...options.headers?.http,
    },
    classifier,
  });
  const transport = createSoapTransport(http, {
    connectorId,
    classifier,
    route: new URL(endpoint).pathname,
    maxDepth: options.maxXmlDepth ?? DEFAULT_MAX_XML_DEPTH,
  });
  const perCall = new WeakMap<object, PerCallHeaders>();
  const fail = (errorClass: 'permanent' | 'transient', reason: string, state?: SoapCallState) =>
    new ConnectorError({
      connectorId,
      errorClass,
      reason,
      ...(state?.status === undefined ? {} : { status: state.status }),
      request: state?.request,
      response: state?.response === undefined ? undefined : { body: state.response },
    });

  const load = createSoapLoader(
    { wsdlPath: options.wsdlPath, endpoint, transport, perCall },
    (failure) =>
      fail(
        'permanent',
        failure === 'remote' ? SOAP_REASONS.fetchRefused : SOAP_REASONS.wsdlUnavailable,
      ),
  );

  async function invoke<T>(
    operation: string,
    args: object,
    callOptions: SoapCallOptions,
    state: SoapCallState,
  ): Promise<SoapCallResult<T>> {
    const client = await load();
    const method = (client as unknown as Record<string, unknown>)[`${operation}Async`];
    if (typeof method !== 'function') throw fail('permanent', SOAP_REASONS.unknownOperation);
    const headerXml = soapHeaderXml(
      [...(options.headers?.soap ?? []), ...(callOptions.soapHeaders ?? [])],
      connectorId,
    );
    const messageId = addressing ? `urn:uuid:${randomUUID()}` : undefined;
    const callArgs = { ...args };
    perCall.set(callArgs, { headerXml, messageId });
    const [result, , soapHeaders] = await new Promise<unknown[]>((resolve, reject) => {
      state.fail = reject;
      (method as AsyncMethod)
        .call(client, callArgs, { [SOAP_CALL_STATE]: state }, { ...callOptions.httpHeaders })
        .then(resolve, reject);
    });
    if (messageId !== undefined) {
      const relatesTo = readRelatesTo(soapHeaders);
      if (relatesTo === undefined && requireRelatesTo) {
        throw fail('permanent', SOAP_REASONS.relatesToMissing, state);
      }
      // Another call's answer (a proxy mixing up connections): retrying gets the right one.
      if (relatesTo !== undefined && relatesTo !== messageId) {
        throw fail('transient', SOAP_REASONS.relatesToMismatch, state);
      }
    }
    return {
      result: result as T,
      soapHeaders: (soapHeaders ?? undefined) as Record<string, unknown> | undefined,
      status: state.status ?? 200,
      request: state.request ?? '',
      response: state.response ?? '',
      ...(messageId === undefined ? {} : { messageId }),
    };
  }

  function classify(
    error: unknown,
    state: SoapCallState,
    deadline: AbortSignal,
    caller?: AbortSignal,
  ) {
    if (error instanceof ConnectorError) return error;
    if (deadline.aborted || caller?.aborted) {
      const cause = deadline.aborted ? deadline.reason : callerAbortReason(caller?.reason);
      return classifier.toError({ error: cause }, { connectorId, request: state.request });
    }
    const fault = readSoapFault(error, options.faultDetailCode ?? defaultFaultDetailCode);
    if (fault === undefined) return fail('permanent', SOAP_REASONS.invalidResponse, state);
    return soapFaultError(connectorId, classifier, fault, {
      status: state.status,
      request: state.request,
      response: { status: state.status, body: state.response },
    });
  }

  return {
    connectorId,
    async call<T>(operation: string, args: object, callOptions: SoapCallOptions = {}) {
      const timeoutMs = callOptions.timeoutMs ?? defaultTimeoutMs;
      const deadline = AbortSignal.timeout(timeoutMs);
      const signal = callOptions.signal
        ? AbortSignal.any([deadline, callOptions.signal])
        : deadline;
      const state: SoapCallState = { operation, signal, timeoutMs };
      try {
        return await raceAbort(invoke<T>(operation, args, callOptions, state), signal);
      } catch (error) {
        throw classify(error, state, deadline, callOptions.signal);
      }
    },
    close: () => http.close(),
  };
}
