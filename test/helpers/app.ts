// Builds the real gateway app on a test database, with members to call it as.
import type { Hono } from 'hono';
import { createApp } from '../../gateway/app.ts';
import type { Pool } from '../../ops/db/pool.ts';
import { createAcceptor } from '../../ops/delivery/accept.ts';
import { ensureQueues } from '../../ops/delivery/engine.ts';
import { createExchangeReader } from '../../ops/delivery/exchange-reader.ts';
import { createIntake, type Intake } from '../../ops/delivery/intake.ts';
import { createOperatorActions } from '../../ops/delivery/operator.ts';
import { defaultPolicy } from '../../ops/delivery/policy.ts';
import type { Route } from '../../ops/delivery/routing.ts';
import { createMemberService } from '../../ops/members/service.ts';
import type { MemberService } from '../../ops/members/types.ts';
import type { PgBoss } from '../../ops/queue/boss.ts';
import { createLogger, type Logger } from '../../ops/telemetry/logger.ts';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface TestApp {
  app: Hono;
  members: MemberService;
}

export async function buildTestApp(options: {
  pool: Pool;
  boss: PgBoss;
  routes: Route[];
  limits?: Parameters<typeof createApp>[0]['limits'];
  lookups?: Parameters<typeof createApp>[0]['lookups'];
  /** More routes mounted on the app (e.g. the SOAP service), given the app's own services. */
  extraRoutes?: (services: {
    intake: Intake;
    members: MemberService;
    logger: Logger;
  }) => NonNullable<Parameters<typeof createApp>[0]['extraRoutes']>;
}): Promise<TestApp> {
  const logger = createLogger({ level: 'silent', format: 'json' });
  const policy = defaultPolicy();
  const targets = [...new Set(options.routes.flatMap((r) => r.to))];
  await ensureQueues(
    options.boss,
    targets.map((id) => ({ id, policy })),
  );
  const members = createMemberService({ pool: options.pool, tokenSecret: TEST_SECRET });
  const acceptor = createAcceptor({ pool: options.pool, boss: options.boss });
  const intake = createIntake({ pool: options.pool, acceptor, routes: options.routes });
  const app = createApp({
    logger,
    readiness: async () => ({ database: { ok: true } }),
    version: 'test',
    pool: options.pool,
    members,
    tokensEnabled: true,
    intake,
    exchanges: createExchangeReader(options.pool),
    operator: createOperatorActions(options.pool, () => policy),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.lookups ? { lookups: options.lookups } : {}),
    ...(options.extraRoutes
      ? { extraRoutes: options.extraRoutes({ intake, members, logger }) }
      : {}),
  });
  return { app, members };
}

/** Creates a member with the given rights and returns its API key. */
export async function memberKey(
  members: MemberService,
  id: string,
  rights: string[],
): Promise<string> {
  const created = await members.createMember({ id, name: `Test ${id}`, rights });
  if (!created.ok) throw new Error(`could not create member ${id}: ${created.code}`);
  return created.apiKey;
}
