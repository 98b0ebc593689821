// Routes from the config: which targets receive a message of a kind from a source, under conditions.
import type { ResolvedFileConfig } from '../config/file.ts';
import type { DeliveryKind } from './types.ts';

export type Route = ResolvedFileConfig['routes'][number];

export interface RoutingFacts {
  kind: DeliveryKind;
  source: string;
  /** The procedure's sector (MaLinhVuc), e.g. G03-GD10 for secondary education. */
  sectorCode?: string | undefined;
  /** Whether the procedure is integrated with the national portal (from the catalogue). */
  portalIntegrated?: boolean | undefined;
}

export function routeMatches(route: Route, facts: RoutingFacts): boolean {
  if (route.kind !== facts.kind) return false;
  if (route.from !== '*' && route.from !== facts.source) return false;
  if (route.whenSector && !route.whenSector.some((prefix) => facts.sectorCode?.startsWith(prefix)))
    return false;
  if (
    route.whenPortalIntegrated !== undefined &&
    route.whenPortalIntegrated !== (facts.portalIntegrated ?? false)
  ) {
    return false;
  }
  return true;
}

/** Every target of every matching route, once each, never the source itself. */
export function resolveTargets(routes: readonly Route[], facts: RoutingFacts): string[] {
  const targets = new Set<string>();
  for (const route of routes) {
    if (!routeMatches(route, facts)) continue;
    for (const target of route.to) if (target !== facts.source) targets.add(target);
  }
  return [...targets];
}

/** Targets that, by some matching route, take only events of dossiers routed to them. */
export function followingTargets(routes: readonly Route[], facts: RoutingFacts): Set<string> {
  const following = new Set<string>();
  for (const route of routes) {
    if (route.followsDossier && routeMatches(route, facts))
      for (const target of route.to) following.add(target);
  }
  return following;
}
