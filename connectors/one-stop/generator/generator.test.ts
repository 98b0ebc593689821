// The sandbox traffic generator: valid, realistic, varied and reproducible dossiers and journeys.
import { describe, expect, it } from 'vitest';
import type { OneStopHoSo } from '../../../contracts/wire/one-stop/hoso.ts';
import { messageProblems } from './check.ts';
import { createDossierGenerator, type TrafficMessage } from './index.ts';
import { PROCEDURES } from './procedures.ts';

const AFTER_REFORM = Date.parse('2025-11-18T02:00:00Z');
const BEFORE_REFORM = Date.parse('2025-05-12T02:00:00Z');

/** Every message of `count` journeys, each journey run to its end, one minute apart. */
function journeys(seed: number, count: number, start = AFTER_REFORM): TrafficMessage[][] {
  const generator = createDossierGenerator({ seed });
  let clock = start;
  return Array.from({ length: count }, () => {
    const journey = generator.newDossier(clock);
    const messages: TrafficMessage[] = [];
    for (let m = journey.next(clock); m; m = journey.next(clock)) {
      messages.push(m);
      clock += 60_000;
    }
    return messages;
  });
}

const dossiers = (all: TrafficMessage[][]) => all.map((j) => j[0]?.body as OneStopHoSo);
const all = journeys(11, 400);

describe('createDossierGenerator', () => {
  it('should generate dossiers, events and results that pass the wire schemas, the validators and the mappings', () => {
    const problems = all.flat().flatMap((m) => messageProblems(m).map((p) => `${m.kind}:${p}`));
    expect(problems).toEqual([]);
    expect(all.flat().length).toBeGreaterThan(2_000);
  });

  it('should write Vietnamese names with diacritics', () => {
    const names = dossiers(all).map((d) => d.ChuHoSo.HoVaTen);
    const accented = names.filter((n) => /[^\u0020-\u007e]/.test(n));
    expect(accented.length / names.length).toBeGreaterThan(0.9);
    expect(new Set(names).size).toBeGreaterThan(350);
  });

  it('should mix the 2025-01 three-tier and 2025-07 two-tier lists after July 2025, and only 2025-01 before', () => {
    const versions = dossiers(all).map((d) => d.DonViTiepNhan.PhienBanDanhMuc);
    const legacy = versions.filter((v) => v === '2025-01').length;
    expect(legacy).toBeGreaterThan(40);
    expect(legacy).toBeLessThan(200);
    const districts = dossiers(all).filter((d) => d.CapTiepNhan === 'Quận/Huyện');
    expect(districts.length).toBeGreaterThan(0);
    expect(districts.every((d) => d.DonViTiepNhan.PhienBanDanhMuc === '2025-01')).toBe(true);
    const early = dossiers(journeys(11, 50, BEFORE_REFORM));
    expect(new Set(early.map((d) => d.DonViTiepNhan.PhienBanDanhMuc))).toEqual(
      new Set(['2025-01']),
    );
  });

  it('should use every procedure, channel and receiving level', () => {
    const hoSo = dossiers(all);
    expect(new Set(hoSo.map((d) => d.MaTTHC.slice(0, 8)))).toEqual(
      new Set(PROCEDURES.map((p) => p.code)),
    );
    expect(new Set(hoSo.map((d) => d.KenhThucHien))).toEqual(new Set(['1', '2', '3']));
    expect(new Set(hoSo.map((d) => d.CapTiepNhan))).toEqual(
      new Set(['Thành phố', 'Quận/Huyện', 'Xã/Phường']),
    );
    const enrolment = hoSo.find((d) => d.MaTTHC === '3.000181');
    expect(enrolment).toMatchObject({ MaLinhVuc: 'G03-GD10', CapTiepNhan: 'Thành phố' });
    expect(enrolment?.NguoiUyQuyen).toBeTruthy();
  });

  it('should give every dossier a distinct code', () => {
    const codes = dossiers(journeys(5, 1_000)).map((d) => d.MaHoSo);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('should follow 2 → 4 → (5 → 4) → 9 + result → 10, or end withdrawn (7)', () => {
    let supplements = 0;
    let withdrawn = 0;
    for (const journey of all) {
      const [first, ...rest] = journey;
      if (first?.kind !== 'dossier') throw new Error('a journey starts with its dossier');
      expect(first.body.TrangThaiHoSo).toBe('2');
      const trail = rest
        .map((m) => (m.kind === 'event' ? m.body.TrangThai : `R${m.body.TrangThaiHoSo}`))
        .join(' ');
      expect(trail).toMatch(/^4( 5 4)? (7|4 9 R9 10)$/);
      if (trail.includes(' 5 ')) supplements += 1;
      if (trail.endsWith('7')) withdrawn += 1;
      const times = rest.map((m) =>
        m.kind === 'event' ? m.body.ThoiDiemXuLy : (m.body.NgayKetThucXuLy as string),
      );
      const received = Date.parse(first.body.NgayTiepNhan);
      const parsed = times.map((t) => Date.parse(t));
      expect(parsed.every((t, i) => t > (i === 0 ? received : (parsed[i - 1] as number)))).toBe(
        true,
      );
    }
    expect(supplements).toBeGreaterThan(20);
    expect(withdrawn).toBeGreaterThan(5);
  });

  it('should give each message a stable idempotency key of its own', () => {
    const keys = all.flat().map((m) => m.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k) => /^(hoso|qtxl|ketqua)-\S+$/.test(k))).toBe(true);
  });

  it('should produce the same traffic for the same seed and clock, and other traffic for another seed', () => {
    expect(journeys(42, 30)).toEqual(journeys(42, 30));
    expect(journeys(43, 30)).not.toEqual(journeys(42, 30));
  });
});
