// Tests of the population contracts: request rules, the JSON envelope, and the fixtures parsed by xml2js.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  POPULATION_FIXTURES,
  POPULATION_XML2JS_OPTIONS,
  PopulationCongDanSchema,
  PopulationEnvelopeSchema,
  PopulationRequestSchema,
  PopulationResponseSchema,
  populationCitizens,
  readPopulationFixture,
} from './index.ts';

type Xml2js = {
  parseStringPromise(xml: string, options: object): Promise<unknown>;
  processors: { stripPrefix(name: string): string };
};
// xml2js ships no type declarations; this test needs only two members.
const xml2js = createRequire(import.meta.url)('xml2js') as Xml2js;

const parse = (xml: string) =>
  xml2js.parseStringPromise(xml, {
    ...POPULATION_XML2JS_OPTIONS,
    tagNameProcessors: [xml2js.processors.stripPrefix],
  });

const request = {
  HoVaTen: 'Nguyễn Thị Thu Hương',
  SoDinhDanh: '001190012345',
  SoCMND: '',
  NgayThangNam: '19900315',
  Nam: '1990',
  MaTichHop: '037',
  MaDVC: 'VPCP',
  MaCanBo: 'canbo.motcua.badinh',
  MaYeuCau: '7d0c1f3e-2b4a-4c5d-8e9f-0a1b2c3d4e5f',
};

describe('PopulationRequestSchema', () => {
  it('should accept a lookup by personal ID, name and birth date', () => {
    expect(PopulationRequestSchema.safeParse(request).success).toBe(true);
    expect(
      PopulationRequestSchema.safeParse({ ...request, SoDinhDanh: '', SoCMND: '012345678' })
        .success,
    ).toBe(true);
  });

  it('should reject a lookup without any ID, a bad date layout and a mismatched year', () => {
    expect(PopulationRequestSchema.safeParse({ ...request, SoDinhDanh: '' }).success).toBe(false);
    expect(
      PopulationRequestSchema.safeParse({ ...request, NgayThangNam: '15/03/1990' }).success,
    ).toBe(false);
    const mismatch = PopulationRequestSchema.safeParse({ ...request, Nam: '1991' });
    expect(mismatch.success).toBe(false);
    expect(mismatch.error?.issues[0]?.path).toEqual(['Nam']);
  });

  it('should reject a numeric ID', () => {
    expect(PopulationRequestSchema.safeParse({ ...request, SoDinhDanh: 1190012345 }).success).toBe(
      false,
    );
  });
});

describe('Population fixtures', () => {
  it('should ship the three fixtures with Vietnamese text', () => {
    expect(POPULATION_FIXTURES).toHaveLength(3);
    expect(readPopulationFixture('found-full')).toContain('NGUYỄN THỊ THU HƯƠNG');
  });

  it('should travel inside the JSON envelope as a string', () => {
    const envelope = { error_code: '0', message: readPopulationFixture('found-full') };
    expect(PopulationResponseSchema.safeParse(envelope).success).toBe(true);
    expect(
      PopulationResponseSchema.safeParse({ error_code: '0', message: { Envelope: {} } }).success,
    ).toBe(false);
  });

  it('should parse the full record into one citizen with every sub-element', async () => {
    const envelope = PopulationEnvelopeSchema.parse(
      await parse(readPopulationFixture('found-full')),
    );
    const [citizen, ...others] = populationCitizens(envelope);
    expect(others).toHaveLength(0);
    expect(citizen?.HoVaTen.Ten).toBe('NGUYỄN THỊ THU HƯƠNG');
    expect(citizen?.NgayThangNamSinh.NgayThangNam).toBe('19900315');
    expect(citizen?.ThuongTru).toMatchObject({
      MaTinhThanh: '01',
      MaQuanHuyen: '001',
      MaPhuongXa: '00007',
    });
    expect(citizen?.VoChong).toMatchObject({ HoVaTen: 'TRẦN VĂN ĐỨC' });
    expect(citizen?.NguoiDaiDien).toBe('');
  });

  it('should parse the sparse record with empty elements as ""', async () => {
    const envelope = PopulationEnvelopeSchema.parse(
      await parse(readPopulationFixture('found-sparse')),
    );
    const [citizen] = populationCitizens(envelope);
    expect(citizen?.HoVaTen).toEqual({ Ho: 'ĐỖ', ChuDem: 'QUANG', Ten: 'VINH' });
    expect(citizen?.NgayThangNamSinh).toEqual({ Nam: '1956', NgayThangNam: '' });
    expect(citizen?.ThuongTru).toMatchObject({ MaQuanHuyen: '', MaPhuongXa: '00091' });
    expect(citizen?.Me).toBe('');
    expect(citizen?.MaSoThue).toBeUndefined();
  });

  it('should parse the empty collection as not found', async () => {
    const envelope = PopulationEnvelopeSchema.parse(
      await parse(readPopulationFixture('not-found')),
    );
    expect(envelope.Envelope.Body.CongdanCollection).toBe('');
    expect(populationCitizens(envelope)).toEqual([]);
  });

  it('should list several CongDan elements as an array', async () => {
    const full = readPopulationFixture('found-full');
    const congDan = full.slice(
      full.indexOf('<ns1:CongDan>'),
      full.indexOf('</ns1:CongDan>') + '</ns1:CongDan>'.length,
    );
    const twice = full.replace(congDan, congDan + congDan);
    const envelope = PopulationEnvelopeSchema.parse(await parse(twice));
    expect(populationCitizens(envelope)).toHaveLength(2);
  });
});

describe('PopulationCongDanSchema', () => {
  it('should reject a record without SoDinhDanh or with a nested object where a string belongs', async () => {
    const envelope = PopulationEnvelopeSchema.parse(
      await parse(readPopulationFixture('found-full')),
    );
    const [citizen] = populationCitizens(envelope);
    const { SoDinhDanh: _omitted, ...rest } = citizen!;
    expect(PopulationCongDanSchema.safeParse(rest).success).toBe(false);
    expect(PopulationCongDanSchema.safeParse({ ...citizen, GioiTinh: { Ma: '2' } }).success).toBe(
      false,
    );
  });

  it('should reject an envelope parsed without stripping prefixes', async () => {
    const raw = await xml2js.parseStringPromise(
      readPopulationFixture('found-full'),
      POPULATION_XML2JS_OPTIONS,
    );
    expect(PopulationEnvelopeSchema.safeParse(raw).success).toBe(false);
  });
});
