// The national portal adapter at wire level: session login, the call envelope, error_code checks; no canonical model.
import type { z } from 'zod';
import {
  PortalAuthResponseSchema,
  type PortalDossier,
  type PortalProgressItem,
  type PortalResponse,
  PortalResponseSchema,
  type PortalService,
  PortalTraCuuHoSoResponseSchema,
} from '../../contracts/wire/national-portal/index.ts';
import {
  createAuthCache,
  type HttpResponse,
  httpClientOptions,
  type IssuedCredential,
  type ResolvedDeps,
} from '../kit/index.ts';
import type { PortalConfig } from './config.ts';
import { permanentError, portalClassifier, portalError } from './errors.ts';
import { portalManifest } from './manifest.ts';

export type PortalEndpoint = 'integration' | 'share';

/** What the exchange log keeps of a call: the service and its fields, never the session. */
export type PortalWireRequest = { service: PortalService } & Record<string, unknown>;

export interface PortalAnswer<T = PortalResponse> {
  request: PortalWireRequest;
  body: T;
}

function parse<S extends z.ZodType>(res: HttpResponse, schema: S, request?: unknown): z.output<S> {
  const body = res.json();
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw permanentError('portal.unexpected_response', 'portal.unexpected_response', {
    request,
    response: body,
  });
}

export type PortalClient = ReturnType<typeof createPortalClient>;

export function createPortalClient(config: PortalConfig, deps: ResolvedDeps) {
  const http = deps.fetch(
    httpClientOptions(portalManifest, config, {
      classifier: portalClassifier,
      defaultHeaders: { dstcode: config.dstcode },
    }),
  );

  const login = async (): Promise<IssuedCredential<string>> => {
    const res = await http.request({
      method: 'POST',
      path: config.authEndpoint,
      json: { username: config.username, password: config.password },
      operation: 'auth',
    });
    const body = parse(res, PortalAuthResponseSchema);
    if (Number(body.error_code) !== 0) throw portalError(body, res, { auth: true });
    if (body.session === undefined) {
      throw permanentError('portal.unexpected_response', 'auth answered without a session');
    }
    return { value: body.session, expiresInMs: config.sessionMaxAgeMs };
  };

  let logins = 0;
  const auth = createAuthCache({
    now: deps.now,
    refresh: () => {
      logins += 1;
      return login();
    },
  });

  /**
   * One integration call. An error_code answer throws its classified error; "session expired"
   * is class 'auth', so the session is refreshed once and the call sent once more.
   */
  async function call(
    service: PortalService,
    params: Record<string, unknown>,
    endpoint: PortalEndpoint,
    signal: AbortSignal | undefined,
  ): Promise<PortalAnswer> {
    const request: PortalWireRequest = { service, ...params };
    const path = endpoint === 'share' ? config.shareEndpoint : config.integrationEndpoint;
    const body = await auth.withAuthRetry(async (session) => {
      const res = await http.request({
        method: 'POST',
        path,
        json: { session, madonvi: config.madonvi, service, ...params },
        signal,
        operation: service,
      });
      const answer = parse(res, PortalResponseSchema, request);
      if (Number(answer.error_code) !== 0) throw portalError(answer, res, { request });
      return answer;
    }, signal);
    return { request, body };
  }

  return {
    call,
    /** TraCuuHoSo: an empty result means the portal does not hold the dossier. */
    async lookup(maHoSo: string, signal?: AbortSignal) {
      const answer = await call('TraCuuHoSo', { MaHoSo: maHoSo }, 'integration', signal);
      const parsed = PortalTraCuuHoSoResponseSchema.safeParse(answer.body);
      if (!parsed.success) {
        throw permanentError(
          'portal.unexpected_response',
          'TraCuuHoSo answer has an unexpected shape',
          {
            request: answer.request,
            response: answer.body,
          },
        );
      }
      return { request: answer.request, body: parsed.data };
    },
    syncDossiers(isUpdating: 'True' | 'False', data: PortalDossier[], signal?: AbortSignal) {
      return call('DongBoHoSoMC', { isUpdating, data }, 'integration', signal);
    },
    updateProgress(data: PortalProgressItem[], signal?: AbortSignal) {
      return call('CapNhatTienDoHoSoMC', { data }, 'integration', signal);
    },
    /** LayThuTuc goes to the integration endpoint ([V] OCPS getSharingData). */
    getProcedure(maTTHC: string, signal?: AbortSignal) {
      return call('LayThuTuc', { maTTHC }, 'integration', signal);
    },
    /** LayDanhSachTTHC is a dictionary: the share endpoint ([V] OCPS getSharingDictCollection). */
    listProcedures(signal?: AbortSignal) {
      return call('LayDanhSachTTHC', {}, 'share', signal);
    },
    /** Session refreshes started by this client (what a test counts against the portal's log). */
    logins: () => logins,
    close: () => http.close(),
  };
}
