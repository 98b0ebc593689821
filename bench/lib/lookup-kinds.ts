// bench:lookup's lookups: for citizens (population) and enterprises (business), the request through
// the gateway and the same wire request straight to the simulator, each with its check of the answer.
import { randomUUID } from 'node:crypto';
import {
  BUSINESS_CLIENT,
  LOOKUP_PATH as ENTERPRISE_PATH,
  SEED_ENTERPRISES,
} from '../../connectors/business/index.ts';
import {
  birthDateOf,
  LOOKUP_PATH as CITIZEN_PATH,
  fullNameOf,
  POPULATION_CLIENT,
  sandbox as populationSandbox,
  SEED_CITIZENS,
} from '../../connectors/population/index.ts';
import { createLookupToPopulationMapping } from '../../mappings/population/index.ts';
import type { LoadRequest } from './http-load.ts';
import { dossierCode } from './workload.ts';

export type KindName = 'citizen' | 'enterprise';

/** A kind of lookup: its request and answer check through the gateway and straight to the simulator. */
export interface Kind {
  gateway(i: number): LoadRequest;
  gatewayFound(body: string, i: number): boolean;
  bare(token: string, i: number): LoadRequest;
  bareFound(body: string, i: number): boolean;
  simulatorUrl: string;
  client: { clientId: string; clientSecret: string };
}

const json = (body: string): Record<string, unknown> => {
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch {
    return {};
  }
};

export function lookupKinds(
  urls: { population: string; business: string },
  apiKey: string,
): Record<KindName, Kind> {
  const citizens = SEED_CITIZENS.map((c) => ({
    idNumber: c.SoDinhDanh,
    fullName: fullNameOf(c),
    birthDate: birthDateOf(c),
  }));
  // MaCanBo as the gateway's connector sends it (its sandbox settings' default officer).
  const { defaultOfficer } = populationSandbox.settings('') as { defaultOfficer: string };
  const toWire = createLookupToPopulationMapping({ ...POPULATION_CLIENT, defaultOfficer });
  // The connector's own mapping builds the wire request; each call then needs a fresh MaYeuCau.
  const wire = citizens.map((c) => {
    const mapped = toWire.run({ ...c, requestId: randomUUID(), purpose: 'bench' });
    if (!mapped.ok) throw new Error(`population mapping: ${JSON.stringify(mapped.errors)}`);
    return mapped.value;
  });
  const citizen = (i: number) => citizens[i % citizens.length]!;
  const codes = SEED_ENTERPRISES.map((e) => e.MaSoDoanhNghiep);
  const code = (i: number) => codes[i % codes.length]!;
  const headers = { 'content-type': 'application/json', 'x-api-key': apiKey };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  return {
    citizen: {
      gateway: (i) => ({
        path: '/api/v1/lookups/citizen',
        body: JSON.stringify({ ...citizen(i), dossierCode: dossierCode(i % 1000) }),
        headers,
      }),
      gatewayFound: (body) => json(body).outcome === 'found',
      bare: (token, i) => ({
        path: CITIZEN_PATH,
        body: JSON.stringify({ ...wire[i % wire.length]!, MaYeuCau: randomUUID() }),
        headers: { 'content-type': 'application/json', ...bearer(token) },
      }),
      bareFound: (body, i) => {
        const answer = json(body);
        const id = `<ns1:SoDinhDanh>${citizen(i).idNumber}</ns1:SoDinhDanh>`;
        return answer.error_code === '0' && String(answer.message).includes(id);
      },
      simulatorUrl: urls.population,
      client: POPULATION_CLIENT,
    },
    enterprise: {
      gateway: (i) => ({
        method: 'GET',
        path: `/api/v1/lookups/enterprise/${code(i)}?dossierCode=${encodeURIComponent(dossierCode(i % 1000))}`,
        headers,
      }),
      gatewayFound: (body) => json(body).outcome === 'found',
      bare: (token, i) => ({
        method: 'GET',
        path: `${ENTERPRISE_PATH}?msdn=${code(i)}`,
        headers: bearer(token),
      }),
      bareFound: (body) => (json(body).GetEntCert as unknown[] | null)?.length === 1,
      simulatorUrl: urls.business,
      client: BUSINESS_CLIENT,
    },
  };
}

/** A Bearer token from a simulated LGSP gateway, for the baseline's direct calls. */
export async function lgspToken(url: string, client: Kind['client']): Promise<string> {
  const res = await fetch(`${url}/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.clientSecret,
    }),
  });
  const { access_token } = (await res.json()) as { access_token?: string };
  if (!access_token) throw new Error(`no token from ${url}: ${res.status}`);
  return access_token;
}
