// `lienthong console add-operator <username> --role=viewer|operator|admin`: prints a generated password once.
import { createOperator, OPERATOR_ROLES } from '../console/auth/operators.ts';
import type { Pool } from '../db/pool.ts';
import type { Command } from './commands.ts';
import { openCliDatabase } from './database.ts';
import { EXIT, type Io } from './output.ts';

export interface ConsoleDatabase {
  pool: Pool;
  close(): Promise<void>;
}
/** Opens the database (brought up to date), or returns an exit code after saying why it could not. */
export type OpenConsoleDatabase = (io: Io) => Promise<ConsoleDatabase | number>;

/** Like `migrate`: config, then DATABASE_URL or the embedded database. */
export const openConsoleDatabaseFromConfig: OpenConsoleDatabase = openCliDatabase;

const USAGE = `console add-operator <username> --role=${OPERATOR_ROLES.join('|')}`;

export function createConsoleCommand(
  open: OpenConsoleDatabase = openConsoleDatabaseFromConfig,
): Command {
  return {
    usage: USAGE,
    summary: 'create a console operator account and print its password (once)',
    async run({ positionals, flags }, io) {
      const unknown = Object.keys(flags).find((name) => name !== 'role');
      const problem =
        unknown !== undefined
          ? `unknown option --${unknown}`
          : positionals.length !== 1
            ? positionals.length === 0
              ? 'missing <username>'
              : `unexpected argument "${positionals[1]}"`
            : typeof flags.role !== 'string'
              ? '--role=<viewer|operator|admin> is required'
              : undefined;
      if (problem) {
        io.err(`${problem}\nusage: lienthong ${USAGE}`);
        return EXIT.usage;
      }
      const database = await open(io);
      if (typeof database === 'number') return database;
      try {
        const created = await createOperator(database.pool, {
          username: positionals[0]!,
          role: flags.role as string,
        });
        if (!created.ok) {
          io.err(`${created.code}: ${created.detail}`);
          return created.code === 'operator.exists' ? EXIT.failure : EXIT.usage;
        }
        io.out(
          `operator ${created.username} (${created.role}) created; password (shown once, store it now):`,
        );
        io.out(created.password);
        return EXIT.ok;
      } finally {
        await database.close();
      }
    },
  };
}

/** For ops/cli.ts to register as `console add-operator`. */
export const consoleCommand: Command = createConsoleCommand();
export const consoleCommands: Record<string, Command> = { 'console add-operator': consoleCommand };
