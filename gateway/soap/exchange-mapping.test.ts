// LienThongExchange → canonical mappings: the examples map, and every failing field is reported at its wire path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResultPayloadSchema } from '../../contracts/api/submissions.ts';
import { DossierEventSchema } from '../../contracts/canonical/dossier-event.ts';
import {
  exchangeCapNhatKetQuaExample,
  exchangeCapNhatTrangThaiExample,
} from '../../contracts/wire/gateway-soap/examples.ts';
import {
  soapCapNhatKetQuaToCanonical,
  soapCapNhatTrangThaiToCanonical,
} from './exchange-mapping.ts';

const paths = (result: { ok: boolean; errors?: Array<{ path: string; rule: string }> }) =>
  result.ok ? [] : result.errors!.map((e) => `${e.path} ${e.rule}`);

describe('soapCapNhatKetQuaToCanonical', () => {
  it('should map the example to a ResultPayload with MaTTHC as the procedure code', () => {
    const result = soapCapNhatKetQuaToCanonical.run(exchangeCapNhatKetQuaExample);
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        procedureCode: '3.000181',
        payload: {
          dossierCode: '000.00.01.H26-250703-0031',
          status: 'returned',
          returnedAt: '2025-07-10T10:00:00+07:00',
          results: [
            {
              name: 'Giấy báo trúng tuyển lớp 10',
              resultCode: 'KQ.G03-GD10.000001',
              documentNumber: '215/GBTT-PĐP',
              fileUrl: 'https://giaoduc.example.gov.vn/ket-qua/215-GBTT.pdf',
            },
          ],
        },
      },
    });
    if (result.ok) expect(ResultPayloadSchema.parse(result.value.payload)).toBeTruthy();
  });

  it('should take NgayTra as the Date the soap parser gives, and a single KetQua not in an array', () => {
    const result = soapCapNhatKetQuaToCanonical.run({
      MaHoSo: '000.00.01.H26-250703-0031',
      TrangThaiHoSo: '9',
      NgayTra: new Date('2025-07-10T03:00:00.000Z'),
      KetQua: { TenGiayTo: 'Quyết định', DuongDan: 'http://x.gov.vn/a.pdf' },
    });
    expect(result.ok && result.value.payload).toEqual({
      dossierCode: '000.00.01.H26-250703-0031',
      status: 'resolved',
      returnedAt: '2025-07-10T10:00:00+07:00',
      results: [{ name: 'Quyết định', fileUrl: 'http://x.gov.vn/a.pdf' }],
    });
  });

  it('should report every failing field in one run, at its wire path', () => {
    const result = soapCapNhatKetQuaToCanonical.run({
      MaHoSo: 'H26-xyz',
      MaTTHC: 'ma co dau cach',
      TrangThaiHoSo: '11',
      NgayTra: 'hôm qua',
      KetQua: [
        { TenGiayTo: 'A', DuongDan: 'https://a.vn/a' },
        { TenGiayTo: '', DuongDan: 'file:///etc/passwd' },
        'not an element',
      ],
    });
    expect(paths(result)).toEqual([
      'MaHoSo dossier_code.invalid_format',
      'TrangThaiHoSo code.unknown',
      'NgayTra date.invalid_format',
      'KetQua[1].TenGiayTo value.required',
      'KetQua[1].DuongDan url.not_http',
      'KetQua[2] value.wrong_type',
      'MaTTHC code.invalid',
    ]);
  });

  it('should require MaHoSo and TrangThaiHoSo, and refuse a body that is not an element', () => {
    expect(paths(soapCapNhatKetQuaToCanonical.run({}))).toEqual([
      'MaHoSo value.required',
      'TrangThaiHoSo value.required',
    ]);
    expect(paths(soapCapNhatKetQuaToCanonical.run('text'))).toEqual([' value.wrong_type']);
    expect(
      paths(soapCapNhatKetQuaToCanonical.run({ MaHoSo: 'x'.repeat(51), TrangThaiHoSo: '1' })),
    ).toEqual(['MaHoSo value.too_long']);
  });

  it('should never throw and either map to a valid payload or report issues (property)', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.constant(undefined),
      fc.date(),
      fc.integer(),
      fc.object(),
    );
    fc.assert(
      fc.property(
        fc.record({
          MaHoSo: anyValue,
          TrangThaiHoSo: anyValue,
          NgayTra: anyValue,
          KetQua: anyValue,
        }),
        (input) => {
          const result = soapCapNhatKetQuaToCanonical.run(input);
          if (result.ok)
            expect(ResultPayloadSchema.safeParse(result.value.payload).success).toBe(true);
          else expect(result.errors.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('soapCapNhatTrangThaiToCanonical', () => {
  it('should map the example to a canonical DossierEvent', () => {
    const result = soapCapNhatTrangThaiToCanonical.run(exchangeCapNhatTrangThaiExample);
    expect(result.ok && result.value).toEqual({
      dossierCode: '000.00.01.H26-250703-0031',
      actor: { name: 'Hoàng Minh Tuấn' },
      at: '2025-07-05T14:20:00+07:00',
      content: 'Hội đồng tuyển sinh đang xét hồ sơ',
      status: 'processing',
    });
    if (result.ok) expect(DossierEventSchema.parse(result.value)).toBeTruthy();
  });

  it('should leave the actor empty without NguoiXuLy and require NoiDung and ThoiDiemXuLy', () => {
    const { NguoiXuLy: _, ...withoutActor } = exchangeCapNhatTrangThaiExample;
    const result = soapCapNhatTrangThaiToCanonical.run(withoutActor);
    expect(result.ok && result.value.actor).toEqual({});
    expect(
      paths(
        soapCapNhatTrangThaiToCanonical.run({
          ...withoutActor,
          NoiDung: '   ',
          ThoiDiemXuLy: undefined,
          TrangThai: 4,
        }),
      ),
    ).toEqual(['ThoiDiemXuLy value.required', 'NoiDung value.required']);
  });

  it('should not echo the officer name or content in its issues', () => {
    const result = soapCapNhatTrangThaiToCanonical.run({
      ...exchangeCapNhatTrangThaiExample,
      NguoiXuLy: 42,
      TrangThai: 'x',
    });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('Hội đồng');
    expect(paths(result)).toEqual(['NguoiXuLy value.wrong_type', 'TrangThai code.unknown']);
  });
});
