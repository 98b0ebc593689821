// The `lienthong` command line: finds the command (one or two words) and runs it.
import { parseArgs } from 'node:util';
import { commands } from './cli/commands.ts';
import { EXIT, type Io, processIo } from './cli/output.ts';

function usage(io: Io): void {
  io.err('usage: lienthong <command>\n');
  for (const command of Object.values(commands))
    io.err(`  ${command.usage.padEnd(48)} ${command.summary}`);
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, strict: false });
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
