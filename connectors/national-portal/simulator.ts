// The simulated Cổng DVCQG adapter: session login, one integration and one share endpoint, the portal's rules.
import type { Context } from 'hono';
import {
  PORTAL_DSTCODE_HEADER,
  PortalAuthRequestSchema,
  PortalCallSchema,
  type PortalService,
} from '../../contracts/wire/national-portal/index.ts';
import {
  type AppliedRecord,
  createSimulator,
  type Simulator,
  type SimulatorOptions,
  type SimulatorStats,
} from '../kit/simulator/index.ts';
import { PORTAL_CODES } from './errors.ts';
import { createTokenBuckets, firstNonString, type RateLimit } from './simulator-rules.ts';
import { createPortalServices, type PortalAnswerBody, refuse } from './simulator-services.ts';

/** The sandbox integration account (demo values, not a real portal account). */
export const PORTAL_SANDBOX_ACCOUNT = {
  username: 'lienthong-hanoi',
  password: 'sandbox-portal-secret',
  dstcode: 'LIENTHONG-HNI',
  madonvi: '000.00.00.H26',
} as const;

/** The paths the simulator serves (the connector's endpoint defaults). */
export const PORTAL_SIMULATOR_PATHS = {
  auth: '/auth',
  integration: '/integration',
  share: '/share',
} as const;

const SERVICES: Record<'integration' | 'share', readonly PortalService[]> = {
  integration: ['DongBoHoSoMC', 'CapNhatTienDoHoSoMC', 'TraCuuHoSo', 'LayThuTuc'],
  share: ['LayDanhSachTTHC'],
};

export interface PortalSimulatorOptions extends Partial<Omit<SimulatorOptions, 'setup' | 'name'>> {
  /** MaHoSo must start with an agency e-ID of this province (default 'H26'). */
  provinceSuffix?: string;
  /** Sessions expire this long after login (default 30 min). */
  sessionTtlMs?: number;
  /** Per-client (dstcode) token bucket; false turns throttling off. */
  rateLimit?: RateLimit | false;
  /** Clock for session expiry and the token buckets. */
  now?: () => number;
  account?: { username: string; password: string; dstcode: string; madonvi: string };
}

export const DEFAULT_PORTAL_RATE_LIMIT: RateLimit = { capacity: 200, refillPerSecond: 100 };

const MESSAGES = {
  invalidCredentials: 'Tên đăng nhập hoặc mật khẩu không đúng',
  sessionExpired: 'Phiên làm việc không tồn tại hoặc đã hết hạn',
  invalidData: 'Dữ liệu không hợp lệ',
  serverError: 'Lỗi hệ thống, vui lòng thử lại sau',
  exists: 'Hồ sơ đã tồn tại trên hệ thống',
} as const;

const fault = (name: keyof typeof MESSAGES) => (c: Context) =>
  c.json({ error_code: PORTAL_CODES[name], message: MESSAGES[name] });

