// `lienthong members …`: add, rotate-key, revoke, list, add-client, bind-cert. Secrets print once.
import { KNOWN_RIGHTS } from '../members/rights.ts';
import { createMemberService } from '../members/service.ts';
import type { MemberService, MemberSummary, Outcome } from '../members/types.ts';
import type { Command } from './commands.ts';
import { openCliDatabase } from './database.ts';
import { EXIT, type Io } from './output.ts';

type Args = Parameters<Command['run']>[0];

export interface MembersSession {
  members: MemberService;
  close(): Promise<void>;
}
/** Opens the member service, or returns an exit code after telling the user why it could not. */
export type OpenMembers = (io: Io) => Promise<MembersSession | number>;

/** Like `migrate`: config, then DATABASE_URL or the embedded database, brought up to date. */
export const openMembersFromConfig: OpenMembers = async (io) => {
  const opened = await openCliDatabase(io);
  if (typeof opened === 'number') return opened;
  const secret = opened.config.env.LIENTHONG_SECRET;
  return {
    members: createMemberService({ pool: opened.pool, ...(secret ? { tokenSecret: secret } : {}) }),
    close: opened.close,
  };
};

interface CommandShape {
  positionals: string[];
  flags: string[];
  required?: string[];
}

type Parsed =
  | { ok: true; positionals: string[]; flags: Record<string, string | undefined> }
  | { ok: false; message: string };

/** Exactly the named positionals and only the known `--flag=value` options. */
function readArgs(args: Args, shape: CommandShape): Parsed {
  const { positionals, flags, required = [] } = shape;
  for (const [name, value] of Object.entries(args.flags)) {
    if (!flags.includes(name)) return { ok: false, message: `unknown option --${name}` };
    if (typeof value !== 'string')
      return { ok: false, message: `--${name} needs a value: write --${name}=<value>` };
  }
  if (args.positionals.length > positionals.length)
    return {
      ok: false,
      message: `unexpected argument "${args.positionals[positionals.length]}" (options take --name=value)`,
    };
  if (args.positionals.length < positionals.length)
    return { ok: false, message: `missing <${positionals[args.positionals.length]}>` };
  const absent = required.find((name) => args.flags[name] === undefined);
  if (absent) return { ok: false, message: `--${absent}=<value> is required` };
  return { ok: true, positionals: args.positionals, flags: args.flags as Record<string, string> };
}

function failed(io: Io, outcome: Extract<Outcome<object>, { ok: false }>): number {
  io.err(`${outcome.code}${outcome.detail ? `: ${outcome.detail}` : ''}`);
  return outcome.code === 'member.invalid' ? EXIT.usage : EXIT.failure;
}

/** Parses the arguments, opens the service, runs `body`, and always closes the database. */
function memberCommand(
  usage: string,
  summary: string,
  shape: CommandShape,
  open: OpenMembers,
  body: (parsed: Extract<Parsed, { ok: true }>, members: MemberService, io: Io) => Promise<number>,
): Command {
  return {
    usage,
    summary,
    async run(args, io) {
      const parsed = readArgs(args, shape);
      if (!parsed.ok) {
        io.err(`${parsed.message}\nusage: lienthong ${usage}`);
        return EXIT.usage;
      }
      const session = await open(io);
      if (typeof session === 'number') return session;
      try {
        return await body(parsed, session.members, io);
      } finally {
        await session.close();
      }
    },
  };
}

const day = (date: Date | null) => (date ? date.toISOString() : '-');

function describe(member: MemberSummary, at: Date): string {
  const live = member.keys.filter(
    (k) => k.revokedAt === null && (k.expiresAt === null || k.expiresAt > at),
  );
  const keys = live.map((k) =>
    k.expiresAt ? `lt_${k.prefix} (until ${day(k.expiresAt)})` : `lt_${k.prefix}`,
  );
  const clients = member.clients.filter((c) => c.revokedAt === null).map((c) => c.clientId);
  return [
    member.id,
    member.status,
    `"${member.name}"`,
    `rights=${member.rights.join(',') || '-'}`,
    `keys=${keys.join(' ') || '-'}`,
    `clients=${clients.join(' ') || '-'}`,
    ...(member.certFingerprint ? [`cert=${member.certFingerprint.slice(0, 16)}…`] : []),
  ].join('  ');
}

