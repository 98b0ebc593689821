// A simulated CSDL ĐKDN behind the provincial gateway: GetEntCert by msdn, null when unknown, gateway faults.
import { type BusinessEntCert, BusinessQuerySchema } from '../../contracts/wire/business/index.ts';
import {
  createSimulator,
  installLgspAuth,
  installWso2Faults,
  type Simulator,
  type SimulatorOptions,
} from '../kit/simulator/index.ts';
import { SEED_ENTERPRISES } from './fixtures/enterprises.ts';

/** Sandbox credentials of the simulated gateway application. */
export const BUSINESS_CLIENT = {
  clientId: 'lienthong-sandbox',
  clientSecret: 'sandbox-business-secret',
} as const;

export const LOOKUP_PATH = '/apiDKKD/DoanhNghiep/chiTietDoanhNghiep';

export interface BusinessSimulatorOptions
  extends Partial<Omit<SimulatorOptions, 'setup' | 'name'>> {
  /** Lifetime of issued tokens (default 300 s). */
  tokenTtlSeconds?: number;
  /** Clock for token expiry (default Date.now). */
  now?: () => number;
  /** Enterprises the registry holds (default: the seeded Hà Nội enterprises). */
  enterprises?: readonly BusinessEntCert[];
}

export function createBusinessSimulator(options: BusinessSimulatorOptions = {}): Simulator {
  const {
    tokenTtlSeconds = 300,
    now = Date.now,
    enterprises = SEED_ENTERPRISES,
    ...base
  } = options;
  const byCode = new Map(enterprises.map((e) => [e.MaSoDoanhNghiep, e]));

  return createSimulator({
    name: 'business',
    ...base,
    setup(app, sim) {
      installWso2Faults(sim, ['unavailable', 'backend_timeout', 'throttled', 'token_rejected']);

      installLgspAuth(app, sim, {
        client: BUSINESS_CLIENT,
        tokenPath: '/token',
        tokenTtlSeconds,
        now,
      });

      app.get(LOOKUP_PATH, (c) => {
        sim.count('received', 'lookupEnterprise');
        const query = BusinessQuerySchema.safeParse({ msdn: c.req.query('msdn') });
        if (!query.success) {
          return c.json({ Message: 'Mã số doanh nghiệp không hợp lệ' }, 400);
        }
        const found = byCode.get(query.data.msdn);
        sim.count(found ? 'found' : 'not_found', 'lookupEnterprise');
        // The registry answers "no such enterprise" with a null list, not a 404.
        return c.json({ GetEntCert: found ? [found] : null });
      });
    },
  });
}
