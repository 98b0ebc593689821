// The member service against PostgreSQL: keys, rotation overlap, revocation, clients, tokens, config sync.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase } from '../../test/helpers/database.ts';
import { hashApiKey } from './keys.ts';
import { createMemberService } from './service.ts';
import type { MemberService } from './types.ts';

const SECRET = 's'.repeat(40);
let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
let clock = new Date('2026-03-01T08:00:00Z');
let members: MemberService;
const advance = (hours: number) => {
  clock = new Date(clock.getTime() + hours * 3_600_000);
};

beforeAll(async () => {
  db = await createMigratedDatabase('members');
  members = createMemberService({ pool: db.pool, tokenSecret: SECRET, now: () => clock });
});
afterAll(async () => {
  await db.drop();
});

async function created(id: string, rights: string[] = ['dossier.submit']): Promise<string> {
  const result = await members.createMember({ id, name: `Member ${id}`, rights });
  if (!result.ok) throw new Error(`createMember(${id}): ${result.code}`);
  return result.apiKey;
}

describe('createMember', () => {
  it('should return the key once and store only its hash', async () => {
    const key = await created('one-stop', ['dossier.submit', 'progress.submit']);
    const { rows } = await db.pool.query('select key_prefix, key_hash from lienthong.member_key');
    expect(rows).toEqual([{ key_prefix: key.slice(3, 11), key_hash: hashApiKey(key) }]);
    const dump = JSON.stringify((await db.pool.query('select * from lienthong.member_key')).rows);
    expect(dump).not.toContain(key.slice(12));
    expect(await members.authenticateKey(key)).toEqual({
      ok: true,
      member: {
        id: 'one-stop',
        name: 'Member one-stop',
        rights: ['dossier.submit', 'progress.submit'],
        certFingerprint: null,
      },
    });
  });

  it('should refuse an existing id, a bad id and rights that cannot travel in a scope', async () => {
    await created('health');
    expect(await members.createMember({ id: 'health', name: 'x', rights: [] })).toMatchObject({
      ok: false,
      code: 'member.exists',
    });
    expect(await members.createMember({ id: 'Bad Id', name: 'x', rights: [] })).toMatchObject({
      ok: false,
      code: 'member.invalid',
    });
    const spaced = await members.createMember({ id: 'edu', name: 'x', rights: ['a b'] });
    expect(spaced).toMatchObject({ ok: false, code: 'member.invalid' });
    expect((await db.pool.query("select 1 from lienthong.member where id = 'edu'")).rowCount).toBe(
      0,
    );
  });
});

describe('authenticateKey', () => {
  it('should call unknown what is not a key or not ours, including a right prefix with a wrong secret', async () => {
    const key = await created('business');
    const wrongSecret = `${key.slice(0, 12)}${'A'.repeat(43)}`;
    for (const raw of ['', 'nonsense', wrongSecret, `lt_00000000_${'A'.repeat(43)}`])
      expect(await members.authenticateKey(raw)).toEqual({ ok: false, code: 'key.unknown' });
  });
});

describe('rotateKey', () => {
  it('should keep the old key working during the overlap and refuse it after', async () => {
    const oldKey = await created('population');
    const rotated = await members.rotateKey('population', { overlapHours: 2 });
    if (!rotated.ok) throw new Error(rotated.code);
    expect(rotated.previousKeysExpireAt).toEqual(new Date(clock.getTime() + 2 * 3_600_000));
    expect((await members.authenticateKey(oldKey)).ok).toBe(true);
    expect((await members.authenticateKey(rotated.apiKey)).ok).toBe(true);
    advance(1.99);
    expect((await members.authenticateKey(oldKey)).ok).toBe(true);
    advance(0.02);
    expect(await members.authenticateKey(oldKey)).toEqual({ ok: false, code: 'key.expired' });
    expect((await members.authenticateKey(rotated.apiKey)).ok).toBe(true);
  });

  it('should never lengthen an earlier overlap, and default to 24 hours', async () => {
    const first = await created('rotate-twice');
    const a = await members.rotateKey('rotate-twice', { overlapHours: 1 });
    const b = await members.rotateKey('rotate-twice');
    if (!a.ok || !b.ok) throw new Error('rotate failed');
    expect(b.previousKeysExpireAt.getTime() - clock.getTime()).toBe(24 * 3_600_000);
    advance(1);
    expect(await members.authenticateKey(first)).toEqual({ ok: false, code: 'key.expired' });
    expect((await members.authenticateKey(a.apiKey)).ok).toBe(true);
    advance(24);
    expect(await members.authenticateKey(a.apiKey)).toEqual({ ok: false, code: 'key.expired' });
    expect((await members.authenticateKey(b.apiKey)).ok).toBe(true);
  });

  it('should end the old key at once with a zero overlap, and refuse bad input', async () => {
    const old = await created('zero-overlap');
    const rotated = await members.rotateKey('zero-overlap', { overlapHours: 0 });
    expect(rotated.ok).toBe(true);
    expect(await members.authenticateKey(old)).toEqual({ ok: false, code: 'key.expired' });
    expect(await members.rotateKey('zero-overlap', { overlapHours: -1 })).toMatchObject({
      code: 'member.invalid',
    });
    expect(await members.rotateKey('nobody')).toMatchObject({ code: 'member.not_found' });
  });
});

