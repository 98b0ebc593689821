// `members …` commands against a real database: keys print once, listings hide secrets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase } from '../../test/helpers/database.ts';
import { createMemberService } from '../members/service.ts';
import { createMemberCommands, openMembersFromConfig } from './members.ts';
import { EXIT } from './output.ts';

let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
let closed = 0;
let commands: ReturnType<typeof createMemberCommands>;

beforeAll(async () => {
  db = await createMigratedDatabase('cli_members');
  const members = createMemberService({ pool: db.pool });
  commands = createMemberCommands(async () => ({
    members,
    close: async () => {
      closed++;
    },
  }));
});
afterAll(async () => {
  await db.drop();
});

async function run(name: string, positionals: string[], flags: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await commands[name]!.run(
    { positionals, flags },
    { out: (l) => out.push(l), err: (l) => err.push(l) },
  );
  return { code, out, err };
}

describe('members commands', () => {
  it('should add a member, print its working key once, and close the database', async () => {
    const before = closed;
    const added = await run('members add', ['one-stop'], {
      name: 'Hệ thống một cửa',
      rights: 'dossier.submit, progress.submit',
    });
    expect(added.code).toBe(EXIT.ok);
    const key = added.out.find((line) => line.startsWith('lt_'))!;
    const members = createMemberService({ pool: db.pool });
    expect(await members.authenticateKey(key)).toMatchObject({
      ok: true,
      member: { id: 'one-stop', rights: ['dossier.submit', 'progress.submit'] },
    });
    expect(closed).toBe(before + 1);
    const listed = await run('members list', []);
    expect(listed.out.join('\n')).toContain('one-stop  active');
    expect(listed.out.join('\n')).toContain(`keys=${key.slice(0, 11)}`);
    expect(listed.out.join('\n')).not.toContain(key);
  });

  it('should warn about rights no operation requires and report an existing id', async () => {
    const added = await run('members add', ['sector'], { name: 'Sector', rights: 'made.up' });
    expect(added.code).toBe(EXIT.ok);
    expect(added.err.join('\n')).toMatch(/no operation requires made\.up/);
    const again = await run('members add', ['sector'], { name: 'Sector' });
    expect(again).toMatchObject({ code: EXIT.failure, err: ['member.exists'] });
  });

  it('should rotate with an overlap, add a client, bind a certificate and revoke', async () => {
    await run('members add', ['health'], { name: 'Health', rights: 'result.submit' });
    const rotated = await run('members rotate-key', ['health'], { 'overlap-hours': '6' });
    expect(rotated.code).toBe(EXIT.ok);
    expect(rotated.out[0]).toMatch(/older keys of health stop at \d{4}-/);
    expect(rotated.out.at(-1)).toMatch(/^lt_[0-9a-f]{8}_/);
    const client = await run('members add-client', ['health']);
    expect(client.out[0]).toMatch(/^client_id: ltc_[0-9a-f]{16}$/);
    expect(client.out[1]).toMatch(/^client_secret \(shown once, store it now\): \S{43}$/);
    expect((await run('members bind-cert', ['health', 'ab'.repeat(32)])).code).toBe(EXIT.ok);
    const revoked = await run('members revoke', ['health']);
    expect(revoked.out).toEqual(['member health revoked (2 keys, 1 clients)']);
    expect((await run('members list', [])).out.join('\n')).toMatch(/health {2}revoked/);
  });

  it('should fail for unknown members and bad input', async () => {
    expect((await run('members revoke', ['nobody'])).err).toEqual(['member.not_found']);
    expect((await run('members add-client', ['nobody'])).code).toBe(EXIT.failure);
    expect((await run('members bind-cert', ['one-stop', 'zz'])).code).toBe(EXIT.usage);
    expect((await run('members rotate-key', ['one-stop'], { 'overlap-hours': 'soon' })).code).toBe(
      EXIT.usage,
    );
  });
});

describe('openMembersFromConfig', () => {
  it('should open DATABASE_URL like migrate does and give a working service', async () => {
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = db.url;
    try {
      const session = await openMembersFromConfig({ out: () => undefined, err: () => undefined });
      if (typeof session === 'number') throw new Error(`exit ${session}`);
      try {
        expect((await session.members.list()).map((m) => m.id)).toContain('one-stop');
      } finally {
        await session.close();
      }
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
    }
  });
});
