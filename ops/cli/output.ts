// Exit codes and output helpers shared by CLI commands.
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 64,
  /** sysexits EX_CONFIG: the configuration is invalid. */
  config: 78,
} as const;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
