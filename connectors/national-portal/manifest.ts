// The national-portal connector's manifest: Cổng DVCQG operations, deliveries and production hosts.

import { PORTAL_PROGRESS_CHUNK_MAX } from '../../contracts/wire/national-portal/index.ts';
import type { ConnectorManifest } from '../kit/index.ts';

export const portalManifest = {
  id: 'national-portal',
  version: '1.0.0',
  kind: 'rest',
  operations: ['syncDossier', 'updateProgress', 'lookupDossier', 'listProcedures', 'getProcedure'],
  accepts: ['dossier', 'progress', 'result'],
  /** Deployments reaching the adapter through NGSP/LGSP add the proxy host with extraAllowedHosts. */
  allowedHosts: ['dichvucong.gov.vn', '*.dichvucong.gov.vn'],
  /** CapNhatTienDoHoSoMC takes at most 10 events a call (TH practice, DOMAIN §1.3). */
  batch: { progress: PORTAL_PROGRESS_CHUNK_MAX },
} as const satisfies ConnectorManifest;
