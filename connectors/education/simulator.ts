// A simulated GiaoDucService: a real SOAP server (soap.createServerless) inside the kit's Hono simulator.
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { createServerless, type Server } from 'soap';
import { readEducationWsdl } from '../../contracts/wire/education/index.ts';
import { inspectXml } from '../kit/index.ts';
import { createSimulator, type Simulator, type SimulatorOptions } from '../kit/simulator/index.ts';
import { faultEnvelope, registerEducationErrors, SYSTEM_ERROR } from './simulator-faults.ts';
import { createEducationService } from './simulator-service.ts';

export const EDUCATION_SERVICE_PATH = '/soap/giaoduc';
const XML = { 'content-type': 'text/xml; charset=utf-8' };

/** Sandbox WS-Security account of the simulated service. */
export const EDUCATION_CLIENT = {
  username: 'lienthong-sandbox',
  password: 'sandbox-education-secret',
} as const;

export interface EducationSimulatorOptions
  extends Partial<Omit<SimulatorOptions, 'setup' | 'name'>> {
  /** Delay between reception and the result being available (default 10 s). */
  resultDelayMs?: number;
  now?: () => number;
  credentials?: { readonly username: string; readonly password: string };
}

export function createEducationSimulator(options: EducationSimulatorOptions = {}): Simulator {
  const {
    resultDelayMs = 10_000,
    now = Date.now,
    credentials = EDUCATION_CLIENT,
    ...base
  } = options;
  const wsdl = readEducationWsdl();

  return createSimulator({
    name: 'education',
    ...base,
    setup(app, sim) {
      registerEducationErrors(sim);
      const service = createEducationService(sim, { credentials, resultDelayMs, now });
      let server: Promise<Server> | undefined;
      // createServerless resolves before the WSDL is parsed; its callback fires once it is ready.
      const soapServer = () => {
        server ??= new Promise<Server>((resolve, reject) => {
          void createServerless({
            path: EDUCATION_SERVICE_PATH,
            xml: wsdl,
            services: service.services,
            suppressStack: true,
            callback: (error: unknown, ready: Server) => (error ? reject(error) : resolve(ready)),
          });
        });
        return server;
      };

      app.get(EDUCATION_SERVICE_PATH, (c) =>
        c.req.query('wsdl') === undefined
          ? c.text('Use POST for SOAP requests, GET ?wsdl for the description', 405)
          : c.body(wsdl, 200, XML),
      );

      app.post(EDUCATION_SERVICE_PATH, async (c) => {
        const body = await c.req.text();
        // Like WCF: "For security reasons DTD is prohibited in this XML document."
        if (inspectXml(body) !== undefined) {
          sim.count('rejected', 'xml');
          return c.body(
            faultEnvelope('soap:Client', 'The request is not a valid SOAP message'),
            500,
            XML,
          );
        }
        const headers = Object.fromEntries(c.req.raw.headers.entries());
        const answer = await (await soapServer()).processRequest(body, {
          url: EDUCATION_SERVICE_PATH,
          headers,
        });
        // The `soap` server answers a plain Error with its message as text: never let that out.
        if (answer.statusCode >= 500 && !answer.body.includes(':Fault>')) {
          return c.body(faultEnvelope('soap:Server', 'Internal error', SYSTEM_ERROR), 500, XML);
        }
        return c.body(answer.body, answer.statusCode as ContentfulStatusCode, XML);
      });
    },
  });
}
