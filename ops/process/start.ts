// `lienthong start`: opens the database, migrates, starts the queue, the connectors and the roles.
import { connectorCatalog } from '../../connectors/catalog.ts';
import type { CatalogEntry } from '../../connectors/catalog-types.ts';
import { createApp } from '../../gateway/app.ts';
import { listen } from '../../gateway/server.ts';
import { mountSoapExchange } from '../../gateway/soap/index.ts';
import {
  createSubmissionPreparer,
  defaultSubmissionThreads,
} from '../../gateway/submission-workers.ts';
import packageJson from '../../package.json' with { type: 'json' };
import type { Config } from '../config.ts';
import { consoleRoutes } from '../console/index.ts';
import { migrate } from '../db/migrate.ts';
import { createPool } from '../db/pool.ts';
import { createAcceptor } from '../delivery/accept.ts';
import { portFromConnector } from '../delivery/connector-port.ts';
import { ensureQueues, startDelivery, type TargetSpec } from '../delivery/engine.ts';
import { createExchangeReader } from '../delivery/exchange-reader.ts';
import { createIntake } from '../delivery/intake.ts';
import { createOperatorActions } from '../delivery/operator.ts';
import { defaultPolicy } from '../delivery/policy.ts';
import { createLookups } from '../lookups/service.ts';
import { createMemberService } from '../members/service.ts';
import { startBoss } from '../queue/boss.ts';
import { startScheduler } from '../scheduler/index.ts';
import type { Logger } from '../telemetry/logger.ts';
import { createMetrics } from '../telemetry/metrics.ts';
import { openConnectors } from './connectors.ts';
import { openDatabase } from './database.ts';
import { readinessProbe } from './readiness.ts';
import { type Role, type Runtime, runsRole } from './runtime.ts';
import { startSandboxTraffic, syncSandboxCatalogue } from './sandbox.ts';
import { installShutdown, type StopStep } from './shutdown.ts';

export interface Started {
  runtime: Runtime;
  port: number | undefined;
  stop(): Promise<void>;
}

export interface StartOptions {
  lastSteps?: StopStep[];
  catalog?: readonly CatalogEntry[];
}

/** Drops absent keys (zod's optional reads as `| undefined`, which exact optional types refuse). */
function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** The configured connectors that some route delivers to, with their delivery policy. */
function deliveryTargets(
  config: Config,
  instances: Map<string, import('../../connectors/kit/index.ts').Connector>,
): TargetSpec[] {
  const routed = new Set(config.routes.flatMap((r) => r.to));
  return [...instances]
    .filter(([id, connector]) => routed.has(id) && connector.deliver !== undefined)
    .map(([id, connector]) => ({
      id,
      port: portFromConnector(connector),
      policy: config.connectors[id]!.delivery,
      maintenance: config.connectors[id]!.maintenance,
    }));
}

export async function start(
  config: Config,
  logger: Logger,
  role: Role,
  options: StartOptions = {},
): Promise<Started> {
  const database = await openDatabase(config.env, logger);
  const pool = createPool(database.url);
  const undo: Array<() => Promise<unknown>> = [];
  try {
    return await startOn({ config, logger, role, options, database, pool, undo });
  } catch (error) {
    // A failed start must not leave workers, sockets or an orphaned embedded PostgreSQL behind.
    for (const step of undo.reverse()) await step().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await database.stop().catch(() => undefined);
    throw error;
  }
}

