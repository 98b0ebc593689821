// Cross-stack: Python zeep (python3-zeep) loads the served WSDL and calls CapNhatTrangThai with a UsernameToken over a real port.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pool } from '../../ops/db/pool.ts';
import { type PgBoss, startBoss } from '../../ops/queue/boss.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { memberKey } from '../helpers/app.ts';
import { createMigratedDatabase, type TestDatabase } from '../helpers/database.ts';
import { buildSoapTestApp, SOAP_PATH, type SoapTestApp, serveOnPort } from './soap-app.ts';

const run = promisify(execFile);
const SCRIPT = fileURLToPath(new URL('./zeep_client.py', import.meta.url));
const MISSING =
  'python3-zeep is not installed: CI must run `apt-get install -y python3-zeep` (or set LIENTHONG_PYTHON to a python with zeep)';

let db: TestDatabase & { pool: Pool };
let boss: PgBoss;
let t: SoapTestApp;
let server: Awaited<ReturnType<typeof serveOnPort>>;
let key = '';

/**
 * LIENTHONG_PYTHON, else `python3` on PATH, else Debian's /usr/bin/python3 (where python3-zeep
 * installs when PATH's python3 is another one, e.g. pyenv). Throws, never skips, when none has zeep.
 */
async function pythonWithZeep(): Promise<string> {
  const candidates = [process.env.LIENTHONG_PYTHON, 'python3', '/usr/bin/python3'].filter(
    (c): c is string => Boolean(c),
  );
  for (const python of candidates) {
    try {
      await run(python, ['-c', 'import zeep'], { timeout: 20_000 });
      return python;
    } catch {
      // Try the next interpreter.
    }
  }
  throw new Error(MISSING);
}

async function zeep(member: string, apiKey: string, content: string) {
  const python = await pythonWithZeep();
  const wsdl = `${server.origin}${SOAP_PATH}?wsdl`;
  try {
    const { stdout } = await run(python, [SCRIPT, wsdl, member, apiKey, content], {
      timeout: 30_000,
    });
    return { exit: 0, json: JSON.parse(stdout) };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (e.code !== 3) throw new Error(`zeep_client.py failed (${e.code}): ${e.stderr}`);
    return { exit: 3, json: JSON.parse(e.stdout ?? '') };
  }
}

beforeAll(async () => {
  db = await createMigratedDatabase('soapzeep');
  boss = await startBoss(db.url, createLogger({ level: 'silent', format: 'json' }));
  t = await buildSoapTestApp({
    pool: db.pool,
    boss,
    routes: [{ kind: 'progress', from: '*', to: ['one-stop'] }],
  });
  key = await memberKey(t.members, 'giaoduc', ['progress.submit']);
  server = await serveOnPort(t.app);
});

afterAll(async () => {
  await server.close();
  await boss.stop({ graceful: false });
  await db.drop();
});

describe('zeep against LienThongExchange', () => {
  it('should call CapNhatTrangThai with a UsernameToken and get the ack of a recorded exchange', async () => {
    const { exit, json } = await zeep('giaoduc', key, 'Thẩm định qua zeep');
    expect(exit).toBe(0);
    expect(json.TrangThai).toBe('accepted');
    const { rows } = await db.pool.query(
      'select source, kind, payload from lienthong.exchange where id = $1',
      [json.MaGiaoDich],
    );
    expect(rows).toEqual([
      {
        source: 'giaoduc',
        kind: 'progress',
        payload: {
          dossierCode: '000.00.01.H26-250703-0031',
          actor: { name: 'Cán bộ thẩm định' },
          at: '2025-07-05T14:20:00+07:00',
          content: 'Thẩm định qua zeep',
          status: 'processing',
        },
      },
    ]);
  });

  it('should give zeep a soap:Client fault it can read when the key is wrong', async () => {
    const { exit, json } = await zeep('giaoduc', 'lt_00000000_wrong', 'Khóa sai');
    expect(exit).toBe(3);
    expect(json.fault).toMatchObject({
      faultstring: 'The credentials are not valid',
      Code: 'auth.invalid_credentials',
    });
    expect(json.fault.faultcode).toMatch(/Client$/);
  });
});
