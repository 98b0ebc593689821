// Tests of one-stop QuaTrinhXuLy → canonical DossierEvent.
import { describe, expect, it } from 'vitest';
import { oneStopQuaTrinhXuLyExample } from '../../contracts/wire/one-stop/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import {
  oneStopEventToCanonicalCoverage as coverage,
  oneStopEventToCanonical as toCanonical,
} from './event-to-canonical.ts';
import eventCanonical from './fixtures/qua-trinh-xu-ly.canonical.json' with { type: 'json' };
import event from './fixtures/qua-trinh-xu-ly.json' with { type: 'json' };

describe('one-stop.event.to-canonical', () => {
  it('should map a progress event to its golden canonical form', () => {
    expect(toCanonical.run(event)).toEqual({ ok: true, value: eventCanonical, warnings: [] });
  });

  it('should map the contract example', () => {
    const result = toCanonical.run(oneStopQuaTrinhXuLyExample);
    expect(result.ok && result.value.actor.department).toBe('Bộ phận Tư pháp');
  });

  it('should use the status label for a blank NoiDung, with a warning', () => {
    const result = toCanonical.run({ ...event, NoiDung: '  ' });
    expect(result.ok && result.value.content).toBe('Đang xử lý');
    expect(result.ok && result.warnings.map((w) => [w.path, w.rule])).toEqual([
      ['NoiDung', 'event.content_defaulted'],
    ]);
  });

  it('should leave blank optional texts absent', () => {
    const result = toCanonical.run({ ...event, ChucDanh: '', PhongBan: null });
    expect(result.ok && result.value.actor).toEqual({ name: 'Nguyễn Thị Thanh Hoa' });
  });

  it('should normalise instants to +07:00', () => {
    const result = toCanonical.run({ ...event, ThoiDiemXuLy: '2025-06-20T08:45:00+00:00' });
    expect(result.ok && result.value.at).toBe('2025-06-20T15:45:00+07:00');
  });

  it('should report a malformed dossier code and an unknown status as field errors', () => {
    const result = toCanonical.run({
      ...event,
      MaHoSo: '000.01.01.H26-250631-0107',
      TrangThai: '0',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.path, e.rule])).toEqual([
      ['TrangThai', 'schema.invalid_value'],
    ]);
    const badCode = toCanonical.run({ ...event, MaHoSo: '000.01.01.H26-250631-0107' });
    expect(!badCode.ok && badCode.errors.map((e) => [e.path, e.rule])).toEqual([
      ['MaHoSo', 'dossier_code.invalid_date'],
    ]);
  });

  it('should map NFD and NFC text to identical canonical values', () => {
    const nfd = {
      ...event,
      NguoiXuLy: event.NguoiXuLy.normalize('NFD'),
      NoiDung: event.NoiDung.normalize('NFD'),
    };
    expect(nfd.NguoiXuLy).not.toBe(event.NguoiXuLy);
    expect(toCanonical.run(nfd)).toEqual(toCanonical.run(event));
  });

  it('should cover every wire field, Id as ignored', () => {
    expect(uncoveredFields(coverage)).toEqual([]);
    expect(invalidCoverageEntries(coverage)).toEqual([]);
    expect(Object.keys(coverage.ignored)).toEqual(['Id']);
  });
});
