// Every connector this build ships, by type id: the one list the process builds its registry from.
import type { CatalogEntry } from './catalog-types.ts';
import * as nationalPortal from './national-portal/index.ts';

export type { CatalogEntry, ConnectorSandbox } from './catalog-types.ts';

export const connectorCatalog: CatalogEntry[] = [nationalPortal];
