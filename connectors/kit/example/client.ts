// The echo system's API client: token auth, wire validation and error codes; no canonical model here.
import type { z } from 'zod';
import {
  ConnectorError,
  createAuthCache,
  type HttpRequest,
  type HttpResponse,
  httpClientOptions,
  type ResolvedDeps,
} from '../index.ts';
import type { EchoConfig } from './config.ts';
import { echoClassifier } from './errors.ts';
import { echoManifest } from './manifest.ts';
import {
  BatchResponseSchema,
  EchoResponseSchema,
  ErrorResultSchema,
  MessageResultSchema,
  TokenResponseSchema,
  type WireMessage,
} from './wire.ts';

const connectorId = echoManifest.id;

/** Turns a body into the expected wire shape, or throws the classified system error it carries. */
function read<S extends z.ZodType>(res: HttpResponse, schema: S): z.output<S> {
  const body = res.json();
  const failed = ErrorResultSchema.safeParse(body);
  if (failed.success) {
    throw echoClassifier.toError({ code: failed.data.code }, { connectorId, response: body });
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new ConnectorError({
    connectorId,
    errorClass: 'permanent',
    reason: 'echo.unexpected_response',
    status: res.status,
    response: body,
  });
}

export type EchoClient = ReturnType<typeof createEchoClient>;

export function createEchoClient(config: EchoConfig, deps: ResolvedDeps) {
  const http = deps.fetch(httpClientOptions(echoManifest, config, { classifier: echoClassifier }));

  const auth = createAuthCache({
    now: deps.now,
    refresh: async () => {
      const res = await http.request({
        method: 'POST',
        path: '/oauth/token',
        form: {
          grant_type: 'client_credentials',
          client_id: config.clientId,
          client_secret: config.clientSecret,
        },
        acceptStatus: [401],
        operation: 'token',
      });
      if (res.status === 401) {
        throw new ConnectorError({
          connectorId,
          errorClass: 'auth',
          reason: 'echo.invalid_client',
        });
      }
      const token = read(res, TokenResponseSchema);
      return { value: token.access_token, expiresInMs: token.expires_in * 1000 };
    },
  });

  /** One authenticated call; a rejected token is refreshed and the call retried exactly once. */
  const call = (request: HttpRequest, signal: AbortSignal | undefined) =>
    auth.withAuthRetry(
      (token) =>
        http.request({
          ...request,
          headers: { ...request.headers, authorization: `Bearer ${token}` },
          signal,
        }),
      signal,
    );

  return {
    async health(signal?: AbortSignal): Promise<void> {
      await call({ method: 'GET', path: '/health', operation: 'health' }, signal);
    },
    async echo(text: string, signal?: AbortSignal) {
      const res = await call(
        { method: 'POST', path: '/echo', json: { text }, operation: 'echo' },
        signal,
      );
      return read(res, EchoResponseSchema);
    },
    async putMessage(key: string, message: WireMessage, signal?: AbortSignal) {
      const res = await call(
        {
          method: 'PUT',
          path: `/messages/${encodeURIComponent(key)}`,
          route: '/messages/:key',
          json: message,
          operation: 'putMessage',
        },
        signal,
      );
      return read(res, MessageResultSchema);
    },
    async putBatch(items: (WireMessage & { key: string })[], signal?: AbortSignal) {
      const res = await call(
        { method: 'POST', path: '/batches', json: { items }, operation: 'putBatch' },
        signal,
      );
      return read(res, BatchResponseSchema);
    },
    close: () => http.close(),
  };
}
