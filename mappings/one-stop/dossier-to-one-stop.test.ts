// Tests of canonical Dossier → one-stop HoSo: golden fixture, missing fields, migration and the round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dossier, DossierSchema } from '../../contracts/canonical/dossier.ts';
import { exampleDossier } from '../../contracts/canonical/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import { oneStopDossier } from './arbitraries.ts';
import { oneStopDossierToCanonical as toCanonical } from './dossier-to-canonical.ts';
import {
  oneStopDossierToOneStopCoverage as coverage,
  oneStopDossierToOneStop as toOneStop,
} from './dossier-to-one-stop.ts';
import onlineCanonical from './fixtures/dossier-online-2025-07.canonical.json' with {
  type: 'json',
};
import onlineHoSo from './fixtures/dossier-online-2025-07.hoso.json' with { type: 'json' };
import wardCanonical from './fixtures/hoso-ward-2025-07.canonical.json' with { type: 'json' };
import ward from './fixtures/hoso-ward-2025-07.json' with { type: 'json' };

const online = DossierSchema.parse(onlineCanonical);
const wardDossier = DossierSchema.parse(wardCanonical);

function errorsOf(input: unknown) {
  const result = toOneStop.run(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map((e) => [e.path, e.rule]);
}

describe('one-stop.dossier.to-one-stop', () => {
  it('should forward an online portal dossier as its golden HoSo', () => {
    const result = toOneStop.run(online);
    expect(result.ok && result.value).toEqual(onlineHoSo);
    expect(result.ok && result.warnings.map((w) => [w.path, w.rule])).toEqual([
      ['documents[0].originalCount', 'document.count_defaulted'],
      ['documents[0].copyCount', 'document.count_defaulted'],
      ['documents[1]', 'document.deleted_skipped'],
    ]);
  });

  it('should give back the HoSo a canonical dossier was read from, nulls left out', () => {
    const expected = JSON.parse(JSON.stringify(ward, (_key, value) => value ?? undefined));
    expected.ChuHoSo.Email = 'lananh.pham@example.vn';
    expected.NguoiUyQuyen.SoDienThoai = '0912000111';
    expect(toOneStop.run(wardDossier)).toEqual({ ok: true, value: expected, warnings: [] });
  });

  it('should write instants at +07:00, since the one-stop rejects Z', () => {
    const result = toOneStop.run(online);
    expect(result.ok && result.value.NgayNop).toBe('2025-07-15T09:40:00+07:00');
  });

  it('should report the fields the one-stop requires but the dossier lacks, at canonical paths', () => {
    const { receivedAt: _r, ...dates } = online.dates;
    const { sector: _s, summary: _t, serviceLevel: _l, ...rest } = online;
    expect(errorsOf({ ...rest, dates })).toEqual([
      ['summary', 'value.required'],
      ['sector', 'value.required'],
      ['serviceLevel', 'value.required'],
      ['dates.receivedAt', 'value.required'],
    ]);
  });

  it('should require an identity document and an address of the owner', () => {
    const owner = { kind: 'citizen', fullName: 'Lê Văn Tám' } as const;
    expect(errorsOf({ ...online, owner })).toEqual([
      ['owner.personalId', 'value.required'],
      ['owner.currentAddress', 'value.required'],
    ]);
  });

  it('should refuse a passport number the one-stop cannot store', () => {
    const owner = { ...wardDossier.owner, personalId: undefined, passportNumber: 'p-12345' };
    expect(errorsOf({ ...wardDossier, owner: JSON.parse(JSON.stringify(owner)) })).toEqual([
      ['owner.passportNumber', 'applicant.passport_not_accepted'],
    ]);
  });

  it('should refuse a local procedure code published for another national code', () => {
    const procedure = { ...online.procedure, localCode: '1.001193.000.00.00.H26' };
    expect(errorsOf({ ...online, procedure })).toEqual([
      ['procedure.localCode', 'procedure.local_code_mismatch'],
    ]);
  });

  it('should migrate an older Hanoi address whose commune moved whole into the 2025-07 list', () => {
    const owner = {
      ...wardDossier.owner,
      currentAddress: {
        province: { code: '01', listVersion: '2025-01' },
        district: { code: '001', listVersion: '2025-01' },
        commune: { code: '00001', listVersion: '2025-01' },
        detail: 'Số 5 ngõ 61 phố Phúc Xá',
      },
    };
    const result = toOneStop.run({ ...wardDossier, owner });
    expect(result.ok && result.value.ChuHoSo).toMatchObject({ TinhThanh: '01', PhuongXa: '00097' });
    expect(result.ok && result.value.ChuHoSo.QuanHuyen).toBeUndefined();
    expect(result.ok && result.warnings.map((w) => [w.path, w.rule])).toEqual([
      ['owner.currentAddress.commune.code', 'admin_unit.migrated'],
    ]);
  });

  it('should refuse to guess the successor of a split commune', () => {
    const owner = {
      ...wardDossier.owner,
      currentAddress: {
        province: { code: '01', listVersion: '2025-01' },
        commune: { code: '00016', listVersion: '2025-01' },
        detail: 'Số 2 phố Ngọc Hà',
      },
    };
    expect(errorsOf({ ...wardDossier, owner })).toEqual([
      ['owner.currentAddress.commune.code', 'admin_unit.split_commune'],
    ]);
  });

  it('should refuse an address from a newer list than the dossier', () => {
    const dossier = DossierSchema.parse(wardCanonical);
    const receivingUnit = {
      level: 'district',
      unit: { code: '001', listVersion: '2025-01' },
    } as const;
    expect(errorsOf({ ...dossier, receivingUnit, submitter: undefined })).toEqual([
      ['owner.currentAddress.province.listVersion', 'address.list_version_mismatch'],
    ]);
  });

  it('should report a result without a download URL, the one KetQua field it cannot do without', () => {
    const results = [{ name: 'Giấy khai sinh' }];
    expect(errorsOf({ ...online, results })).toEqual([['results[0].fileUrl', 'value.required']]);
  });

  it('should map the canonical example dossier once its receiving unit uses the owner list version', () => {
    const dossier: Dossier = {
      ...exampleDossier,
      receivingUnit: { level: 'commune', unit: { code: '00004', listVersion: '2025-07' } },
    };
    const result = toOneStop.run(dossier);
    expect(result.ok && result.value.ChuHoSo.PhuongXa).toBe('00004');
  });

  it('should round-trip canonical → HoSo → canonical', () => {
    fc.assert(
      fc.property(oneStopDossier, (dossier) => {
        const wire = toOneStop.run(dossier);
        expect(wire.ok && wire.warnings).toEqual([]);
        if (!wire.ok) return;
        const back = toCanonical.run(wire.value);
        expect(back).toEqual({ ok: true, value: dossier, warnings: [] });
        // to-canonical does not re-validate its output per request (verifyOutput: false): here it is.
        expect(back.ok && DossierSchema.safeParse(back.value).success).toBe(true);
        expect(back.ok && DossierSchema.parse(back.value)).toStrictEqual(back.ok && back.value);
      }),
      { numRuns: 1000 },
    );
  });

  it('should cover every wire field', () => {
    expect(uncoveredFields(coverage)).toEqual([]);
    expect(invalidCoverageEntries(coverage)).toEqual([]);
  });
});
