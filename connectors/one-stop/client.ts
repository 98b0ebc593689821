// The one-stop callback API at wire level: X-Api-Key auth, Idempotency-Key, MaLoi errors, response validation.
import type { z } from 'zod';
import {
  type OneStopThuTucPage,
  OneStopThuTucPageSchema,
} from '../../contracts/wire/one-stop/catalogue.ts';
import type {
  OneStopKetQuaPush,
  OneStopPhanHoiDVCQG,
} from '../../contracts/wire/one-stop/events.ts';
import type { OneStopHoSo } from '../../contracts/wire/one-stop/hoso.ts';
import {
  ConnectorError,
  type HttpRequest,
  type HttpResponse,
  httpClientOptions,
  type ResolvedDeps,
} from '../kit/index.ts';
import type { OneStopConfig } from './config.ts';
import { ONE_STOP_REASONS, oneStopClassifier } from './errors.ts';
import { oneStopManifest } from './manifest.ts';
import {
  ONE_STOP_HEADERS,
  ONE_STOP_ROUTES,
  OneStopAckSchema,
  OneStopErrorSchema,
  OneStopPingSchema,
  OneStopThuTucUpsertSchema,
} from './wire-api.ts';

const connectorId = oneStopManifest.id;

/** A write's answer and whether the one-stop replayed it for an Idempotency-Key it had seen. */
export interface Written<T> {
  response: T;
  replayed: boolean;
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A non-2xx answer carrying a MaLoi known to the table is reclassified by that code (keeping the
 * status and Retry-After); anything else keeps the status classification. Only field paths from
 * ChiTiet reach the message, never values.
 */
export function refineError(error: unknown): unknown {
  if (!(error instanceof ConnectorError) || error.response === undefined) return error;
  const body = parseJson((error.response as { body?: unknown }).body);
  const parsed = OneStopErrorSchema.safeParse(body);
  if (!parsed.success) return error;
  const rule = oneStopClassifier.classify({ code: parsed.data.MaLoi });
  if (rule.reason === 'system.unknown_code') return error;
  const fields = (parsed.data.ChiTiet ?? []).map((d) => d.TruongDuLieu).slice(0, 10);
  const status = error.status === undefined ? '' : ` (HTTP ${error.status})`;
  const retryAfterMs = error.retryAfterMs ?? rule.retryAfterMs;
  return new ConnectorError({
    connectorId,
    errorClass: rule.class,
    reason: rule.reason,
    message: `${connectorId}: ${rule.reason}${status}${fields.length ? `: ${fields.join(', ')}` : ''}`,
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    request: error.request,
    response: error.response,
    cause: error,
  });
}

function read<S extends z.ZodType>(res: HttpResponse, schema: S): z.output<S> {
  const body = res.json();
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new ConnectorError({
    connectorId,
    errorClass: 'permanent',
    reason: ONE_STOP_REASONS.unexpectedResponse,
    status: res.status,
    response: body,
  });
}

export type OneStopClient = ReturnType<typeof createOneStopClient>;

export function createOneStopClient(config: OneStopConfig, deps: ResolvedDeps) {
  const http = deps.fetch(
    httpClientOptions(oneStopManifest, config, {
      classifier: oneStopClassifier,
      defaultHeaders: { [ONE_STOP_HEADERS.apiKey]: config.apiKey, accept: 'application/json' },
    }),
  );

  const call = async (request: HttpRequest): Promise<HttpResponse> => {
    try {
      return await http.request(request);
    } catch (error) {
      throw refineError(error);
    }
  };

  const write = async <S extends z.ZodType>(
    path: string,
    method: 'POST' | 'PUT',
    body: unknown,
    idempotencyKey: string,
    schema: S,
    operation: string,
    signal: AbortSignal | undefined,
  ): Promise<Written<z.output<S>>> => {
    const res = await call({
      method,
      path,
      json: body,
      headers: { [ONE_STOP_HEADERS.idempotencyKey]: idempotencyKey },
      operation,
      signal,
    });
    const replayed = res.headers.get(ONE_STOP_HEADERS.replayed) === 'true';
    return { response: read(res, schema), replayed };
  };

  return {
    async ping(signal?: AbortSignal): Promise<void> {
      const res = await call({
        method: 'GET',
        path: ONE_STOP_ROUTES.ping,
        operation: 'ping',
        signal,
      });
      read(res, OneStopPingSchema);
    },
    async getCataloguePage(
      page: number,
      pageSize: number,
      signal?: AbortSignal,
    ): Promise<OneStopThuTucPage> {
      const res = await call({
        method: 'GET',
        path: ONE_STOP_ROUTES.catalogue,
        query: { page, pageSize },
        operation: 'listProcedures',
        signal,
      });
      return read(res, OneStopThuTucPageSchema);
    },
    putCataloguePage: (body: OneStopThuTucPage, key: string, signal?: AbortSignal) =>
      write(
        ONE_STOP_ROUTES.catalogue,
        'PUT',
        body,
        key,
        OneStopThuTucUpsertSchema,
        'pushProcedures',
        signal,
      ),
    postDossier: (hoSo: OneStopHoSo, key: string, signal?: AbortSignal) =>
      write(ONE_STOP_ROUTES.dossiers, 'POST', hoSo, key, OneStopAckSchema, 'pushDossier', signal),
    postResult: (push: OneStopKetQuaPush, key: string, signal?: AbortSignal) =>
      write(ONE_STOP_ROUTES.results, 'POST', push, key, OneStopAckSchema, 'pushResult', signal),
    postFeedback: (phanHoi: OneStopPhanHoiDVCQG, key: string, signal?: AbortSignal) =>
      write(
        ONE_STOP_ROUTES.feedback,
        'POST',
        phanHoi,
        key,
        OneStopAckSchema,
        'pushFeedback',
        signal,
      ),
    close: () => http.close(),
  };
}
