// The one-stop connector's manifest: the city one-stop system's callback API (REST/JSON, Vietnamese fields).
import type { ConnectorManifest } from '../kit/index.ts';

export const oneStopManifest = {
  id: 'one-stop',
  version: '1.0.0',
  kind: 'rest',
  operations: ['pushProcedures', 'listProcedures', 'pushResult', 'pushFeedback', 'pushDossier'],
  accepts: ['result', 'feedback', 'dossier', 'procedure'],
  /** [I] The city's one-stop host is not verified; the sandbox adds 127.0.0.1 through extraAllowedHosts. */
  allowedHosts: ['motcua.hanoi.gov.vn', '*.motcua.hanoi.gov.vn'],
} as const satisfies ConnectorManifest;
