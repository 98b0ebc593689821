// Tests of GiaoDucService: the WSDL loads in the `soap` package, and its messages match the zod shapes.
import { createClientAsync } from 'soap';
import { describe, expect, it } from 'vitest';
import { fakeSoapHttp } from '../fake-soap-http.ts';
import { educationTiepNhanHoSoExample, educationTraCuuKetQuaExample } from './examples.ts';
import {
  EDUCATION_NAMESPACE,
  EDUCATION_SOAP_ACTIONS,
  EDUCATION_WSDL_PATH,
  EducationFaultDetailSchema,
  EducationTiepNhanHoSoRequestSchema,
  EducationTiepNhanHoSoResponseSchema,
  EducationTraCuuKetQuaRequestSchema,
  EducationTraCuuKetQuaResponseSchema,
  readEducationWsdl,
} from './index.ts';

const envelope = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${body}</soap:Body></soap:Envelope>`;

describe('education.wsdl', () => {
  it('should load from disk with the embedded schema and namespace', () => {
    const text = readEducationWsdl();
    expect(text).toContain(`targetNamespace="${EDUCATION_NAMESPACE}"`);
    expect(text).toContain('elementFormDefault="qualified"');
  });

  it('should describe GiaoDucService with both operations and their message elements', async () => {
    const client = await createClientAsync(EDUCATION_WSDL_PATH);
    const port = client.describe().GiaoDucService.GiaoDucPort;
    expect(Object.keys(port).sort()).toEqual(['TiepNhanHoSo', 'TraCuuKetQua']);
    expect(Object.keys(port.TiepNhanHoSo.input)).toEqual(['HoSo']);
    expect(port.TiepNhanHoSo.input.HoSo['TaiLieu[]']).toBeDefined();
    expect(port.TiepNhanHoSo.input.HoSo.ChuHoSo.NgaySinh).toBe('xs:date');
    expect(Object.keys(port.TraCuuKetQua.output)).toEqual(['TrangThaiHoSo', 'NgayTra', 'KetQua[]']);
  });

  it('should send a valid request with its soapAction and parse the answer into the response shape', async () => {
    const answer = envelope(
      `<g:TiepNhanHoSoResponse xmlns:g="${EDUCATION_NAMESPACE}"><g:KetQua><g:MaHoSo>000.00.01.H26-250703-0031</g:MaHoSo><g:TrangThai>DA_TIEP_NHAN</g:TrangThai><g:ThongBao>Đã tiếp nhận hồ sơ</g:ThongBao></g:KetQua></g:TiepNhanHoSoResponse>`,
    );
    const { sent, httpClient } = fakeSoapHttp(answer);
    const client = await createClientAsync(EDUCATION_WSDL_PATH, { httpClient });
    const request = EducationTiepNhanHoSoRequestSchema.parse(educationTiepNhanHoSoExample);
    const [result] = await client.TiepNhanHoSoAsync(request);
    expect(sent[0]?.headers.SOAPAction).toBe(`"${EDUCATION_SOAP_ACTIONS.TiepNhanHoSo}"`);
    expect(sent[0]?.body).toContain('Phạm Gia Bảo');
    expect(sent[0]?.body).toContain(`<TiepNhanHoSo xmlns="${EDUCATION_NAMESPACE}">`);
    const echoed = client.wsdl.xmlToObject(sent[0]?.body).Body.TiepNhanHoSo;
    expect(EducationTiepNhanHoSoRequestSchema.parse(echoed).HoSo.TaiLieu).toHaveLength(2);
    expect(EducationTiepNhanHoSoResponseSchema.parse(result).KetQua.TrangThai).toBe('DA_TIEP_NHAN');
  });

  it('should parse an inbound request into the request shape, with dates as Date and documents as an array', async () => {
    const client = await createClientAsync(EDUCATION_WSDL_PATH);
    const xml = envelope(
      `<g:TiepNhanHoSo xmlns:g="${EDUCATION_NAMESPACE}"><g:HoSo><g:MaHoSo>000.00.01.H26-250703-0031</g:MaHoSo><g:MaTTHC>3.000181</g:MaTTHC><g:TenTTHC>Tuyển sinh trung học phổ thông</g:TenTTHC><g:MaLinhVuc>G03-GD10</g:MaLinhVuc><g:ChuHoSo><g:HoVaTen>Phạm Gia Bảo</g:HoVaTen><g:SoDinhDanh>001210012345</g:SoDinhDanh><g:NgaySinh>2010-05-04</g:NgaySinh></g:ChuHoSo><g:NgayTiepNhan>2025-07-03T09:30:00+07:00</g:NgayTiepNhan><g:TrichYeu>Đăng ký dự tuyển vào lớp 10</g:TrichYeu><g:TaiLieu><g:Ten>Học bạ</g:Ten><g:DuongDan>https://motcua.hanoi.gov.vn/files/hoc-ba.pdf</g:DuongDan></g:TaiLieu></g:HoSo></g:TiepNhanHoSo>`,
    );
    const parsed = EducationTiepNhanHoSoRequestSchema.parse(
      client.wsdl.xmlToObject(xml).Body.TiepNhanHoSo,
    );
    expect(parsed.HoSo.NgayTiepNhan).toBeInstanceOf(Date);
    expect((parsed.HoSo.NgayTiepNhan as Date).toISOString()).toBe('2025-07-03T02:30:00.000Z');
    expect(parsed.HoSo.TaiLieu).toHaveLength(1);
  });

  it('should parse a TraCuuKetQua answer into the response shape', async () => {
    const client = await createClientAsync(EDUCATION_WSDL_PATH);
    const xml = envelope(
      `<g:TraCuuKetQuaResponse xmlns:g="${EDUCATION_NAMESPACE}"><g:TrangThaiHoSo>4</g:TrangThaiHoSo></g:TraCuuKetQuaResponse>`,
    );
    const parsed = EducationTraCuuKetQuaResponseSchema.parse(
      client.wsdl.xmlToObject(xml).Body.TraCuuKetQuaResponse,
    );
    expect(parsed).toEqual({ TrangThaiHoSo: '4' });
  });
});