describe('revoke', () => {
  it('should stop keys, clients and tokens of the member at once', async () => {
    const key = await created('revoked-one', ['*']);
    const client = await members.createClient('revoked-one');
    if (!client.ok) throw new Error(client.code);
    const token = await members.issueToken(client.clientId, client.clientSecret);
    if (!token.ok) throw new Error(token.error);
    expect(await members.revoke('revoked-one')).toEqual({
      ok: true,
      keysRevoked: 1,
      clientsRevoked: 1,
    });
    expect(await members.authenticateKey(key)).toEqual({ ok: false, code: 'key.revoked' });
    expect(await members.verifyToken(token.accessToken)).toEqual({
      ok: false,
      code: 'token.revoked',
    });
    expect(await members.issueToken(client.clientId, client.clientSecret)).toEqual({
      ok: false,
      error: 'invalid_client',
    });
    expect(await members.rotateKey('revoked-one')).toMatchObject({ code: 'member.revoked' });
    expect(await members.createClient('revoked-one')).toMatchObject({ code: 'member.revoked' });
    expect(await members.revoke('revoked-one')).toEqual({
      ok: true,
      keysRevoked: 0,
      clientsRevoked: 0,
    });
    expect(await members.revoke('nobody')).toMatchObject({ code: 'member.not_found' });
  });
});

describe('issueToken and verifyToken', () => {
  it('should issue a 300 s token with the member rights, verified until it expires', async () => {
    await created('sector', ['result.submit', 'exchange.read']);
    const client = await members.createClient('sector');
    if (!client.ok) throw new Error(client.code);
    const issued = await members.issueToken(client.clientId, client.clientSecret);
    expect(issued).toMatchObject({
      ok: true,
      tokenType: 'Bearer',
      expiresIn: 300,
      scope: 'result.submit exchange.read',
    });
    if (!issued.ok) return;
    const verified = await members.verifyToken(issued.accessToken);
    expect(verified).toMatchObject({
      ok: true,
      member: { id: 'sector', rights: ['result.submit', 'exchange.read'] },
    });
    advance(300 / 3600);
    expect(await members.verifyToken(issued.accessToken)).toEqual({
      ok: false,
      code: 'token.expired',
    });
  });

  it('should narrow to a requested scope and refuse a scope beyond the rights', async () => {
    await created('scoped', ['result.submit', 'exchange.read']);
    const client = await members.createClient('scoped');
    if (!client.ok) throw new Error(client.code);
    const narrow = await members.issueToken(client.clientId, client.clientSecret, 'exchange.read');
    expect(narrow).toMatchObject({ ok: true, scope: 'exchange.read' });
    if (narrow.ok)
      expect(await members.verifyToken(narrow.accessToken)).toMatchObject({
        member: { rights: ['exchange.read'] },
      });
    expect(
      await members.issueToken(
        client.clientId,
        client.clientSecret,
        'exchange.read lookup.citizen',
      ),
    ).toEqual({ ok: false, error: 'invalid_scope' });
  });

  it('should refuse a wrong secret and an unknown client alike', async () => {
    await created('clients');
    const client = await members.createClient('clients');
    if (!client.ok) throw new Error(client.code);
    expect(await members.issueToken(client.clientId, `${client.clientSecret}x`)).toEqual({
      ok: false,
      error: 'invalid_client',
    });
    expect(await members.issueToken('ltc_0000000000000000', client.clientSecret)).toEqual({
      ok: false,
      error: 'invalid_client',
    });
    const { rows } = await db.pool.query(
      'select secret_hash from lienthong.member_client where client_id = $1',
      [client.clientId],
    );
    expect(rows[0].secret_hash).toMatch(/^scrypt\$/);
  });

  it('should drop token rights the member no longer holds', async () => {
    await created('shrinking', ['result.submit', 'exchange.read']);
    const client = await members.createClient('shrinking');
    if (!client.ok) throw new Error(client.code);
    const issued = await members.issueToken(client.clientId, client.clientSecret);
    if (!issued.ok) throw new Error(issued.error);
    await members.syncMembersFromConfig([
      { id: 'shrinking', name: 'Shrinking', rights: ['exchange.read'] },
    ]);
    expect(await members.verifyToken(issued.accessToken)).toMatchObject({
      ok: true,
      member: { rights: ['exchange.read'] },
    });
  });

  it('should accept no tokens and refuse to issue without a secret', async () => {
    const keyOnly = createMemberService({ pool: db.pool, now: () => clock });
    expect(await keyOnly.verifyToken('a.b.c')).toEqual({ ok: false, code: 'token.invalid' });
    await expect(keyOnly.issueToken('x', 'y')).rejects.toThrow(/tokenSecret/);
    expect(() => createMemberService({ pool: db.pool, tokenSecret: 'short' })).toThrow(RangeError);
  });
});

