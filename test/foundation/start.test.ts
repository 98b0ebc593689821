// The CLI as users run it: start, readiness, graceful stop, embedded data reuse, bad settings.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, spawnCli, waitForStatus } from '../helpers/cli.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { freePort } from '../helpers/free-port.ts';

const MINIMAL = join(ROOT, 'test/fixtures/minimal.config.ts');
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function database(): Promise<TestDatabase> {
  const db = await createTestDatabase('start');
  cleanups.push(db.drop);
  return db;
}

describe('lienthong start', () => {
  it('should become ready on DATABASE_URL and exit 0 on SIGTERM', async () => {
    const db = await database();
    const port = await freePort();
    const cli = spawnCli(['start'], {
      DATABASE_URL: db.url,
      PORT: String(port),
      LIENTHONG_SANDBOX: 'off',
      LIENTHONG_CONFIG: MINIMAL,
    });
    expect(await waitForStatus(`http://127.0.0.1:${port}/readyz`)).toBe(200);
    const body = await (await fetch(`http://127.0.0.1:${port}/readyz`)).json();
    expect(body).toMatchObject({
      status: 'ready',
      checks: { database: { ok: true }, migrations: { ok: true }, queue: { ok: true } },
    });
    cli.child.kill('SIGTERM');
    expect((await cli.exited).code).toBe(0);
  });

  it('should start an embedded PostgreSQL without DATABASE_URL and reuse its data on the next start', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lienthong-start-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = {
      LIENTHONG_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      LIENTHONG_SANDBOX: 'off',
      LIENTHONG_CONFIG: MINIMAL,
    };

    const port1 = await freePort();
    const first = spawnCli(['start'], { ...env, PORT: String(port1) });
    expect(await waitForStatus(`http://127.0.0.1:${port1}/readyz`)).toBe(200);
    const client = new pg.Client({
      connectionString: `postgres://postgres:lienthong-embedded@127.0.0.1:${env.EMBEDDED_PG_PORT}/postgres`,
    });
    await client.connect();
    await client.query(
      `insert into lienthong.audit_log (actor_kind, actor_id, action, outcome) values ('system', 'test', 'marker', 'ok')`,
    );
    await client.end();
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    expect(first.output()).toContain('migrations applied');

    const port2 = await freePort();
    const second = spawnCli(['start'], { ...env, PORT: String(port2) });
    expect(await waitForStatus(`http://127.0.0.1:${port2}/readyz`)).toBe(200);
    const again = new pg.Client({
      connectionString: `postgres://postgres:lienthong-embedded@127.0.0.1:${env.EMBEDDED_PG_PORT}/postgres`,
    });
    await again.connect();
    const { rows } = await again.query(
      `select count(*)::int as n from lienthong.audit_log where action = 'marker'`,
    );
    await again.end();
    expect(rows[0].n).toBe(1);
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    expect(second.output()).not.toContain('migrations applied');
  });

  it('should stop gracefully, database included, on a SIGTERM that arrives while it still starts', async () => {
    // With the sandbox on, the catalogue sync and the traffic start after the HTTP server answers
    // readiness: a signal then must wait for startup, not kill the process (and orphan postgres).
    const dataDir = await mkdtemp(join(tmpdir(), 'lienthong-early-stop-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const cli = spawnCli(['start'], {
      LIENTHONG_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      LIENTHONG_SANDBOX: 'on',
      PORT: String(port),
    });
    expect(await waitForStatus(`http://127.0.0.1:${port}/readyz`, 3000, 10)).toBe(200);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('should fail fast naming PORT when it is not a number', async () => {
    const { code, output } = await runCli(['start'], { PORT: 'abc' });
    expect(code).toBe(78);
    expect(output).toContain('PORT="abc" (environment): expected an integer port from 0 to 65535');
  });

  it('should fail fast naming DATABASE_URL when it is malformed, without printing it', async () => {
    const { code, output } = await runCli(['start'], { DATABASE_URL: 'mysql://root:s3cret@db/x' });
    expect(code).toBe(78);
    expect(output).toContain('DATABASE_URL="***" (environment): expected postgres://');
    expect(output).not.toContain('s3cret');
  });
});

describe('lienthong migrate', () => {
  it('should migrate once when two processes start at once on one empty database', async () => {
    const db = await database();
    const [a, b] = await Promise.all([
      runCli(['migrate'], { DATABASE_URL: db.url }),
      runCli(['migrate'], { DATABASE_URL: db.url }),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect([a.output, b.output].filter((o) => o.includes('applied:'))).toHaveLength(1);
    expect([a.output, b.output].filter((o) => o.includes('database is up to date'))).toHaveLength(
      1,
    );
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(
      'select version, count(*)::int as n from lienthong.schema_migrations group by version',
    );
    await client.end();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });
});
