// The population connector's manifest: citizen checks in CSDLQG về dân cư through the provincial gateway.
import type { ConnectorManifest } from '../kit/index.ts';

export const populationManifest = {
  id: 'population',
  version: '1.0.0',
  kind: 'rest',
  operations: ['verifyCitizen'],
  accepts: [],
  // Hà Nội's gateway host is still to be confirmed with the city (DOMAIN §6); add others via extraAllowedHosts.
  allowedHosts: ['lgsp.hanoi.gov.vn'],
} as const satisfies ConnectorManifest;
