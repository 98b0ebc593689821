// The echo connector's manifest: what it is, what it can do, where it may connect.
import type { ConnectorManifest } from '../index.ts';

export const echoManifest = {
  id: 'echo',
  version: '1.0.0',
  kind: 'rest',
  operations: ['echo'],
  accepts: ['progress'],
  allowedHosts: ['echo.example.gov.vn'],
  batch: { progress: 50 },
} as const satisfies ConnectorManifest;
