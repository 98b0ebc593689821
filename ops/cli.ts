// The `lienthong` command line: finds the command (one or two words) and runs it.
import { parseArgs } from 'node:util';
import { type Command, commands as coreCommands } from './cli/commands.ts';
import { consoleCommands } from './cli/console.ts';
import { mappingCommand } from './cli/mapping.ts';
import { memberCommands } from './cli/members.ts';
import { EXIT, type Io, processIo } from './cli/output.ts';

function usage(io: Io): void {
  io.err('usage: lienthong <command>\n');
  for (const command of Object.values(commands))
    io.err(`  ${command.usage.padEnd(48)} ${command.summary}`);
}

const commands: Record<string, Command> = {
  ...coreCommands,
  ...memberCommands,
  ...consoleCommands,
  mapping: mappingCommand,
};

/** Options that take a value, so both `--role worker` and `--role=worker` work. */
const VALUE_OPTIONS = [
  'role',
  'name',
  'rights',
  'overlap-hours',
  'reason',
  'mode',
  'by',
  'target',
  'dossier',
  'limit',
];
const options = Object.fromEntries(
  VALUE_OPTIONS.map((name) => [name, { type: 'string' as const }]),
);

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options,
  });
  const twoWords = positionals.slice(0, 2).join(' ');
  const name = twoWords in commands ? twoWords : (positionals[0] ?? '');
  const command = commands[name];
  if (!command) {
    if (name) io.err(`unknown command: ${name}`);
    usage(io);
    return EXIT.usage;
  }
  const rest = positionals.slice(name.split(' ').length);
  return command.run({ positionals: rest, flags: values }, io);
}
