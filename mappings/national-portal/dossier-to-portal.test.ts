// Tests for canonical Dossier → DongBoHoSoMC: golden fixtures, portal rules, bad input as field errors, coverage.
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import { exampleCitizen, exampleDossier } from '../../contracts/canonical/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import { createDossierToPortalMapping, dossierToPortalCoverage } from './dossier-to-portal.ts';
import inPerson from './fixtures/dossier-in-person-2025-03.canonical.json' with { type: 'json' };
import inPersonExpected from './fixtures/dossier-in-person-2025-03.portal.expected.json' with {
  type: 'json',
};
import online from './fixtures/dossier-online-2025-07.canonical.json' with { type: 'json' };
import onlineExpected from './fixtures/dossier-online-2025-07.portal.expected.json' with {
  type: 'json',
};

const toPortal = createDossierToPortalMapping({ provinceSuffix: 'H26' });

function run(dossier: unknown) {
  const result = toPortal.run(dossier);
  return {
    result,
    value: result.ok ? result.value : undefined,
    errors: result.ok ? [] : result.errors.map((e) => [e.path, e.rule]),
    warnings: result.ok ? result.warnings.map((w) => [w.path, w.rule]) : [],
  };
}

const base: Dossier = { ...exampleDossier, code: '000.00.01.H26-250314-0001' };

describe('dossierToPortal golden fixtures', () => {
  it('should map an in-person dossier of the 2025-01 list (owner address 01/001/00001)', () => {
    expect(toPortal.run(inPerson)).toEqual(inPersonExpected);
  });

  it('should map an online enterprise dossier of the 2025-07 list (head office 01/00097)', () => {
    expect(toPortal.run(online)).toEqual(onlineExpected);
  });
});

describe('dossierToPortal portal rules', () => {
  it('should write every value as a string, dates as yyyyMMddHHmmss at +07:00 and "" when empty', () => {
    const { value } = run({
      ...base,
      dates: { submittedAt: '2025-03-13T23:30:00-05:00', receivedAt: '2025-03-14T02:30:00Z' },
    });
    expect(value?.NgayNopHoSo).toBe('20250314113000');
    expect(value?.NgayTiepNhan).toBe('20250314093000');
    expect(value?.NgayHenTra).toBe('');
    expect(value?.SoBienNhan).toBe('');
    expect(value).not.toHaveProperty('HinhThuc');
    const scalars = Object.values(value ?? {}).filter((v) => !Array.isArray(v));
    expect(scalars.filter((v) => typeof v !== 'string')).toEqual([]);
  });

  it('should truncate TrichYeuHoSo to 1000 characters with a masked warning', () => {
    const summary = 'Khai sinh cho cháu Trần Minh Khôi '.repeat(40).trim();
    const { result, value, warnings } = run({ ...base, summary });
    // The 1000th character here is a space, which is not kept at the end.
    expect(value?.TrichYeuHoSo).toBe(Array.from(summary).slice(0, 1000).join('').trimEnd());
    expect(Array.from(value?.TrichYeuHoSo ?? '')).toHaveLength(999);
    expect(warnings).toEqual([['summary', 'text.truncated']]);
    const echoed = result.ok ? result.warnings[0]?.value : undefined;
    expect(echoed?.startsWith('Kh**')).toBe(true);
    expect(echoed).not.toContain('Trần');
  });

  it('should send DinhDanhCHS "1" for a 12-digit ID and "2" for a 9-digit CMND', () => {
    const { personalId: _id, ...withoutId } = exampleCitizen;
    const { value } = run({ ...base, owner: { ...withoutId, legacyId: '012345678' } });
    expect(value?.DinhDanhCHS).toEqual([{ LoaiDinhDanh: '2', SoDinhDanh: '012345678' }]);
    expect(value?.SoGiayToChuHoSo).toBe('012345678');
    expect(run(base).value?.DinhDanhCHS).toEqual([
      { LoaiDinhDanh: '1', SoDinhDanh: '001090000123' },
    ]);
  });

  it('should not invent a placeholder ID for a citizen without one, but warn', () => {
    const { fullName } = exampleDossier.owner as { fullName: string };
    const { value, warnings } = run({ ...base, owner: { kind: 'citizen', fullName } });
    expect(value?.DinhDanhCHS).toEqual([]);
    expect(warnings).toEqual([['owner', 'owner.no_identity_number']]);
  });

  it('should send MaDoiTuong only for online dossiers', () => {
    const owner = { ...exampleDossier.owner, techId: 'tech-1' };
    expect(run({ ...base, owner }).value?.MaDoiTuong).toBe('tech-1');
    const inPersonRun = run({ ...base, owner, channel: 'in_person' });
    expect(inPersonRun.value?.MaDoiTuong).toBe('');
    expect(inPersonRun.value?.KenhThucHien).toBe('1');
    expect(inPersonRun.warnings).toEqual([['owner.techId', 'owner.tech_id_not_sent']]);
  });

  it('should derive DuocSoHoa and DuocTaiSuDung from the digitization state', () => {
    const states = ['not_digitized', 'digitized', 'reused', 'reused_from_other_result'] as const;
    const documents = states.map((digitizationState) => ({
      ...exampleDossier.documents[0]!,
      digitizationState,
    }));
    const items = run({ ...base, documents }).value?.TaiLieuNop ?? [];
    expect(items.map((d) => [d.DuocSoHoa, d.DuocTaiSuDung])).toEqual([
      ['0', '0'],
      ['1', '0'],
      ['1', '1'],
      ['1', '2'],
    ]);
  });

  it('should write HoSoCoThanhPhanSoHoa "0" when no component is digitized', () => {
    const documents = [{ ...exampleDossier.documents[0]!, digitizationState: 'not_digitized' }];
    const { value } = run({ ...base, documents, hasDigitizedComponents: false });
    expect(value?.HoSoCoThanhPhanSoHoa).toBe('0');
  });

  it('should map NFD and NFC Vietnamese to the same NFC portal text', () => {
    const name = 'Nguyễn Thị Hường';
    const nfc = run({ ...base, owner: { kind: 'citizen', fullName: name }, note: 'Ghi chú' });
    const nfd = run({
      ...base,
      owner: { kind: 'citizen', fullName: name.normalize('NFD') },
      note: 'Ghi chú'.normalize('NFD'),
    });
    expect(nfd.value).toEqual(nfc.value);
    expect(nfd.value?.ChuHoSo).toBe(name);
  });
});