describe('syncMembersFromConfig', () => {
  it('should create and update name and rights, keep keys and status, and list undeclared members', async () => {
    const key = await created('synced', ['dossier.submit']);
    const result = await members.syncMembersFromConfig([
      { id: 'synced', name: 'Synced system', rights: ['*'] },
      { id: 'declared-only', name: 'Declared', rights: ['lookup.citizen'] },
    ]);
    expect(result).toMatchObject({ ok: true, created: ['declared-only'], updated: ['synced'] });
    if (result.ok) expect(result.undeclared).toContain('one-stop');
    expect(await members.authenticateKey(key)).toMatchObject({
      ok: true,
      member: { name: 'Synced system', rights: ['*'] },
    });
    const again = await members.syncMembersFromConfig([
      { id: 'synced', name: 'Synced system', rights: ['*'] },
    ]);
    expect(again).toMatchObject({ ok: true, created: [], updated: [] });
  });

  it('should write nothing when any declaration is bad', async () => {
    const result = await members.syncMembersFromConfig([
      { id: 'good-one', name: 'Good', rights: [] },
      { id: 'good-one', name: 'Twice', rights: [] },
      { id: 'bad-rights', name: 'Bad', rights: ['lookup citizen'] },
    ]);
    expect(result).toMatchObject({ ok: false, code: 'member.invalid' });
    if (!result.ok) expect(result.detail).toMatch(/declared twice: good-one/);
    const { rowCount } = await db.pool.query(
      "select 1 from lienthong.member where id in ('good-one', 'bad-rights')",
    );
    expect(rowCount).toBe(0);
  });
});

describe('list and bindCertificate', () => {
  it('should list members with key prefixes and clients, never secrets', async () => {
    const key = await created('listed', ['exchange.read']);
    const client = await members.createClient('listed');
    if (!client.ok) throw new Error(client.code);
    const bound = await members.bindCertificate('listed', `${'AB:'.repeat(31)}AB`);
    expect(bound).toEqual({ ok: true });
    const listed = (await members.list()).find((m) => m.id === 'listed');
    expect(listed).toMatchObject({
      status: 'active',
      rights: ['exchange.read'],
      certFingerprint: 'ab'.repeat(32),
      keys: [{ prefix: key.slice(3, 11), expiresAt: null, revokedAt: null }],
      clients: [{ clientId: client.clientId, revokedAt: null }],
    });
    expect(listed?.keys[0]?.createdAt).toBeInstanceOf(Date);
    expect(JSON.stringify(listed)).not.toContain(client.clientSecret);
    expect(await members.bindCertificate('listed', 'nope')).toMatchObject({
      code: 'member.invalid',
    });
    expect(await members.bindCertificate('nobody', null)).toMatchObject({
      code: 'member.not_found',
    });
  });
});
