// Every connector this build ships, by type id: the one list the process builds its registry from.

import * as business from './business/index.ts';
import type { CatalogEntry } from './catalog-types.ts';
import * as education from './education/index.ts';
import * as health from './health/index.ts';
import * as nationalPortal from './national-portal/index.ts';
import * as oneStop from './one-stop/index.ts';
import * as population from './population/index.ts';

export type { CatalogEntry, ConnectorSandbox } from './catalog-types.ts';

export const connectorCatalog: CatalogEntry[] = [
  nationalPortal,
  education,
  population,
  business,
  health,
  // The one-stop simulator is also the sandbox's traffic source (startTraffic).
  {
    definition: oneStop.definition,
    sandbox: { ...oneStop.sandbox, startTraffic: oneStop.startTraffic },
  },
];
