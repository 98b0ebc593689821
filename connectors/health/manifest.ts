// The health connector's manifest: birth-registration link-up with the health sector through the LGSP.
import type { ConnectorManifest } from '../kit/index.ts';

export const healthManifest = {
  id: 'health',
  version: '1.0.0',
  kind: 'rest',
  operations: ['submitDossier', 'queryResult', 'lookupBirthCertificate'],
  accepts: ['dossier'],
  // Hà Nội's LGSP host is still to be confirmed with the city (DOMAIN §6); add others via extraAllowedHosts.
  allowedHosts: ['lgsp.hanoi.gov.vn'],
} as const satisfies ConnectorManifest;
