// The sandbox's traffic: the one-stop simulator submits realistic dossiers to this gateway.
import type { CatalogEntry } from '../../connectors/catalog-types.ts';
import type { Connector } from '../../connectors/kit/index.ts';
import { type CatalogueSource, syncCatalogue } from '../catalogue/sync.ts';
import type { Config } from '../config.ts';
import type { Pool } from '../db/pool.ts';
import type { MemberService } from '../members/types.ts';
import type { Logger } from '../telemetry/logger.ts';

/** The member the one-stop simulator submits as; declared in lienthong.config.ts. */
export const SANDBOX_SOURCE = 'one-stop';

export interface TrafficSource {
  startTraffic(options: {
    gatewayUrl: string;
    apiKey: string;
    perMinute: number;
    onError?: (error: unknown) => void;
  }): { stop(): Promise<void> | void };
}

function isTrafficSource(value: unknown): value is TrafficSource {
  return typeof (value as { startTraffic?: unknown })?.startTraffic === 'function';
}

export async function startSandboxTraffic(options: {
  config: Config;
  catalog: readonly CatalogEntry[];
  members: MemberService;
  logger: Logger;
  gatewayUrl: string;
}): Promise<{ stop(): Promise<void> } | undefined> {
  const perMinute = options.config.sandbox.dossiersPerMinute;
  const source = options.catalog.find((entry) => entry.definition.manifest.id === 'one-stop');
  if (perMinute === 0 || !source || !isTrafficSource(source.sandbox)) return undefined;
  // A fresh key each start: the previous one stops working at once (overlap 0).
  const key = await options.members.rotateKey(SANDBOX_SOURCE, { overlapHours: 0 });
  if (!key.ok) {
    options.logger.warn(
      { code: key.code },
      `sandbox traffic off: member ${SANDBOX_SOURCE} is not declared`,
    );
    return undefined;
  }
  let errors = 0;
  const traffic = source.sandbox.startTraffic({
    gatewayUrl: options.gatewayUrl,
    apiKey: key.apiKey,
    perMinute,
    onError: (error) => {
      if (errors++ % 100 === 0)
        options.logger.warn({ err: error, errors }, 'sandbox traffic: a submission failed');
    },
  });
  options.logger.info({ perMinute }, 'sandbox traffic started');
  return { stop: async () => traffic.stop() };
}

/** Loads the portal simulator's catalogue before traffic starts (the scheduler keeps it fresh). */
export async function syncSandboxCatalogue(options: {
  config: Config;
  pool: Pool;
  connectors: ReadonlyMap<string, Connector>;
  logger: Logger;
}): Promise<void> {
  const id = Object.entries(options.config.connectors).find(
    ([, c]) => c.type === 'national-portal' && c.enabled,
  )?.[0];
  const portal = id ? options.connectors.get(id) : undefined;
  if (!portal) return;
  try {
    await syncCatalogue({
      pool: options.pool,
      source: portal.operations as CatalogueSource,
      logger: options.logger,
    });
  } catch (error) {
    options.logger.warn(
      { err: error },
      'sandbox: the first catalogue sync failed; routes by portal integration wait for the next',
    );
  }
}
