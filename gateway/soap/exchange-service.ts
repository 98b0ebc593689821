// soapExchangeRoutes(deps): the inbound LienThongExchange SOAP service — its WSDL and both operations — as a Hono app.
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  EXCHANGE_NAMESPACE,
  exchangeWsdlWithAddress,
} from '../../contracts/wire/gateway-soap/index.ts';
import { problem } from '../problem.ts';
import { type OperationCall, type OperationDeps, runOperation } from './exchange-operations.ts';
import { createSoapDispatcher, EXCHANGE_OPERATIONS } from './soap-dispatch.ts';
import {
  type ExchangeFaultInfo,
  faultInfo,
  faultResponse,
  INTERNAL_FAULT,
  SOAP_XML_CONTENT_TYPE,
} from './soap-fault.ts';
import {
  checkXmlContentType,
  DEFAULT_XML_LIMITS,
  guardXml,
  SOAP_11_ENVELOPE,
  type XmlLimits,
} from './xml-guard.ts';

export const SOAP_EXCHANGE_PATH = '/soap/v1/exchange';

export interface SoapExchangeDeps extends OperationDeps {
  /** The gateway's public base URL (e.g. https://lienthong.hanoi.gov.vn); else the request's origin. */
  publicUrl?: string | undefined;
  xmlLimits?: Partial<XmlLimits> | undefined;
}

const wantsWsdl = (url: string) => new URL(url).search.toLowerCase().startsWith('?wsdl');

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

export function soapExchangeRoutes(deps: SoapExchangeDeps): Hono {
  const limits: XmlLimits = { ...DEFAULT_XML_LIMITS, ...deps.xmlLimits };
  const dispatcher = createSoapDispatcher(SOAP_EXCHANGE_PATH);
  // A failed start surfaces as internal faults per request, never as an unhandled rejection.
  dispatcher.ready.catch((error) =>
    deps.logger.error({ err: error }, 'SOAP exchange service failed to start'),
  );
  const wsdlByAddress = new Map<string, string>();
  const app = new Hono();

  const fault = (c: Context, info: ExchangeFaultInfo) => faultResponse(info, c.get('requestId'));

  app.get(SOAP_EXCHANGE_PATH, (c) => {
    if (!wantsWsdl(c.req.url))
      return problem(c, 'resource.not_found', { detail: `GET ${SOAP_EXCHANGE_PATH}?wsdl` });
    const base = deps.publicUrl?.replace(/\/+$/, '') ?? new URL(c.req.url).origin;
    const address = `${base}${SOAP_EXCHANGE_PATH}`;
    let wsdl = wsdlByAddress.get(address);
    if (wsdl === undefined) {
      wsdl = exchangeWsdlWithAddress(address);
      // Host headers are the caller's to choose: keep only a few addresses.
      if (wsdlByAddress.size >= 16) wsdlByAddress.clear();
      wsdlByAddress.set(address, wsdl);
    }
    return c.body(wsdl, 200, { 'content-type': SOAP_XML_CONTENT_TYPE, vary: 'Host' });
  });

  app.post(
    SOAP_EXCHANGE_PATH,
    async (c, next) => {
      const type = checkXmlContentType(c.req.header('content-type'), [
        'text/xml',
        'application/xml',
      ]);
      if (!type.ok) return fault(c, faultInfo('Client', type.code, type.message, 415));
      const encoding = c.req.header('content-encoding')?.trim().toLowerCase();
      // Compressed bodies would escape the size limit (a zip bomb): identity only.
      if (encoding && encoding !== 'identity')
        return fault(
          c,
          faultInfo(
            'Client',
            'xml.unsupported_media_type',
            'Content-Encoding is not accepted',
            415,
          ),
        );
      await next();
    },
    bodyLimit({
      maxSize: limits.maxBytes,
      onError: (c) =>
        fault(
          c,
          faultInfo('Client', 'xml.too_large', `the body exceeds ${limits.maxBytes} bytes`, 413),
        ),
    }),
    async (c) => {
      try {
        return await handle(c);
      } catch (error) {
        deps.logger.error({ err: error, path: c.req.path }, 'SOAP exchange call failed');
        return fault(c, INTERNAL_FAULT);
      }
    },
  );

  async function handle(c: Context): Promise<Response> {
    // Decoded strictly: XML 1.0 makes invalid UTF-8 a fatal error, and a lenient decode would
    // quietly store U+FFFD in the dossier.
    let text: string;
    try {
      text = STRICT_UTF8.decode(await c.req.arrayBuffer());
    } catch {
      return fault(c, faultInfo('Client', 'xml.malformed', 'the message is not valid UTF-8'));
    }
    const guard = guardXml(text, {
      ...limits,
      soap: { envelopeNamespaces: [SOAP_11_ENVELOPE], bodyNamespaces: [EXCHANGE_NAMESPACE] },
    });
    if (!guard.ok) return fault(c, faultInfo('Client', guard.code, guard.message));
    const body = guard.soap?.body ?? [];
    const operation = EXCHANGE_OPERATIONS.find((op) => op === body[0]?.local);
    if (body.length !== 1 || !operation) {
      const expected = `the Body must hold one of ${EXCHANGE_OPERATIONS.join(', ')}`;
      return fault(c, faultInfo('Client', 'request.invalid', expected));
    }
    const http: OperationCall['http'] = {
      path: c.req.path,
      apiKey: c.req.header('x-api-key'),
      authorization: c.req.header('authorization'),
      idempotencyKey: c.req.header('idempotency-key'),
      env: c.env,
    };
    const result = await dispatcher.dispatch(
      text,
      operation,
      c.req.header('soapaction'),
      (args, soapHeaders) => runOperation(deps, { operation, args, soapHeaders, http }),
    );
    switch (result.kind) {
      case 'ack':
        return c.body(result.body, 200, { 'content-type': SOAP_XML_CONTENT_TYPE });
      case 'fault':
        return fault(c, result.fault);
      case 'error':
        deps.logger.error({ err: result.error, operation }, 'SOAP exchange operation failed');
        return fault(c, INTERNAL_FAULT);
      case 'refused': {
        const { status, detail } = result;
        deps.logger.warn({ status, detail, operation }, 'SOAP message refused by the parser');
        const message = `the message is not a valid ${operation} request`;
        return fault(c, faultInfo('Client', 'request.invalid', message));
      }
    }
  }

  return app;
}

/** Anything with Hono's `route`, e.g. the OpenAPIHono that createApp builds. */
export interface RouteHost {
  route(path: string, app: Hono): unknown;
}

/** For createApp's `extraRoutes`: `extraRoutes: [mountSoapExchange(deps)]`. */
export function mountSoapExchange(deps: SoapExchangeDeps): (app: RouteHost) => void {
  const routes = soapExchangeRoutes(deps);
  return (app) => {
    app.route('/', routes);
  };
}