describe('Education message shapes', () => {
  it('should accept the realistic examples', () => {
    expect(EducationTiepNhanHoSoRequestSchema.safeParse(educationTiepNhanHoSoExample).success).toBe(
      true,
    );
    expect(
      EducationTraCuuKetQuaResponseSchema.safeParse(educationTraCuuKetQuaExample).success,
    ).toBe(true);
    expect(
      EducationTraCuuKetQuaRequestSchema.safeParse({ MaHoSo: '000.00.01.H26-250703-0031' }).success,
    ).toBe(true);
  });

  it('should reject a dd/MM/yyyy birth date, a bad field code and a relative document path', () => {
    const hoSo = educationTiepNhanHoSoExample.HoSo;
    const badBirth = { HoSo: { ...hoSo, ChuHoSo: { ...hoSo.ChuHoSo, NgaySinh: '04/05/2010' } } };
    expect(EducationTiepNhanHoSoRequestSchema.safeParse(badBirth).success).toBe(false);
    expect(
      EducationTiepNhanHoSoRequestSchema.safeParse({ HoSo: { ...hoSo, MaLinhVuc: 'Giáo dục' } })
        .success,
    ).toBe(false);
    expect(
      EducationTiepNhanHoSoRequestSchema.safeParse({
        HoSo: { ...hoSo, TaiLieu: [{ Ten: 'Học bạ', DuongDan: 'hoc-ba.pdf' }] },
      }).success,
    ).toBe(false);
  });

  it('should reject a status outside 1–10 and an unknown fault code', () => {
    expect(EducationTraCuuKetQuaResponseSchema.safeParse({ TrangThaiHoSo: '11' }).success).toBe(
      false,
    );
    expect(
      EducationFaultDetailSchema.safeParse({
        MaLoi: 'HO_SO_KHONG_TON_TAI',
        ThongBao: 'Không tìm thấy hồ sơ',
      }).success,
    ).toBe(true);
    expect(EducationFaultDetailSchema.safeParse({ MaLoi: 'KHAC', ThongBao: '' }).success).toBe(
      false,
    );
  });
});
