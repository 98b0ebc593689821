// Loads a `soap` Client from a local WSDL once (retrying after a failure) and wires per-call SOAP headers.
import { type Client, createClientAsync, type IHttpClient } from 'soap';
import { soapHeaderXml, wsAddressingHeaders } from './soap-header.ts';

/** The headers one call sends: its serialised elements and, with WS-Addressing, its MessageID. */
export interface PerCallHeaders {
  headerXml: string;
  messageId: string | undefined;
}

export interface SoapLoaderOptions {
  wsdlPath: string;
  endpoint: string;
  transport: IHttpClient;
  /** Keyed by the args object of each call, which the `soap` package hands to header functions. */
  perCall: WeakMap<object, PerCallHeaders>;
}

const URL_RE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** 'remote' for a WSDL URL (never fetched), 'unavailable' when the file cannot be read or parsed. */
export type SoapLoadFailure = 'remote' | 'unavailable';

export function createSoapLoader(
  options: SoapLoaderOptions,
  fail: (failure: SoapLoadFailure) => Error,
): () => Promise<Client> {
  let loading: Promise<Client> | undefined;
  return () => {
    if (URL_RE.test(options.wsdlPath)) return Promise.reject(fail('remote'));
    loading ??= createClientAsync(options.wsdlPath, {
      endpoint: options.endpoint,
      httpClient: options.transport,
      disableCache: true,
    }).then(
      (client) => {
        client.addSoapHeader((_method: unknown, location: string, action: string, args: object) => {
          const entry = options.perCall.get(args);
          if (entry === undefined) return '';
          const wsa = entry.messageId
            ? soapHeaderXml(
                wsAddressingHeaders({ messageId: entry.messageId, action, to: location }),
              )
            : '';
          return entry.headerXml + wsa;
        });
        return client;
      },
      () => {
        loading = undefined;
        throw fail('unavailable');
      },
    );
    return loading;
  };
}