export function createPortalSimulator(options: PortalSimulatorOptions = {}): Simulator {
  const {
    provinceSuffix = 'H26',
    sessionTtlMs = 30 * 60_000,
    rateLimit = DEFAULT_PORTAL_RATE_LIMIT,
    now = Date.now,
    account = PORTAL_SANDBOX_ACCOUNT,
    ...kit
  } = options;
  return createSimulator({
    name: 'national-portal',
    ...kit,
    setup(app, sim) {
      const sessions = () =>
        sim.store.collection<{ dstcode: string; expiresAt: number }>('sessions');
      const buckets = rateLimit ? createTokenBuckets(rateLimit, now) : undefined;
      const services = createPortalServices(sim, { provinceSuffix });
      let issued = 0;

      sim.onExpireCredentials(() => sessions().clear());
      sim.onReset(() => buckets?.clear());
      sim.errorResponder('session_expired', fault('sessionExpired'));
      sim.errorResponder('invalid_data', fault('invalidData'));
      sim.errorResponder('server_error', fault('serverError'));
      sim.errorResponder('exists', fault('exists'));
      sim.errorResponder('rate_limited', (c) => throttledAnswer(c, 2));

      /** The API gateway's throttling answer (WSO2-style fault body, HTTP 429 + Retry-After). */
      const throttledAnswer = (c: Context, seconds: number) =>
        c.json(
          {
            fault: {
              code: 900802,
              message: 'Message throttled out',
              description: 'quota exceeded',
            },
          },
          429,
          { 'retry-after': String(seconds) },
        );
      const throttle = (c: Context): Response | undefined => {
        const taken = buckets?.take(c.req.header(PORTAL_DSTCODE_HEADER) ?? '(none)');
        if (!taken || taken.ok) return undefined;
        sim.count('rejected', 'rateLimited');
        return throttledAnswer(c, taken.retryAfterS);
      };
      const reply = (c: Context, answer: PortalAnswerBody) => c.json(answer);

      app.post(PORTAL_SIMULATOR_PATHS.auth, async (c) => {
        const limited = throttle(c);
        if (limited) return limited;
        sim.count('received', 'auth');
        const creds = PortalAuthRequestSchema.safeParse(await c.req.json().catch(() => null));
        const dstcode = c.req.header(PORTAL_DSTCODE_HEADER);
        const valid =
          creds.success &&
          creds.data.username === account.username &&
          creds.data.password === account.password &&
          dstcode === account.dstcode;
        if (!valid) return reply(c, refuse(sim, 'invalidCredentials', MESSAGES.invalidCredentials));
        issued += 1;
        const random = Math.floor(sim.random() * 0xffffffff)
          .toString(16)
          .padStart(8, '0');
        const session = `${issued.toString(16).padStart(6, '0')}${random}`;
        sessions().set(session, { dstcode, expiresAt: now() + sessionTtlMs });
        return c.json({ error_code: 0, session, message: 'Thành công' });
      });

      const serve = async (c: Context, endpoint: 'integration' | 'share') => {
        const limited = throttle(c);
        if (limited) return limited;
        const body: unknown = await c.req.json().catch(() => null);
        if (body === null || typeof body !== 'object' || Array.isArray(body)) {
          return reply(c, refuse(sim, 'invalidData', 'Dữ liệu không hợp lệ: không phải JSON'));
        }
        const envelope = body as Record<string, unknown>;
        const service = typeof envelope.service === 'string' ? envelope.service : '(none)';
        sim.count('received', service);
        const key = typeof envelope.session === 'string' ? envelope.session : '';
        const session = sessions().get(key);
        if (!session || session.expiresAt <= now()) {
          sessions().delete(key);
          return reply(c, refuse(sim, 'sessionExpired', MESSAGES.sessionExpired));
        }
        const dstcode = c.req.header(PORTAL_DSTCODE_HEADER);
        if (dstcode !== session.dstcode || envelope.madonvi !== account.madonvi) {
          return reply(c, refuse(sim, 'unitNotAllowed', 'Mã đơn vị không khớp với tài khoản'));
        }
        if (!(SERVICES[endpoint] as readonly string[]).includes(service)) {
          return reply(c, refuse(sim, 'unknownService', `Dịch vụ ${service} không được hỗ trợ`));
        }
        const notString = firstNonString(body);
        if (notString !== undefined) {
          return reply(
            c,
            refuse(sim, 'invalidData', `Dữ liệu không hợp lệ: ${notString} phải là chuỗi`),
          );
        }
        const parsed = PortalCallSchema.safeParse(body);
        if (!parsed.success) {
          const paths = parsed.error.issues
            .slice(0, 5)
            .map((i) => `${i.path.join('.')} (${i.code})`);
          return reply(c, refuse(sim, 'invalidData', `Dữ liệu không hợp lệ: ${paths.join(', ')}`));
        }
        return reply(c, services.handle(parsed.data));
      };
      app.post(PORTAL_SIMULATOR_PATHS.integration, (c) => serve(c, 'integration'));
      app.post(PORTAL_SIMULATOR_PATHS.share, (c) => serve(c, 'share'));
    },
  });
}

/** The applied records of one operation for one dossier, in order (DongBoHoSoMC or CapNhatTienDoHoSoMC). */
export function appliedOf(
  stats: SimulatorStats,
  maHoSo: string,
  op: 'DongBoHoSoMC' | 'CapNhatTienDoHoSoMC',
): AppliedRecord[] {
  return (stats.applied[maHoSo] ?? []).filter((r) => r.op === op);
}
