// Test helper: an in-memory HTTP client for the `soap` package that records requests and returns a canned answer.
import type { IHeaders, IHttpClient } from 'soap';

export type SentSoapRequest = { url: string; body: string; headers: IHeaders };

/** Lets a `soap` client run an operation without a network: every call answers `answer` with `status`. */
export function fakeSoapHttp(
  answer: string,
  status = 200,
): { sent: SentSoapRequest[]; httpClient: IHttpClient } {
  const sent: SentSoapRequest[] = [];
  const httpClient: IHttpClient = {
    request(url, body, callback, headers) {
      sent.push({ url, body: String(body), headers: headers ?? {} });
      callback(null, { status, headers: {} }, answer);
      return undefined as never;
    },
  };
  return { sent, httpClient };
}
