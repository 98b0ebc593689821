// `members …` argument checking, before any database is opened.
import { describe, expect, it } from 'vitest';
import { createMemberCommands } from './members.ts';
import { EXIT } from './output.ts';

function setup() {
  let opened = 0;
  const errors: string[] = [];
  const commands = createMemberCommands(async () => {
    opened++;
    return EXIT.failure;
  });
  const io = { out: () => undefined, err: (line: string) => errors.push(line) };
  return { commands, io, errors, opened: () => opened };
}

describe('member commands', () => {
  it('should offer add, rotate-key, revoke, list, add-client and bind-cert', () => {
    expect(Object.keys(setup().commands).sort()).toEqual([
      'members add',
      'members add-client',
      'members bind-cert',
      'members list',
      'members revoke',
      'members rotate-key',
    ]);
  });

  it('should refuse bad arguments with a usage exit code and never open the database', async () => {
    const { commands, io, errors, opened } = setup();
    const runs: Array<[string, string[], Record<string, string | boolean | undefined>]> = [
      ['members add', [], { name: 'x' }],
      ['members add', ['a'], {}],
      ['members add', ['a', 'One stop'], { name: true }],
      ['members add', ['a'], { colour: 'red' }],
      ['members rotate-key', ['a', '24'], { 'overlap-hours': true }],
      ['members list', ['extra'], {}],
      ['members bind-cert', ['a'], {}],
    ];
    for (const [name, positionals, flags] of runs)
      expect(await commands[name]!.run({ positionals, flags }, io), name).toBe(EXIT.usage);
    expect(opened()).toBe(0);
    expect(errors.join('\n')).toMatch(/missing <id>/);
    expect(errors.join('\n')).toMatch(/--name needs a value: write --name=<value>/);
    expect(errors.join('\n')).toMatch(/unknown option --colour/);
    expect(errors.join('\n')).toMatch(/--name=<value> is required/);
  });
});
