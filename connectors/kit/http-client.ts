// createHttpClient: undici with a per-call deadline, bounded bodies, a host allow-list and one CLIENT span per call.
import {
  type Attributes,
  context,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { Agent, fetch } from 'undici';
import { type Classifier, defineClassifier } from './classifier.ts';
import { ConnectorError, KIT_REASONS } from './errors.ts';
import { encodeBody, readBounded, TOO_LARGE } from './http-body.ts';
import { callerAbortReason, type HttpResponse, plain, toResponse } from './http-response.ts';
import { buildUrl, isHostAllowed, type Query } from './http-url.ts';

export type { HttpResponse } from './http-response.ts';

export const TRACER_NAME = 'lienthong.connectors';

export interface HttpClientOptions {
  connectorId: string;
  baseUrl: string;
  /** Hosts this client may call; anything else is refused before a socket opens. */
  allowedHosts: readonly string[];
  /** Default per-call deadline covering connect, headers and the whole body. Default 10 s. */
  timeoutMs?: number;
  /** Largest response body read (after decompression). Default 5 MiB. */
  maxResponseBytes?: number;
  /** Socket limit per origin. Default 8. */
  connections?: number;
  defaultHeaders?: Readonly<Record<string, string>>;
  /** The connector's classification table; defaults to the kit's defaults. */
  classifier?: Classifier;
}

export interface HttpRequest {
  method: string;
  /** Path under the base URL, or an absolute URL (still subject to the allow-list). */
  path: string;
  query?: Query;
  headers?: Readonly<Record<string, string>>;
  /** At most one of json, form and body. */
  json?: unknown;
  form?: Readonly<Record<string, string>> | URLSearchParams;
  body?: string | Uint8Array;
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Non-2xx statuses to return instead of throwing (e.g. 404 for a lookup that may find nothing). */
  acceptStatus?: readonly number[];
  /** Low-cardinality route for the span (e.g. '/citizens/:id') when the path carries identifiers. */
  route?: string;
  /** Operation name recorded on the span. */
  operation?: string;
}

export interface HttpClient {
  readonly connectorId: string;
  request(request: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

export type HttpClientFactory = (options: HttpClientOptions) => HttpClient;

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { connectorId } = options;
  const classifier = options.classifier ?? defineClassifier();
  const defaultTimeoutMs = options.timeoutMs ?? 10_000;
  const maxResponseBytes = options.maxResponseBytes ?? 5 * 1024 * 1024;
  const agent = new Agent({ connections: options.connections ?? 8 });

  const fail = (reason: string, status?: number, request?: unknown): ConnectorError =>
    new ConnectorError({
      connectorId,
      errorClass: 'permanent',
      reason,
      ...(status === undefined ? {} : { status }),
      request,
    });

  async function send(req: HttpRequest, url: URL, span: Span): Promise<HttpResponse> {
    const deadline = AbortSignal.timeout(req.timeoutMs ?? defaultTimeoutMs);
    const signal = req.signal ? AbortSignal.any([deadline, req.signal]) : deadline;
    const wire = { method: req.method, path: url.pathname };
    const headers = new Headers(options.defaultHeaders);
    for (const [name, value] of Object.entries(req.headers ?? {})) headers.set(name, value);
    const encoded = encodeBody(req);
    if (encoded.contentType && !headers.has('content-type')) {
      headers.set('content-type', encoded.contentType);
    }
    const carrier: Record<string, string> = {};
    propagation.inject(trace.setSpan(context.active(), span), carrier);
    for (const [name, value] of Object.entries(carrier)) headers.set(name, value);

    try {
      const res = await fetch(url, {
        method: req.method,
        headers: plain(headers),
        body: encoded.body ?? null,
        signal,
        redirect: 'manual',
        dispatcher: agent,
      });
      span.setAttribute('http.response.status_code', res.status);
      const body = await readBounded(
        res.body,
        res.headers.get('content-length'),
        maxResponseBytes,
        signal,
      );
      if (body === TOO_LARGE) throw fail(KIT_REASONS.responseTooLarge, res.status, wire);
      const response = toResponse(res.status, new Headers(res.headers), body, connectorId);
      const accepted = res.status >= 200 && res.status < 300;
      if (!accepted && !req.acceptStatus?.includes(res.status)) {
        throw classifier.toError(
          { status: res.status, headers: response.headers },
          {
            connectorId,
            request: wire,
            response: {
              status: res.status,
              headers: plain(response.headers),
              body: response.text(),
            },
          },
        );
      }
      return response;
    } catch (error) {
      if (error instanceof ConnectorError) throw error;
      const cause = deadline.aborted
        ? deadline.reason
        : req.signal?.aborted
          ? callerAbortReason(req.signal.reason)
          : error;
      throw classifier.toError({ error: cause }, { connectorId, request: wire, cause: error });
    }
  }

  return {
    connectorId,
    async request(req) {
      let url: URL;
      try {
        url = buildUrl(options.baseUrl, req.path, req.query);
      } catch (cause) {
        throw new ConnectorError({
          connectorId,
          errorClass: 'permanent',
          reason: KIT_REASONS.invalidUrl,
          cause,
        });
      }
      const attributes: Attributes = {
        'connector.id': connectorId,
        'http.request.method': req.method,
        // Never the query string, which may carry personal IDs.
        'url.path': req.route ?? url.pathname,
        'server.address': url.hostname,
      };
      if (url.port) attributes['server.port'] = Number(url.port);
      if (req.operation) attributes['connector.operation'] = req.operation;
      const tracer = trace.getTracer(TRACER_NAME);
      const name = req.route ? `${req.method} ${req.route}` : req.method;
      return tracer.startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
        try {
          if (!isHostAllowed(url, options.allowedHosts)) {
            throw fail(KIT_REASONS.hostNotAllowed, undefined, {
              method: req.method,
              host: url.host,
            });
          }
          return await send(req, url, span);
        } catch (error) {
          const reason = error instanceof ConnectorError ? error.reason : KIT_REASONS.unexpected;
          span.setAttribute('error.type', reason);
          span.setStatus({ code: SpanStatusCode.ERROR, message: reason });
          throw error;
        } finally {
          span.end();
        }
      });
    },
    // In-flight calls reject (transient 'network.client_closed'); the worker drains before closing.
    close: () => agent.destroy(),
  };
}
