import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createDossierGenerator, TWO_TIER_FROM } from '../connectors/one-stop/generator/index.ts';
import {
  oneStopKetQuaPushExample,
  oneStopQuaTrinhXuLyExample,
} from '../contracts/wire/one-stop/examples.ts';
import type { OneStopKind, PrepareContext } from './routes/one-stop-submissions.ts';
import {
  createSubmissionPreparer,
  inlinePreparer,
  SubmissionWorkerError,
} from './submission-workers.ts';

const context: PrepareContext = {
  memberId: 'one-stop',
  requestLine: 'POST /api/v1/one-stop/dossiers',
  limits: { maxDepth: 32 },
};
const bytes = (text: string) => new TextEncoder().encode(text);

/** Valid and invalid bodies of every kind, and bodies that are not JSON at all. */
function cases(): Array<{ kind: OneStopKind; body: Uint8Array | undefined }> {
  const generator = createDossierGenerator({ seed: 11 });
  const list: Array<{ kind: OneStopKind; body: Uint8Array | undefined }> = [];
  for (let i = 0, now = TWO_TIER_FROM + 9 * 3_600_000; i < 20; i++, now += 97_000) {
    const { hoSo } = generator.newDossier(now);
    list.push({ kind: 'dossier', body: bytes(JSON.stringify(hoSo)) });
    list.push({ kind: 'dossier', body: bytes(JSON.stringify({ ...hoSo, MaHoSo: 42 })) });
  }
  list.push({ kind: 'progress', body: bytes(JSON.stringify(oneStopQuaTrinhXuLyExample)) });
  list.push({ kind: 'result', body: bytes(JSON.stringify(oneStopKetQuaPushExample)) });
  list.push({
    kind: 'result',
    body: bytes(JSON.stringify({ ...oneStopKetQuaPushExample, TrangThai: [] })),
  });
  list.push({ kind: 'dossier', body: undefined });
  list.push({ kind: 'dossier', body: bytes('{"MaHoSo": ') });
  list.push({ kind: 'progress', body: new Uint8Array([0x7b, 0xff, 0x7d]) });
  list.push({ kind: 'result', body: bytes(`${'['.repeat(40)}${']'.repeat(40)}`) });
  return list;
}

describe('createSubmissionPreparer', () => {
  const pool = createSubmissionPreparer({ threads: 2 });
  afterAll(() => pool.close());

  it('should prepare every body on a worker thread exactly as inline', async () => {
    const all = cases();
    const [threaded, inline] = await Promise.all([
      Promise.all(all.map((c) => pool.prepare(c.kind, c.body, context))),
      Promise.all(all.map((c) => inlinePreparer.prepare(c.kind, c.body, context))),
    ]);
    expect(threaded).toEqual(inline);
    // The cases cover each outcome: prepared, mapping errors, body errors of each code.
    const outcomes = new Set(
      inline.map((p) => (p.ok ? 'ok' : p.reason === 'mapping' ? 'mapping' : p.code)),
    );
    expect(outcomes).toEqual(
      new Set(['ok', 'mapping', 'request.malformed_json', 'request.too_deep']),
    );
  });

  it('should give a prepared dossier its serialized payload, its hash and the request hash', async () => {
    const [dossier] = cases();
    const prepared = await pool.prepare('dossier', dossier!.body, context);
    if (!prepared.ok) throw new Error('expected a prepared dossier');
    const bytes = prepared.fields.payloadJson;
    if (!(bytes instanceof Uint8Array)) throw new Error('expected the payload as UTF-8 bytes');
    // Transferred from the thread: an ArrayBuffer of its own, nothing else in it.
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
    const payload = JSON.parse(new TextDecoder().decode(bytes)) as { code: string };
    expect(prepared.fields.payload).toBeUndefined();
    expect(prepared.fields.dossierCode).toBe(payload.code);
    expect(prepared.fields.payloadHash).toMatch(/^[0-9a-f]{64}$/);
    expect(prepared.requestHash).toMatch(/^[0-9a-f]{64}$/);
    expect(prepared.requestHash).not.toBe(prepared.fields.payloadHash);
  });

  it('should prepare inline when given no threads', () => {
    expect(createSubmissionPreparer({ threads: 0 })).toBe(inlinePreparer);
  });
});

describe('createSubmissionPreparer when a thread dies', () => {
  // A stand-in worker that exits on its first task, as a thread crashing mid-task would.
  const script = join(tmpdir(), `lienthong-dying-worker-${process.pid}.mjs`);
  writeFileSync(
    script,
    "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n",
  );

  it('should fail the tasks it held with a coded error and replace it', async () => {
    const exits: Array<{ exitCode: number; lostTasks: number }> = [];
    const pool = createSubmissionPreparer({
      threads: 1,
      workerUrl: pathToFileURL(script),
      onThreadExit: (detail) => exits.push(detail),
    });
    try {
      const failed = await pool.prepare('dossier', undefined, context).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(SubmissionWorkerError);
      expect((failed as SubmissionWorkerError).code).toBe('gateway.submission_worker_failed');
      expect(exits).toEqual([{ exitCode: 3, lostTasks: 1 }]);
      // The replacement takes the next task (and dies the same way): the pool did not stall.
      await expect(pool.prepare('dossier', undefined, context)).rejects.toBeInstanceOf(
        SubmissionWorkerError,
      );
      expect(exits).toHaveLength(2);
    } finally {
      await pool.close();
    }
  });

  it('should refuse tasks once closed', async () => {
    const pool = createSubmissionPreparer({ threads: 1 });
    await pool.close();
    await expect(pool.prepare('dossier', undefined, context)).rejects.toBeInstanceOf(
      SubmissionWorkerError,
    );
  });
});