export function createMemberCommands(
  open: OpenMembers = openMembersFromConfig,
): Record<string, Command> {
  return {
    'members add': memberCommand(
      'members add <id> --name=<name> --rights=a,b',
      'register a member system and print its API key (once)',
      { positionals: ['id'], flags: ['name', 'rights'], required: ['name'] },
      open,
      async ({ positionals: [id], flags }, members, io) => {
        const rights = (flags.rights ?? '')
          .split(',')
          .map((r) => r.trim())
          .filter((r) => r !== '');
        const created = await members.createMember({ id: id!, name: flags.name!, rights });
        if (!created.ok) return failed(io, created);
        const unknown = rights.filter(
          (r) => r !== '*' && !(KNOWN_RIGHTS as readonly string[]).includes(r),
        );
        if (rights.length === 0) io.err('warning: the member has no rights yet');
        if (unknown.length > 0)
          io.err(`warning: no operation requires ${unknown.join(', ')} today`);
        io.out(`member ${id} created; API key (shown once, store it now):`);
        io.out(created.apiKey);
        return EXIT.ok;
      },
    ),
    'members rotate-key': memberCommand(
      'members rotate-key <id> [--overlap-hours=24]',
      'issue a new API key; older keys stop after the overlap',
      { positionals: ['id'], flags: ['overlap-hours'] },
      open,
      async ({ positionals: [id], flags }, members, io) => {
        const hours = flags['overlap-hours'];
        if (hours !== undefined && !/^\d+(\.\d+)?$/.test(hours)) {
          io.err('--overlap-hours expects a number of hours, e.g. 24');
          return EXIT.usage;
        }
        const rotated = await members.rotateKey(id!, {
          overlapHours: hours === undefined ? undefined : Number(hours),
        });
        if (!rotated.ok) return failed(io, rotated);
        io.out(`older keys of ${id} stop at ${rotated.previousKeysExpireAt.toISOString()}`);
        io.out('new API key (shown once, store it now):');
        io.out(rotated.apiKey);
        return EXIT.ok;
      },
    ),
    'members revoke': memberCommand(
      'members revoke <id>',
      'revoke a member with all its keys and clients, now',
      { positionals: ['id'], flags: [] },
      open,
      async ({ positionals: [id] }, members, io) => {
        const revoked = await members.revoke(id!);
        if (!revoked.ok) return failed(io, revoked);
        io.out(
          `member ${id} revoked (${revoked.keysRevoked} keys, ${revoked.clientsRevoked} clients)`,
        );
        return EXIT.ok;
      },
    ),
    'members list': memberCommand(
      'members list',
      'list member systems, their rights, live keys and clients',
      { positionals: [], flags: [] },
      open,
      async (_parsed, members, io) => {
        const all = await members.list();
        if (all.length === 0) io.out('no members');
        const at = new Date();
        for (const member of all) io.out(describe(member, at));
        return EXIT.ok;
      },
    ),
    'members add-client': memberCommand(
      'members add-client <id>',
      'create OAuth2 client credentials and print the secret (once)',
      { positionals: ['id'], flags: [] },
      open,
      async ({ positionals: [id] }, members, io) => {
        const client = await members.createClient(id!);
        if (!client.ok) return failed(io, client);
        io.out(`client_id: ${client.clientId}`);
        io.out(`client_secret (shown once, store it now): ${client.clientSecret}`);
        return EXIT.ok;
      },
    ),
    'members bind-cert': memberCommand(
      'members bind-cert <id> <sha256-fingerprint|none>',
      'require the member to present this client certificate over TLS',
      { positionals: ['id', 'fingerprint'], flags: [] },
      open,
      async ({ positionals: [id, fingerprint] }, members, io) => {
        const unbind = fingerprint === 'none';
        const bound = await members.bindCertificate(id!, unbind ? null : fingerprint!);
        if (!bound.ok) return failed(io, bound);
        io.out(unbind ? `member ${id} is not bound to a certificate` : `member ${id} bound`);
        return EXIT.ok;
      },
    ),
  };
}

/** The commands for ops/cli/commands.ts to register. */
export const memberCommands: Record<string, Command> = createMemberCommands();
