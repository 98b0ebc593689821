// Tests for `lienthong mapping list | preview`, run with a fake Io.
import { describe, expect, it } from 'vitest';
import { readPopulationFixture } from '../../contracts/wire/population/fixtures.ts';
import { createMappingCommand, formatIssue, mappingCommand } from './mapping.ts';
import type { Io } from './output.ts';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io, out, err };
}

const FIXTURE = new URL('../../mappings/education/fixtures/dossier.input.json', import.meta.url);

async function run(positionals: string[], files: Record<string, string> = {}) {
  const { io, out, err } = fakeIo();
  const command = createMappingCommand({
    readText: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT');
      return text;
    },
  });
  const code = await command.run({ positionals, flags: {} }, io);
  return { code, out, err };
}

describe('mapping command', () => {
  it('should list every mapping with its version', async () => {
    const { code, out } = await run(['list']);
    expect(code).toBe(0);
    expect(
      out.some((l) => l.startsWith('population.citizen.to-canonical') && l.includes('v1')),
    ).toBe(true);
    expect(out.some((l) => l.startsWith('national-portal.dossier.to-portal'))).toBe(true);
  });

  it('should print the mapped output as pretty JSON and exit 0', async () => {
    const { io, out, err } = fakeIo();
    const code = await mappingCommand.run(
      { positionals: ['preview', 'education.dossier.to-education', FIXTURE.pathname], flags: {} },
      io,
    );
    expect(code).toBe(0);
    const printed = JSON.parse(out.join('\n'));
    expect(printed.HoSo.MaHoSo).toBe('000.00.01.H26-250703-0031');
    expect(out.join('\n')).toContain('\n  "HoSo": {');
    expect(err).toEqual([
      'warning  documents[2]  education.document_not_sent  withdrawn document not sent',
    ]);
  });

  it('should preview an XML answer for a mapping that takes XML', async () => {
    const { code, out } = await run(['preview', 'population.citizen.to-canonical', 'a.xml'], {
      'a.xml': readPopulationFixture('found-sparse'),
    });
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n')).outcome).toBe('found');
  });

  it('should print field errors with masked values and exit 1', async () => {
    const { code, out, err } = await run(['preview', 'population.lookup.to-population', 'r.json'], {
      'r.json': JSON.stringify({
        idNumber: '001210012345',
        fullName: 'Phạm Gia Bảo',
        birthDate: '2011-05-04',
        requestId: '7d0c1f3e-2b4a-4c5d-8e9f-0a1b2c3d4e5f',
        officer: 'canbo',
        purpose: 'Xác thực chủ hồ sơ 000.00.01.H26-250703-0031',
      }),
    });
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'error  idNumber  personal_id.year_mismatch  The year digits do not match the birth year  value=00********45',
    ]);
    expect(err.join('\n')).not.toContain('001210012345');
  });

  it('should report unparseable JSON as a field error without echoing it', async () => {
    const { code, err } = await run(['preview', 'business.enterprise.to-canonical', 'b.json'], {
      'b.json': '{"MaSoDoanhNghiep": "0109876557"',
    });
    expect(code).toBe(1);
    expect(err).toEqual(['error  (root)  input.invalid_json  b.json is not valid JSON']);
  });

  it('should exit 64 on usage errors', async () => {
    const cases: [string[], string][] = [
      [[], 'missing subcommand'],
      [['preview', 'education.dossier.to-education'], 'missing <mapping-id> or <file>'],
      [['preview', 'no.such.mapping', 'x.json'], 'unknown mapping "no.such.mapping"'],
      [['preview', 'education.dossier.to-education', 'x.txt'], 'expected a .json or .xml file'],
      [['preview', 'education.dossier.to-education', 'x.xml'], 'takes JSON, not XML'],
      [['preview', 'education.dossier.to-education', 'missing.json'], 'cannot read missing.json'],
      [['list', 'extra'], 'unexpected arguments'],
    ];
    for (const [positionals, message] of cases) {
      const { code, err } = await run(positionals);
      expect(code).toBe(64);
      expect(err.join('\n')).toContain(message);
    }
    const { io, err } = fakeIo();
    expect(await mappingCommand.run({ positionals: ['list'], flags: { verbose: true } }, io)).toBe(
      64,
    );
    expect(err.join('\n')).toContain('unknown option --verbose');
  });
});

describe('formatIssue', () => {
  it('should mask every echoed value', () => {
    expect(formatIssue('error', { path: 'a', rule: 'r', message: 'm', value: '00008' })).toBe(
      'error  a  r  m  value=00*08',
    );
  });
});
