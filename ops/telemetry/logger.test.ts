// Checks that personal data and secrets never reach a log line.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

function memoryLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ level: 'info', format: 'json', destination }), lines };
}

describe('createLogger', () => {
  it('should redact personal fields at the top level and nested', () => {
    const { logger, lines } = memoryLogger();
    logger.info(
      {
        SoDinhDanh: '001203012345',
        owner: { fullName: 'Nguyễn Văn An', idNumber: '001203012345' },
        dossier: { ChuHoSo: { HoVaTen: 'Trần Thị Bình' } },
        dossierCode: '000.00.00.H26-250301-0001',
      },
      'accepted',
    );
    const out = lines.join('');
    expect(out).not.toContain('001203012345');
    expect(out).not.toContain('Nguyễn Văn An');
    expect(out).not.toContain('Trần Thị Bình');
    expect(out).toContain('000.00.00.H26-250301-0001');
    expect(out).toContain('[redacted]');
  });

  it('should redact credentials', () => {
    const { logger, lines } = memoryLogger();
    logger.warn({ request: { headers: { authorization: 'Bearer abc.def' } }, password: 'hunter2' });
    const out = lines.join('');
    expect(out).not.toContain('abc.def');
    expect(out).not.toContain('hunter2');
  });
});
