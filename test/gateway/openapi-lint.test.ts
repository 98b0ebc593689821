// An independent linter (Redocly CLI, rules in redocly.yaml) passes on the gateway's /openapi.json,
// built with every documented router mounted as in production; a broken document fails it.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppDeps, createApp } from '../../gateway/app.ts';
import { mountSoapExchange } from '../../gateway/soap/exchange-service.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { createMetrics } from '../../ops/telemetry/metrics.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'node_modules/@redocly/cli/bin/cli.js');
const config = join(root, 'redocly.yaml');

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: Array<{ ruleId: string; message: string; location: Array<{ pointer: string }> }>;
}

/** The document is generated from route definitions only: the deps are never called. */
function documentedApp() {
  const logger = createLogger({ level: 'silent', format: 'json' });
  const unused = {} as never;
  const metrics = createMetrics({ targets: [], processMetrics: false });
  const lookups: NonNullable<AppDeps['lookups']> = {
    citizen: async () => ({ outcome: 'not_found' }),
    enterprise: async () => ({ outcome: 'not_found' }),
  };
  return createApp({
    logger,
    readiness: async () => ({}),
    version: '0.1.0',
    pool: unused,
    members: unused,
    tokensEnabled: true,
    intake: unused,
    exchanges: unused,
    operator: unused,
    metrics,
    metricsEndpoint: metrics,
    lookups,
    extraRoutes: [mountSoapExchange({ intake: unused, members: unused, pool: unused, logger })],
  });
}

/** Runs `redocly lint` with Node 24 (the bin's shebang would pick the system node). */
async function lint(file: string): Promise<{ code: number; report: LintReport }> {
  const args = [cli, 'lint', file, '--config', config, '--format', 'json'];
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  try {
    const { stdout } = await run(process.execPath, args, { env, maxBuffer: 16 * 2 ** 20 });
    return { code: 0, report: JSON.parse(stdout) as LintReport };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number' || !failed.stdout?.startsWith('{'))
      throw new Error(`redocly did not run: ${failed.stderr ?? String(error)}`);
    return { code: failed.code, report: JSON.parse(failed.stdout) as LintReport };
  }
}

let dir = '';
// biome-ignore lint/suspicious/noExplicitAny: the document is plain JSON, edited below to break it.
let document: any;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lienthong-openapi-'));
  const response = await documentedApp().request('/openapi.json');
  expect(response.status).toBe(200);
  document = await response.json();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('/openapi.json under redocly lint', () => {
  it('should document every API route with an operationId', () => {
    const operations = Object.entries(document.paths as Record<string, object>).flatMap(
      ([path, methods]) =>
        Object.entries(methods as Record<string, { operationId?: string }>).map(([method, op]) => [
          `${method.toUpperCase()} ${path}`,
          op.operationId,
        ]),
    );
    expect(operations.length).toBeGreaterThanOrEqual(17);
    expect(operations.filter(([, id]) => !id)).toEqual([]);
    expect(operations.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'POST /api/v1/one-stop/dossiers',
        'POST /api/v1/lookups/citizen',
        'GET /api/v1/lookups/enterprise/{code}',
      ]),
    );
  });

  it('should pass with no error and no warning', async () => {
    const file = join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document, null, 2));
    const { code, report } = await lint(file);
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
    expect(code).toBe(0);
  });

  it('should fail a document with a missing operationId and an example off its schema', async () => {
    const broken = structuredClone(document);
    delete broken.paths['/api/v1/exchanges/{id}'].get.operationId;
    const body = broken.paths['/api/v1/one-stop/dossiers'].post.requestBody;
    body.content['application/json'].example.MaHoSo = 12;
    const file = join(dir, 'broken.json');
    await writeFile(file, JSON.stringify(broken, null, 2));
    const { code, report } = await lint(file);
    expect(code).not.toBe(0);
    expect(report.problems.map((p) => p.ruleId).sort()).toEqual([
      'no-invalid-media-type-examples',
      'operation-operationId',
    ]);
  });
});
