// Runs a guarded message through the `soap` server (strict parse, WSDL types, dispatch); only our own outcome leaves it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { listen, type Server } from 'soap';
import {
  EXCHANGE_SOAP_ACTIONS,
  type ExchangeOperation,
  readExchangeWsdl,
} from '../../contracts/wire/gateway-soap/index.ts';
import type { OperationOutcome } from './exchange-operations.ts';
import { type ExchangeFaultInfo, faultInfo, SOAP_XML_CONTENT_TYPE } from './soap-fault.ts';

export const EXCHANGE_OPERATIONS = Object.keys(EXCHANGE_SOAP_ACTIONS) as ExchangeOperation[];

export type DispatchResult =
  | { kind: 'ack'; body: string }
  | { kind: 'fault'; fault: ExchangeFaultInfo }
  /** Our operation threw (a database outage, a bug): the caller logs it and answers 'internal'. */
  | { kind: 'error'; error: unknown }
  /** `soap` refused the message before our handler ran; `detail` may hold a stack: logs only. */
  | { kind: 'refused'; status: number; detail: string };

export type OperationRunner = (args: unknown, soapHeaders: unknown) => Promise<OperationOutcome>;

/** The call a `soap` handler runs for: set around processRequest, read inside the handler. */
interface PendingCall {
  expected: ExchangeOperation;
  run: OperationRunner;
  result?: DispatchResult;
  /** Our handler returned an ack for `soap` to render. */
  acked?: boolean;
}
const current = new AsyncLocalStorage<PendingCall>();

/** Thrown into the `soap` server so it stops; whatever it renders then is discarded. */
const STOP = { Fault: { faultcode: 'soap:Server', faultstring: 'stopped' } };

function handler(operation: ExchangeOperation) {
  return async (args: unknown, _callback: unknown, soapHeaders: unknown) => {
    const call = current.getStore();
    if (!call) throw STOP;
    // SOAPAction picks the handler in `soap`; it must agree with the Body the guard saw.
    if (operation !== call.expected) {
      const fault = faultInfo('Client', 'request.invalid', 'SOAPAction does not match the Body');
      call.result = { kind: 'fault', fault };
      throw STOP;
    }
    let outcome: OperationOutcome;
    try {
      outcome = await call.run(args, soapHeaders);
    } catch (error) {
      call.result = { kind: 'error', error };
      throw STOP;
    }
    if (!outcome.ok) {
      call.result = { kind: 'fault', fault: outcome.fault };
      throw STOP;
    }
    call.acked = true;
    return outcome.ack;
  };
}

/** The `soap` server; its WSDL is ready only once its callback has run. */
function startSoapServer(path: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    listen(null, {
      path,
      xml: readExchangeWsdl(),
      services: {
        LienThongExchange: {
          LienThongExchangePort: Object.fromEntries(
            EXCHANGE_OPERATIONS.map((operation) => [operation, handler(operation)]),
          ),
        },
      },
      callback: (error: unknown, server: Server) => (error ? reject(error) : resolve(server)),
    });
  });
}

export interface SoapDispatcher {
  /** Settles when the server is ready; rejects if the WSDL could not be loaded. */
  ready: Promise<Server>;
  dispatch(
    text: string,
    expected: ExchangeOperation,
    soapAction: string | undefined,
    run: OperationRunner,
  ): Promise<DispatchResult>;
}

export function createSoapDispatcher(path: string): SoapDispatcher {
  const ready = startSoapServer(path);
  return {
    ready,
    async dispatch(text, expected, soapAction, run) {
      const server = await ready;
      const call: PendingCall = { expected, run };
      const headers = {
        'content-type': SOAP_XML_CONTENT_TYPE,
        ...(soapAction ? { soapaction: soapAction } : {}),
      };
      const answer = await current.run(call, () =>
        server.processRequest(text, { url: path, method: 'POST', headers }),
      );
      if (call.result) return call.result;
      if (call.acked && answer.statusCode === 200) return { kind: 'ack', body: answer.body };
      const detail = answer.body.slice(0, 500);
      // Accepted, but `soap` failed to render the ack: ours to fix; a resend is answered 'duplicate'.
      if (call.acked) return { kind: 'error', error: new Error(`ack rendering failed: ${detail}`) };
      return { kind: 'refused', status: answer.statusCode, detail };
    },
  };
}
