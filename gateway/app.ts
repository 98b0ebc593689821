// createApp(deps): the gateway's Hono app — middleware in order, then one router per resource.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import type { Pool } from '../ops/db/pool.ts';
import type { ExchangeReader } from '../ops/delivery/exchange-reader.ts';
import type { Intake } from '../ops/delivery/intake.ts';
import type { OperatorActions } from '../ops/delivery/operator.ts';
import type { Lookups } from '../ops/lookups/service.ts';
import { cachedCredentials } from '../ops/members/credential-cache.ts';
import type { MemberService } from '../ops/members/types.ts';
import type { Logger } from '../ops/telemetry/logger.ts';
import type { Metrics, MetricsRecorder } from '../ops/telemetry/metrics.ts';
import { docsRoutes } from './docs.ts';
import { authenticate, requireRight } from './middleware/auth/index.ts';
import { oauthTokenRoute } from './middleware/auth/token-route.ts';
import { bodyLimit } from './middleware/body-limit.ts';
import { httpErrorProblem } from './middleware/http-errors.ts';
import { jsonDepth } from './middleware/json-body.ts';
import { methodNotAllowed } from './middleware/method-not-allowed.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { requestIdPropagation } from './middleware/request-id.ts';
import { requestTimeout } from './middleware/request-timeout.ts';
import { apiSecureHeaders } from './middleware/secure-headers.ts';
import { registerOpenApi } from './openapi.ts';
import { problem } from './problem.ts';
import { dossierRoutes } from './routes/dossiers.ts';
import { exchangeRoutes } from './routes/exchanges.ts';
import { healthRoutes, type ReadinessProbe } from './routes/health.ts';
import { lookupRoutes } from './routes/lookups.ts';
import { httpMetrics, metricsRoutes } from './routes/metrics.ts';
import { ONE_STOP_SUBMISSION_PATHS, oneStopRoutes } from './routes/one-stop.ts';
import { operationRoutes } from './routes/operations.ts';
import { inlinePreparer, type SubmissionPreparer } from './submission-workers.ts';
import { validationHook } from './validation.ts';

export interface GatewayLimits {
  maxBodyBytes: number;
  maxJsonDepth: number;
  /** Sustained requests per second per member, and the burst above it. */
  perSecond: number;
  burst: number;
  requestTimeoutMs: number;
}

export const DEFAULT_LIMITS: GatewayLimits = {
  maxBodyBytes: 2 * 1024 * 1024,
  maxJsonDepth: 32,
  perSecond: 200,
  burst: 400,
  requestTimeoutMs: 30_000,
};

export interface AppDeps {
  logger: Logger;
  readiness: ReadinessProbe;
  version: string;
  pool: Pool;
  members: MemberService;
  /** OAuth2 token issuing is on only when a signing secret is configured. */
  tokensEnabled: boolean;
  intake: Intake;
  exchanges: ExchangeReader;
  operator: OperatorActions;
  limits?: Partial<GatewayLimits>;
  /** Extra routers (SOAP endpoint, console, lookups) mounted by the process that has their deps. */
  extraRoutes?: Array<(app: OpenAPIHono) => void>;
  /** [telemetry] Records every request by route pattern, status and member; optional. */
  metrics?: MetricsRecorder;
  /** Serves GET /metrics (Prometheus) when given. */
  metricsEndpoint?: Metrics;
  /** Citizen and enterprise lookups, when the population or business connector is configured. */
  lookups?: Lookups;
  /** Where one-stop submissions are parsed and mapped: worker threads, or inline (the default). */
  submissions?: SubmissionPreparer;
}

export function createApp(deps: AppDeps): Hono {
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const app = new OpenAPIHono({ defaultHook: validationHook });
  if (deps.metrics) app.use(httpMetrics(deps.metrics)); // [telemetry] first: counts refusals too
  app.use(requestIdPropagation());
  app.use(apiSecureHeaders());
  app.use(methodNotAllowed(app));
  app.route('/', healthRoutes(deps.readiness));
  if (deps.metricsEndpoint)
    app.route('/', metricsRoutes({ metrics: deps.metricsEndpoint, pool: deps.pool }));
  if (deps.tokensEnabled) app.route('/', oauthTokenRoute({ members: deps.members }));

  app.use('/api/*', requestTimeout({ ms: limits.requestTimeoutMs }));
  app.use(
    '/api/*',
    authenticate({
      members: cachedCredentials(deps.members),
      onFailure: (event) =>
        deps.logger.warn({ reason: event.reason, path: event.path }, 'authentication refused'),
    }),
  );
  app.use(
    '/api/*',
    rateLimit({ perSecond: limits.perSecond, burst: limits.burst, key: (c) => c.get('member').id }),
  );
  app.use('/api/*', bodyLimit({ maxBytes: limits.maxBodyBytes }));
  app.use(
    '/api/*',
    jsonDepth({ maxDepth: limits.maxJsonDepth, readByRoute: ONE_STOP_SUBMISSION_PATHS }),
  );

  const right = (name: string) => requireRight(name, { pool: deps.pool, logger: deps.logger });
  app.route('/', dossierRoutes({ intake: deps.intake, exchanges: deps.exchanges, right }));
  app.route(
    '/',
    oneStopRoutes({
      intake: deps.intake,
      right,
      submissions: deps.submissions ?? inlinePreparer,
      jsonLimits: { maxDepth: limits.maxJsonDepth },
    }),
  );
  app.route('/', exchangeRoutes({ exchanges: deps.exchanges, right }));
  app.route('/', operationRoutes({ operator: deps.operator, right }));
  if (deps.lookups) app.route('/', lookupRoutes({ lookups: deps.lookups, right }));
  for (const mount of deps.extraRoutes ?? []) mount(app);

  registerOpenApi(app, { version: deps.version });
  app.route('/', docsRoutes());
  app.notFound((c) =>
    problem(c, 'resource.not_found', { detail: `no route for ${c.req.method} ${c.req.path}` }),
  );
  app.onError((error, c) => {
    const mapped = httpErrorProblem(error, c);
    if (mapped) return mapped;
    deps.logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return problem(c, 'internal');
  });
  return app;
}
