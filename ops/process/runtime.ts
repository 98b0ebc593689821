// The shared runtime of one process: config, logger, database pool and queue, built once.
import type { Config } from '../config.ts';
import type { Pool } from '../db/pool.ts';
import type { PgBoss } from '../queue/boss.ts';
import type { Logger } from '../telemetry/logger.ts';
import type { StopStep } from './shutdown.ts';

export const ROLES = ['all', 'gateway', 'worker', 'scheduler'] as const;
export type Role = (typeof ROLES)[number];

export interface Runtime {
  config: Config;
  logger: Logger;
  databaseUrl: string;
  pool: Pool;
  boss: PgBoss;
  queueRunning: () => boolean;
}

/** A role starts its part of the system and returns how to stop it, in order. */
export type RoleStarter = (runtime: Runtime) => Promise<StopStep[]>;

export function runsRole(role: Role, part: Exclude<Role, 'all'>): boolean {
  return role === 'all' || role === part;
}
