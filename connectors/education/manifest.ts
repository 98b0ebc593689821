// The education connector's manifest: the sector system's GiaoDucService (SOAP 1.1), dossiers in, results out.
import type { ConnectorManifest } from '../kit/index.ts';

export const educationManifest = {
  id: 'education',
  version: '1.0.0',
  kind: 'soap',
  operations: ['receiveDossier', 'queryResult'],
  accepts: ['dossier'],
  // Sở GD&ĐT Hà Nội's hosts are still to be confirmed with the city (DOMAIN §6); add others via extraAllowedHosts.
  allowedHosts: ['hanoi.edu.vn', '*.hanoi.edu.vn'],
} as const satisfies ConnectorManifest;
