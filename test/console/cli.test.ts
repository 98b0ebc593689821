// `lienthong console add-operator`: a password printed once that signs in, clear usage errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleCommand, openConsoleDatabaseFromConfig } from '../../ops/cli/console.ts';
import type { Io } from '../../ops/cli/output.ts';
import { createSessionStore } from '../../ops/console/auth/sessions.ts';
import type { Pool } from '../../ops/db/pool.ts';
import { createMigratedDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase & { pool: Pool };
let opened = 0;

beforeAll(async () => {
  db = await createMigratedDatabase('consolecli');
});

afterAll(async () => {
  await db.drop();
});

const command = createConsoleCommand(async () => {
  opened++;
  return { pool: db.pool, close: async () => undefined };
});

async function run(positionals: string[], flags: Record<string, string | boolean | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await command.run({ positionals, flags }, io);
  return { code, out, err };
}

describe('console add-operator', () => {
  it('should create the operator and print a password, once, that signs in', async () => {
    const result = await run(['nguyen.an'], { role: 'operator' });
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe(
      'operator nguyen.an (operator) created; password (shown once, store it now):',
    );
    const password = result.out[1]!;
    expect(password).toMatch(/^[\w-]{24}$/);
    const login = await createSessionStore({ pool: db.pool }).login('nguyen.an', password);
    expect(login.ok && login.session.operator.role).toBe('operator');
    const { rows } = await db.pool.query(
      "select password_hash from lienthong.operator where username = 'nguyen.an'",
    );
    expect(rows[0].password_hash).toMatch(/^scrypt\$/);
    expect(rows[0].password_hash).not.toContain(password);
  });

  it('should refuse an existing username without touching its password', async () => {
    const result = await run(['nguyen.an'], { role: 'admin' });
    expect(result.code).toBe(1);
    expect(result.err).toEqual(['operator.exists: nguyen.an already exists']);
    const { rows } = await db.pool.query(
      "select role from lienthong.operator where username = 'nguyen.an'",
    );
    expect(rows).toEqual([{ role: 'operator' }]);
  });

  it('should explain bad usage before opening the database', async () => {
    const before = opened;
    const cases: Array<[string[], Record<string, string | boolean | undefined>, string]> = [
      [[], { role: 'viewer' }, 'missing <username>'],
      [['a1', 'b2'], { role: 'viewer' }, 'unexpected argument "b2"'],
      [['a1'], {}, '--role=<viewer|operator|admin> is required'],
      [['a1'], { role: true }, '--role=<viewer|operator|admin> is required'],
      [['a1'], { role: 'viewer', name: 'x' }, 'unknown option --name'],
    ];
    for (const [positionals, flags, message] of cases) {
      const result = await run(positionals, flags);
      expect(result.code).toBe(64);
      expect(result.err[0]).toBe(
        `${message}\nusage: lienthong console add-operator <username> --role=viewer|operator|admin`,
      );
    }
    expect(opened).toBe(before);
  });

  it('should refuse an unknown role and a malformed username', async () => {
    expect((await run(['ba'], { role: 'root' })).err[0]).toMatch(/^operator\.invalid_role/);
    const bad = await run(['Ba Ba'], { role: 'viewer' });
    expect(bad.code).toBe(64);
    expect(bad.err[0]).toMatch(/^operator\.invalid_username/);
  });

  it('should stop with the config exit code when the configuration is broken', async () => {
    const saved = process.env.LIENTHONG_CONFIG;
    process.env.LIENTHONG_CONFIG = '/nonexistent/lienthong.config.ts';
    try {
      const err: string[] = [];
      const outcome = await openConsoleDatabaseFromConfig({
        out: () => undefined,
        err: (l) => err.push(l),
      });
      expect(outcome).toBe(78);
      expect(err.join('\n')).toContain('LIENTHONG_CONFIG');
    } finally {
      if (saved === undefined) delete process.env.LIENTHONG_CONFIG;
      else process.env.LIENTHONG_CONFIG = saved;
    }
  });
});
