// Starts ONE PostgreSQL for the whole test run (or uses TEST_DATABASE_URL) and provides its URL.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../ops/db/embedded.ts';
import { freePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test server; each test file creates its own database from it. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide('databaseUrl', external);
    return async () => undefined;
  }
  const dir = await mkdtemp(join(tmpdir(), 'lienthong-test-pg-'));
  const db = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort() });
  project.provide('databaseUrl', db.url);
  return async () => {
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
