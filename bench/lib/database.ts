// A PostgreSQL for a benchmark run (BENCH_DATABASE_URL, or an embedded one), and sibling databases.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../ops/db/embedded.ts';
import { freePort } from '../../test/helpers/free-port.ts';

export async function benchDatabase(name: string): Promise<{ url: string; stop(): Promise<void> }> {
  const external = process.env.BENCH_DATABASE_URL;
  const dir = external ? undefined : await mkdtemp(join(tmpdir(), 'lienthong-bench-'));
  const server = external
    ? { url: external, stop: async () => undefined }
    : await startEmbeddedPostgres({ dataDir: join(dir!, 'pg'), port: await freePort() });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      await server.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Another database on the server of `url` (e.g. a baseline's, beside lienthong's), fresh. */
export async function siblingDatabase(url: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const sibling = new URL(url);
  sibling.pathname = `/${name}`;
  return sibling.toString();
}
