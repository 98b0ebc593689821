// The business connector's manifest: lookups in CSDLQG về đăng ký doanh nghiệp through the provincial gateway.
import type { ConnectorManifest } from '../kit/index.ts';

export const businessManifest = {
  id: 'business',
  version: '1.0.0',
  kind: 'rest',
  operations: ['lookupEnterprise'],
  accepts: [],
  // Hà Nội's gateway host is still to be confirmed with the city (DOMAIN §6); add others via extraAllowedHosts.
  allowedHosts: ['lgsp.hanoi.gov.vn'],
} as const satisfies ConnectorManifest;
