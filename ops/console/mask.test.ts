import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleCitizen } from '../../contracts/canonical/examples.ts';
import { isPersonalKey, maskPayload, maskString } from './mask.ts';

describe('maskString', () => {
  it('should keep the head and tail of ID numbers and phones', () => {
    expect(maskString('001090000123')).toBe('0010******23');
    expect(maskString('0912345678')).toBe('0912****78');
    expect(maskString('012345')).toBe('******');
  });

  it('should keep initials of names and addresses and no digit', () => {
    expect(maskString('Nguyễn Văn An')).toBe('N***** V** A*');
    expect(maskString('Số 1 phố Ví Dụ')).toBe('S* * p** V* D*');
  });

  it('should hide dates and e-mail local parts', () => {
    expect(maskString('1990-05-12')).toBe('****-**-**');
    expect(maskString('12/05/1990')).toBe('**/**/****');
    expect(maskString('an.nguyen@example.vn')).toBe('a***@example.vn');
  });
});

describe('maskPayload', () => {
  it('should mask a canonical citizen at any depth and leave the rest as it was', () => {
    const input = { dossier: { owner: exampleCitizen, code: 'X-1', fees: [{ amount: 5 }] } };
    const before = JSON.stringify(input);
    const masked = maskPayload(input) as { dossier: { owner: Record<string, unknown> } };
    expect(JSON.stringify(input)).toBe(before);
    const text = JSON.stringify(masked);
    for (const secret of [
      '001090000123',
      'Nguyễn',
      '1990-05-12',
      '0912345678',
      'an.nguyen',
      'Ví Dụ',
    ])
      expect(text).not.toContain(secret);
    expect(masked.dossier.owner.sex).toBe('male');
    expect(masked).toMatchObject({ dossier: { code: 'X-1', fees: [{ amount: 5 }] } });
  });

  it('should mask Vietnamese wire names too', () => {
    const masked = maskPayload({
      SoDinhDanh: '001090000123',
      HoVaTen: { Ho: 'Nguyễn', Ten: 'An' },
      NgayThangNamSinh: { Nam: 1990, NgayThangNam: '19900512' },
      ThuongTru: { ChiTiet: 'Số 1 phố Ví Dụ' },
      MaHoSo: '000.00.00.H26-250314-0001',
    });
    expect(masked).toEqual({
      SoDinhDanh: '0010******23',
      HoVaTen: { Ho: 'N*****', Ten: 'A*' },
      NgayThangNamSinh: { Nam: '***', NgayThangNam: '1990**12' },
      ThuongTru: { ChiTiet: 'S* * p** V* D*' },
      MaHoSo: '000.00.00.H26-250314-0001',
    });
  });

  it('should recognise personal keys by name and pattern', () => {
    for (const key of [
      'personalId',
      'fullName',
      'permanentAddress',
      'DiaChiThuongTru',
      'SoCMNDNguoiNop',
    ])
      expect(isPersonalKey(key), key).toBe(true);
    for (const key of ['code', 'name', 'status', 'enterpriseCode'])
      expect(isPersonalKey(key), key).toBe(false);
  });

  it('should never let a 12-digit personal ID through, wherever it sits (property)', () => {
    const id = fc.stringMatching(/^0\d{11}$/);
    const key = fc.constantFrom(
      'personalId',
      'idNumber',
      'SoDinhDanh',
      'SoGiayToChuHoSo',
      'mstorcmnd',
    );
    fc.assert(
      fc.property(
        id,
        key,
        fc.array(fc.constantFrom('a', 'b', 'owner', 'items')),
        (value, name, path) => {
          let payload: unknown = { [name]: value };
          for (const step of path) payload = step === 'items' ? [payload] : { [step]: payload };
          const text = JSON.stringify(maskPayload(payload));
          return (
            !text.includes(value) && text.includes(`${value.slice(0, 4)}******${value.slice(-2)}`)
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
