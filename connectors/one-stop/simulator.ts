// A simulated city one-stop system: X-Api-Key auth, validated callback endpoints, in-memory catalogue and dossiers.
import type { OneStopThuTuc } from '../../contracts/wire/one-stop/catalogue.ts';
import { createSimulator, type Simulator, type SimulatorOptions } from '../kit/simulator/index.ts';
import { ONE_STOP_ERROR_CODES } from './errors.ts';
import { sandboxCatalogue } from './generator/catalogue.ts';
import { formatVnInstant } from './generator/vietnam-time.ts';
import { readCatalogue, seedCatalogue, upsertCatalogue } from './simulator-catalogue.ts';
import { failure, idempotentWrite, send } from './simulator-http.ts';
import {
  type RecordsHost,
  receiveDossier,
  receiveFeedback,
  receiveResult,
} from './simulator-records.ts';
import { ONE_STOP_HEADERS, ONE_STOP_ROUTES } from './wire-api.ts';

/** The sandbox simulator's API key (demo credential; never a real one). */
export const ONE_STOP_SANDBOX_API_KEY = 'sandbox-one-stop-api-key';

export interface OneStopSimulatorOptions extends Partial<Omit<SimulatorOptions, 'setup' | 'name'>> {
  apiKey?: string;
  /** The catalogue at start and after every reset; default: the sandbox procedures. */
  catalogue?: readonly OneStopThuTuc[];
  /** Refuse (404) results and feedback for dossiers this one-stop never received. Default false. */
  strictDossiers?: boolean;
}

/** Named errors for faults.errorResponder: each is the one-stop's own error body. */
function registerErrors(sim: Simulator): void {
  const C = ONE_STOP_ERROR_CODES;
  sim.errorResponder('maintenance', (c) =>
    send(c, failure(503, C.maintenance, 'Hệ thống đang bảo trì, vui lòng thử lại sau'), {
      'retry-after': '1',
    }),
  );
  sim.errorResponder('rate_limited', (c) =>
    send(c, failure(429, C.rateLimited, 'Vượt quá số yêu cầu cho phép'), { 'retry-after': '2' }),
  );
  sim.errorResponder('internal_error', (c) => send(c, failure(500, C.internal, 'Lỗi hệ thống')));
  sim.errorResponder('invalid_payload', (c) =>
    send(c, failure(400, C.invalidPayload, 'Dữ liệu không hợp lệ')),
  );
  sim.errorResponder('invalid_api_key', (c) =>
    send(c, failure(401, C.invalidApiKey, 'API key không hợp lệ')),
  );
}

export function createOneStopSimulator(options: OneStopSimulatorOptions = {}): Simulator {
  const { apiKey = ONE_STOP_SANDBOX_API_KEY, catalogue, strictDossiers = false, ...kit } = options;
  return createSimulator({
    name: 'one-stop',
    ...kit,
    setup(app, sim) {
      let receipts = 0;
      const host: RecordsHost = {
        sim,
        strictDossiers,
        nextReceipt: () => `BN-${String(++receipts).padStart(8, '0')}`,
      };
      const seed = () => seedCatalogue(sim, catalogue ?? sandboxCatalogue());
      seed();
      sim.onReset(() => {
        receipts = 0;
        seed();
      });
      registerErrors(sim);

      app.use('/api/*', async (c, next) => {
        if (c.req.header(ONE_STOP_HEADERS.apiKey) !== apiKey) {
          sim.count('rejected', 'auth');
          return send(c, failure(401, ONE_STOP_ERROR_CODES.invalidApiKey, 'API key không hợp lệ'));
        }
        return next();
      });

      app.get(ONE_STOP_ROUTES.ping, (c) =>
        c.json({
          ThanhCong: true,
          HeThong: 'Hệ thống một cửa điện tử (mô phỏng)',
          ThoiGian: formatVnInstant(Date.now()),
        }),
      );
      app.get(ONE_STOP_ROUTES.catalogue, (c) =>
        send(
          c,
          readCatalogue(sim, { page: c.req.query('page'), pageSize: c.req.query('pageSize') }),
        ),
      );
      app.put(ONE_STOP_ROUTES.catalogue, (c) =>
        idempotentWrite(c, sim, 'pushProcedures', (body) => upsertCatalogue(sim, body)),
      );
      app.post(ONE_STOP_ROUTES.dossiers, (c) =>
        idempotentWrite(c, sim, 'pushDossier', (body) => receiveDossier(host, body)),
      );
      app.post(ONE_STOP_ROUTES.results, (c) =>
        idempotentWrite(c, sim, 'pushResult', (body) => receiveResult(host, body)),
      );
      app.post(ONE_STOP_ROUTES.feedback, (c) =>
        idempotentWrite(c, sim, 'pushFeedback', (body) => receiveFeedback(host, body)),
      );
      app.notFound((c) =>
        send(c, failure(404, ONE_STOP_ERROR_CODES.notFound, 'Không tìm thấy đường dẫn')),
      );
    },
  });
}
