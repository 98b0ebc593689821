// `lienthong mapping list | preview <mapping-id> <file.json|file.xml>`: try a mapping on a file.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { FieldIssue } from '../../mappings/engine/issues.ts';
import { maskPersonal } from '../../mappings/engine/issues.ts';
import type { MappingRegistry } from '../../mappings/registry.ts';
import type { Command } from './commands.ts';
import { EXIT, type Io } from './output.ts';

const USAGE = 'mapping list | mapping preview <mapping-id> <file.json|file.xml>';

export type MappingCommandDeps = {
  /** Defaults to the registry built with the sandbox options. */
  registry?: () => Promise<MappingRegistry>;
  readText?: (path: string) => Promise<string>;
};

const sandboxRegistry = async (): Promise<MappingRegistry> => {
  const { getMapping, listMappings } = await import('../../mappings/registry.ts');
  return { getMapping, listMappings };
};

/**
 * One line per issue. Every echoed value is masked, not only those a mapping marked personal:
 * the console is a place personal data must not reach in clear (DESIGN invariant 8).
 */
export function formatIssue(kind: 'error' | 'warning', issue: FieldIssue): string {
  const value = issue.value === undefined ? '' : `  value=${maskPersonal(issue.value)}`;
  return `${kind}  ${issue.path === '' ? '(root)' : issue.path}  ${issue.rule}  ${issue.message}${value}`;
}

function usage(io: Io, problem: string): number {
  io.err(`${problem}\nusage: lienthong ${USAGE}`);
  return EXIT.usage;
}

async function preview(
  [id, file]: string[],
  io: Io,
  registry: MappingRegistry,
  readText: (path: string) => Promise<string>,
): Promise<number> {
  if (id === undefined || file === undefined) return usage(io, 'missing <mapping-id> or <file>');
  const entry = registry.getMapping(id);
  if (entry === undefined)
    return usage(io, `unknown mapping "${id}" (see: lienthong mapping list)`);
  const kind = extname(file).toLowerCase();
  if (kind !== '.json' && kind !== '.xml')
    return usage(io, `expected a .json or .xml file: ${file}`);
  if (kind === '.xml' && entry.fromXml === undefined) {
    return usage(io, `mapping ${id} takes JSON, not XML`);
  }
  let text: string;
  try {
    text = await readText(file);
  } catch {
    return usage(io, `cannot read ${file}`);
  }
  let input: unknown;
  if (kind === '.xml') input = entry.fromXml?.(text);
  else {
    try {
      input = JSON.parse(text);
    } catch {
      // The parser's message quotes the input, which may be personal: it is not shown.
      io.err(
        formatIssue('error', {
          path: '',
          rule: 'input.invalid_json',
          message: `${file} is not valid JSON`,
        }),
      );
      return EXIT.failure;
    }
  }
  const result = entry.mapping.run(input);
  if (!result.ok) {
    for (const issue of result.errors) io.err(formatIssue('error', issue));
    return EXIT.failure;
  }
  for (const issue of result.warnings) io.err(formatIssue('warning', issue));
  io.out(JSON.stringify(result.value, null, 2));
  return EXIT.ok;
}

function list(io: Io, registry: MappingRegistry): number {
  for (const m of registry.listMappings()) {
    io.out(`${m.id.padEnd(48)} v${m.version}  ${m.summary}${m.fromXml ? ' [json|xml]' : ''}`);
  }
  return EXIT.ok;
}

export function createMappingCommand(deps: MappingCommandDeps = {}): Command {
  const registry = deps.registry ?? sandboxRegistry;
  const readText = deps.readText ?? ((path: string) => readFile(path, 'utf8'));
  return {
    usage: USAGE,
    summary: 'list the mappings, or run one on a file and print its output or field errors',
    async run({ positionals, flags }, io) {
      const unknownFlag = Object.keys(flags)[0];
      if (unknownFlag !== undefined) return usage(io, `unknown option --${unknownFlag}`);
      const [sub, ...rest] = positionals;
      if (sub === 'list' && rest.length === 0) return list(io, await registry());
      if (sub === 'preview' && rest.length <= 2)
        return preview(rest, io, await registry(), readText);
      return usage(
        io,
        sub === undefined ? 'missing subcommand' : `unexpected arguments: ${positionals.join(' ')}`,
      );
    },
  };
}

/** Register as `mapping`: `lienthong mapping list`, `lienthong mapping preview <id> <file>`. */
export const mappingCommand: Command = createMappingCommand();