async function startOn(context: {
  config: Config;
  logger: Logger;
  role: Role;
  options: StartOptions;
  database: Awaited<ReturnType<typeof openDatabase>>;
  pool: ReturnType<typeof createPool>;
  undo: Array<() => Promise<unknown>>;
}): Promise<Started> {
  const { config, logger, role, options, database, pool, undo } = context;
  const { applied } = await migrate(pool);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  const boss = await startBoss(database.url, logger, { supervise: role !== 'gateway' });
  undo.push(() => boss.stop({ graceful: false }));
  let queueRunning = true;
  boss.on('stopped', () => {
    queueRunning = false;
  });
  const runtime: Runtime = {
    config,
    logger,
    databaseUrl: database.url,
    pool,
    boss,
    queueRunning: () => queueRunning,
  };
  const members = createMemberService({
    pool,
    ...(config.env.LIENTHONG_SECRET ? { tokenSecret: config.env.LIENTHONG_SECRET } : {}),
  });
  const synced = await members.syncMembersFromConfig(config.members);
  if (!synced.ok)
    logger.error(
      { code: synced.code, detail: synced.detail },
      'members in the config were not applied',
    );

  const sandbox =
    role === 'all' &&
    (config.env.LIENTHONG_SANDBOX ? config.env.LIENTHONG_SANDBOX === 'on' : config.sandbox.enabled);
  const connectors = await openConnectors({
    config,
    catalog: options.catalog ?? connectorCatalog,
    logger,
    sandbox,
  });
  const targets = deliveryTargets(config, connectors.instances);
  const metrics = createMetrics({ targets: targets.map((t) => t.id) });
  const connectorOfType = (type: string) => {
    const id = Object.entries(config.connectors).find(
      ([, entry]) => entry.type === type && entry.enabled,
    )?.[0];
    return id ? connectors.instances.get(id) : undefined;
  };
  await ensureQueues(boss, targets);

  const steps: StopStep[] = [];
  // Signals are handled from here on; one that arrives while starting waits for startup to end.
  // (A failed start is undone by start() and the CLI exits; this promise then never settles.)
  const startup = Promise.withResolvers<void>();
  const stop = installShutdown(() => steps, {
    logger,
    deadlineMs: config.env.SHUTDOWN_TIMEOUT_MS,
    startup: startup.promise,
  });
  let port: number | undefined;
  if (runsRole(role, 'gateway')) {
    const acceptor = createAcceptor({ pool, boss });
    const intake = createIntake({ pool, acceptor, routes: config.routes });
    const exchanges = createExchangeReader(pool);
    const submissions = createSubmissionPreparer({
      threads: config.gateway.submissionThreads ?? defaultSubmissionThreads(),
      onThreadExit: (detail) => logger.error(detail, 'submission worker thread exited; replaced'),
    });
    const operator = createOperatorActions(
      pool,
      (target) => config.connectors[target]?.delivery ?? defaultPolicy(),
    );
    const app = createApp({
      logger,
      readiness: readinessProbe({ pool, queueRunning: runtime.queueRunning }),
      version: packageJson.version,
      pool,
      members,
      tokensEnabled: config.env.LIENTHONG_SECRET !== undefined,
      intake,
      exchanges,
      submissions,
      metrics,
      metricsEndpoint: metrics,
      limits: {
        perSecond: config.gateway.rateLimit.perSecond,
        burst: config.gateway.rateLimit.burst,
        maxBodyBytes: config.gateway.maxBodyBytes,
      },
      lookups: createLookups({
        pool,
        logger,
        population: connectorOfType('population'),
        business: connectorOfType('business'),
        secret: config.env.LIENTHONG_SECRET,
        onLatency: (kind, outcome, ms) => metrics.lookup(kind, outcome, ms / 1000),
      }),
      extraRoutes: [
        mountSoapExchange({ intake, members, pool, logger }),
        (app) =>
          app.route(
            '/',
            consoleRoutes({
              pool,
              operator,
              exchanges,
              logger,
              targets: targets.map((t) => t.id),
              ...(config.kpiTargets ? { kpiTargets: definedOnly(config.kpiTargets) } : {}),
              checkConnector: async (id) => {
                const connector = connectors.instances.get(id);
                if (!connector)
                  return { ok: false, latencyMs: 0, error: { reason: 'connector.not_configured' } };
                return connector.check({ timeoutMs: 5000 });
              },
            }),
          ),
      ],
      operator,
    });
    const server = await listen(app, { port: config.env.PORT, hostname: config.env.HOST });
    port = server.port;
    steps.push(
      { name: 'http server', run: () => server.close() },
      { name: 'submission workers', run: () => submissions.close() },
      { name: 'accept', run: () => acceptor.drain() },
    );
    logger.info({ port, role }, 'gateway listening');
  }
  if (runsRole(role, 'scheduler')) {
    const scheduler = await startScheduler({
      config,
      pool,
      boss,
      acceptor: createAcceptor({ pool, boss }),
      connectors: connectors.instances,
      logger,
    });
    steps.push({ name: 'scheduler', run: () => scheduler.stop() });
  }
  if (runsRole(role, 'worker') && targets.length > 0) {
    const engine = await startDelivery({ pool, boss, logger, targets, metrics });
    steps.push({ name: 'delivery workers', run: () => engine.stop() });
  }
  if (sandbox && port !== undefined) {
    // The catalogue first, so the first dossiers already route by portal integration.
    await syncSandboxCatalogue({ config, pool, connectors: connectors.instances, logger });
    const traffic = await startSandboxTraffic({
      config,
      catalog: options.catalog ?? connectorCatalog,
      members,
      logger,
      gatewayUrl: `http://127.0.0.1:${port}`,
    });
    if (traffic) steps.unshift({ name: 'sandbox traffic', run: () => traffic.stop() });
  }
  steps.push(
    { name: 'connectors', run: () => connectors.close() },
    {
      name: 'queue',
      run: () =>
        boss.stop({
          graceful: true,
          timeout: Math.max(1000, config.env.SHUTDOWN_TIMEOUT_MS - 2000),
        }),
    },
    { name: 'database pool', run: () => pool.end() },
    { name: 'database', run: () => database.stop() },
    ...(options.lastSteps ?? []),
  );
  startup.resolve();
  logger.info(
    {
      role,
      database: database.embedded ? 'embedded' : 'external',
      sandbox,
      targets: targets.map((t) => t.id),
    },
    'lienthong started',
  );
  return { runtime, port, stop };
}