describe('dossierToPortal dossier code prefix', () => {
  it('should report a code of another province instead of inventing a substitute', () => {
    expect(run({ ...base, code: '000.00.01.H56-250314-0001' }).errors).toEqual([
      ['code', 'dossier_code.foreign_province'],
    ]);
  });

  it('should use a recorded substitute of the province, with a warning', () => {
    const { value, warnings } = run({
      ...base,
      code: '000.00.01.H56-250314-0001',
      substituteCode: '000.00.01.H26-250314-48213',
    });
    expect(value?.MaHoSo).toBe('000.00.01.H26-250314-48213');
    expect(warnings).toEqual([['code', 'dossier_code.substitute_used']]);
  });

  it('should refuse a substitute that is not of the province either', () => {
    const result = run({
      ...base,
      code: '000.00.01.H56-250314-0001',
      substituteCode: '000.00.01.H22-250314-48213',
    });
    expect(result.errors).toEqual([['substituteCode', 'dossier_code.foreign_province']]);
  });

  it('should refuse a malformed province suffix when the mapping is built', () => {
    expect(() => createDossierToPortalMapping({ provinceSuffix: 'Hanoi' })).toThrow(TypeError);
  });
});

describe('dossierToPortal bad input', () => {
  it('should give field errors, not exceptions, for an impossible date and an unknown status', () => {
    const dates = { ...base.dates, receivedAt: '2024-02-31T09:00:00+07:00' };
    expect(run({ ...base, dates }).errors).toEqual([['dates.receivedAt', 'schema.invalid_format']]);
    expect(run({ ...base, status: 'closed' }).errors).toEqual([['status', 'schema.invalid_value']]);
  });

  it('should report a personal ID whose year digits disagree with the birth date at the ID', () => {
    const owner = { ...exampleDossier.owner, birthDate: '1991-05-12' };
    const { result } = run({ ...base, owner });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: 'owner.personalId',
        rule: 'personal_id.year_mismatch',
        message: 'The year digits do not match the birth year',
      },
    ]);
  });

  it('should name the canonical fields the portal requires but the dossier lacks', () => {
    const { sector: _s, processingAgency: _p, ...rest } = base;
    const documents = [{ name: 'Tờ khai', digitizationState: 'digitized' as const }];
    const result = run({
      ...rest,
      procedure: { code: '1.001776' },
      dates: { submittedAt: base.dates.submittedAt },
      documents,
    });
    expect(result.errors).toEqual([
      ['procedure.name', 'value.required'],
      ['sector', 'value.required'],
      ['dates.receivedAt', 'value.required'],
      ['processingAgency', 'value.required'],
      ['documents[0].downloadUrl', 'value.required'],
    ]);
  });
});

describe('dossierToPortal paper-only components', () => {
  it('should list a component handed in on paper alone with the paper items, not as a file', () => {
    const paper = {
      name: 'Bản sao giấy khai sinh',
      digitizationState: 'not_digitized' as const,
      copyCount: 2,
    };
    const { result } = run({ ...base, documents: [...base.documents, paper] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.TaiLieuNop).toHaveLength(base.documents.length);
    expect(result.value.DanhSachTepDinhKemKhac).toContainEqual({
      TenGiayTo: 'Bản sao giấy khai sinh',
      SoLuong: '2',
      LoaiGiayTo: '',
    });
  });
});

describe('dossierToPortal coverage', () => {
  it('should map or knowingly ignore every DongBoHoSoMC field', () => {
    expect(uncoveredFields(dossierToPortalCoverage)).toEqual([]);
    expect(invalidCoverageEntries(dossierToPortalCoverage)).toEqual([]);
  });
});
