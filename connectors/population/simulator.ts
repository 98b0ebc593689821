// A simulated CSDLQG về dân cư behind the provincial gateway: JSON envelope, SOAP string answer, hostile modes.
import { PopulationRequestSchema } from '../../contracts/wire/population/index.ts';
import { HOSTILE_XML_KINDS, hostileXml } from '../kit/index.ts';
import {
  createSimulator,
  installLgspAuth,
  installWso2Faults,
  type Simulator,
  type SimulatorOptions,
} from '../kit/simulator/index.ts';
import { SEED_CITIZENS, type SeedCitizen } from './fixtures/citizens.ts';
import { congDanMessage, wrapCollection } from './simulator-xml.ts';

/** Sandbox application of the simulated gateway and the integration codes it issued. */
export const POPULATION_CLIENT = {
  clientId: 'lienthong-sandbox',
  clientSecret: 'sandbox-population-secret',
  maTichHop: '037',
  maDVC: 'VPCP',
} as const;

export const LOOKUP_PATH = '/apiCSDLDanCu/ChiaSeThongTinCongDan';
/** Watched URL that hostile XXE answers point at; any hit means an entity was fetched. */
export const XXE_PROBE_PATH = '/xxe-probe';

export interface PopulationSimulatorOptions
  extends Partial<Omit<SimulatorOptions, 'setup' | 'name'>> {
  citizens?: readonly SeedCitizen[];
  tokenTtlSeconds?: number;
  now?: () => number;
}

/** The gateway's own refusals, `{error_code, message}` with a text message [I: codes not published]. */
const refusal = (code: '1' | '2' | '3' | '99', message: string) => ({ error_code: code, message });

export function createPopulationSimulator(options: PopulationSimulatorOptions = {}): Simulator {
  const { citizens = SEED_CITIZENS, tokenTtlSeconds = 300, now = Date.now, ...base } = options;
  const byId = new Map<string, SeedCitizen>();
  for (const c of citizens) {
    byId.set(c.SoDinhDanh, c);
    if (c.SoCMND !== '') byId.set(c.SoCMND, c);
  }

  return createSimulator({
    name: 'population',
    ...base,
    setup(app, sim) {
      installWso2Faults(sim, ['unavailable', 'backend_timeout', 'throttled']);
      sim.errorResponder('upstream_busy', (c) =>
        c.json(refusal('99', 'Hệ thống CSDLQG về dân cư không phản hồi, vui lòng thử lại sau')),
      );
      for (const kind of HOSTILE_XML_KINDS) {
        sim.errorResponder(kind, (c) => {
          const probeUrl = new URL(XXE_PROBE_PATH, c.req.url).href;
          const wrap = (inner: string) => wrapCollection(`<ns1:CongDan>${inner}</ns1:CongDan>`);
          return c.json({ error_code: '0', message: hostileXml(kind, { wrap, probeUrl }) });
        });
      }

      // Outside the gateway's auth: a fetch of an external entity would land here, unauthenticated.
      app.get(XXE_PROBE_PATH, (c) => {
        sim.count('fetched', 'xxe_probe');
        return c.text('root:x:0:0:root:/root:/bin/bash');
      });

      // This gateway grants the 'default' scope whatever is asked, and counts no issued tokens.
      installLgspAuth(app, sim, {
        client: POPULATION_CLIENT,
        tokenPath: '/token',
        tokenTtlSeconds,
        now,
        grantedScope: () => 'default',
        countIssued: false,
      });

      app.post(LOOKUP_PATH, async (c) => {
        sim.count('received', 'verifyCitizen');
        const request = PopulationRequestSchema.safeParse(await c.req.json().catch(() => null));
        if (!request.success) {
          sim.count('rejected', 'verifyCitizen');
          return c.json(refusal('1', 'Dữ liệu đầu vào không hợp lệ'));
        }
        const { MaTichHop, MaDVC, MaYeuCau, SoDinhDanh, SoCMND } = request.data;
        if (MaTichHop !== POPULATION_CLIENT.maTichHop || MaDVC !== POPULATION_CLIENT.maDVC) {
          sim.count('rejected', 'verifyCitizen');
          return c.json(refusal('2', 'Đơn vị chưa được cấp quyền khai thác dữ liệu'));
        }
        const requests = sim.store.collection<number>('requests');
        if (requests.has(MaYeuCau)) {
          sim.count('duplicate', 'verifyCitizen');
          return c.json(refusal('3', 'Mã yêu cầu đã tồn tại'));
        }
        requests.set(MaYeuCau, now());
        // The register answers on the ID; whether name and birth date match is the caller's check.
        const found = byId.get(SoDinhDanh !== '' ? SoDinhDanh : SoCMND);
        sim.count(found ? 'found' : 'not_found', 'verifyCitizen');
        return c.json({ error_code: '0', message: congDanMessage(found ? [found] : []) });
      });
    },
  });
}
