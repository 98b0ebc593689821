// The CongDan record as a JS object after xml2js parses the SOAP string of a CSDL dân cư answer.
import { z } from 'zod';

/**
 * The xml2js options this shape assumes: `{explicitArray: false, ignoreAttrs: true,
 * tagNameProcessors: [processors.stripPrefix]}`. Every leaf is then a string and an empty element
 * (`<ns1:QuocTich/>`) is "". Namespaces seen in the wild: soapenv
 * `http://schemas.xmlsoap.org/soap/envelope/`, ns1 `http://www.mic.gov.vn/dancu/1.0`.
 */
export const POPULATION_XML2JS_OPTIONS = { explicitArray: false, ignoreAttrs: true } as const;

const leaf = z.string();
const optLeaf = leaf.optional();

/** An element that may be empty (""), else an object of the given shape. */
function element<T extends z.ZodRawShape>(shape: T) {
  return z.union([z.literal(''), z.object(shape)]);
}

/** HoVaTen{Ho, ChuDem, Ten}: real replies often leave Ho/ChuDem empty and put the full name in Ten. */
export const PopulationHoVaTenSchema = z.object({ Ho: optLeaf, ChuDem: optLeaf, Ten: leaf });
export type PopulationHoVaTen = z.infer<typeof PopulationHoVaTenSchema>;

/** NgayThangNamSinh{Nam (yyyy), NgayThangNam (yyyyMMdd, may be "" when only the year is known)}. */
export const PopulationNgaySinhSchema = z.object({ Nam: leaf, NgayThangNam: optLeaf });
export type PopulationNgaySinh = z.infer<typeof PopulationNgaySinhSchema>;

/**
 * An address (NoiDangKyKhaiSinh, QueQuan, ThuongTru, NoiOHienTai): province/district/commune codes as
 * strings with leading zeros, ChiTiet free text, QuocGia "VN" ([V] TH `DiaChi`). MaQuanHuyen may be
 * empty for two-tier (post-2025) addresses [I].
 */
export const PopulationDiaChiSchema = element({
  MaTinhThanh: optLeaf,
  MaQuanHuyen: optLeaf,
  MaPhuongXa: optLeaf,
  ChiTiet: optLeaf,
  QuocGia: optLeaf,
});
export type PopulationDiaChi = z.infer<typeof PopulationDiaChiSchema>;

/** Cha / Me / VoChong / NguoiDaiDien ([V] TH `NguoiThan`): HoVaTen is plain text here. */
export const PopulationNguoiThanSchema = element({
  HoVaTen: optLeaf,
  QuocTich: optLeaf,
  SoDinhDanh: optLeaf,
  SoCMND: optLeaf,
});
export type PopulationNguoiThan = z.infer<typeof PopulationNguoiThanSchema>;

/** ChuHo: the household head and the citizen's relation to them ([V] TH `ChuHo`). */
export const PopulationChuHoSchema = element({
  QuanHe: optLeaf,
  SoDinhDanh: optLeaf,
  SoCMND: optLeaf,
  HoVaTen: optLeaf,
});
export type PopulationChuHo = z.infer<typeof PopulationChuHoSchema>;

/**
 * One CongDan ([V] TH `CSDLDanCuDto`; DOMAIN §5.1). GioiTinh "1" Nam, "2" Nữ [I]; DanToc, TonGiao,
 * TinhTrangHonNhan, NhomMau are code strings ("01", "00", …). LoaiTaiKhoan "2" marks an
 * organisation, whose id is then MaSoThue ([V] TH).
 */
export const PopulationCongDanSchema = z.object({
  SoDinhDanh: leaf,
  SoCMND: optLeaf,
  LoaiTaiKhoan: optLeaf,
  MaSoThue: optLeaf,
  HoVaTen: PopulationHoVaTenSchema,
  GioiTinh: optLeaf,
  DanToc: optLeaf,
  TonGiao: optLeaf,
  TinhTrangHonNhan: optLeaf,
  NhomMau: optLeaf,
  QuocTich: optLeaf,
  ThuDienTu: optLeaf,
  NgayThangNamSinh: PopulationNgaySinhSchema,
  NoiDangKyKhaiSinh: PopulationDiaChiSchema.optional(),
  QueQuan: PopulationDiaChiSchema.optional(),
  ThuongTru: PopulationDiaChiSchema.optional(),
  NoiOHienTai: PopulationDiaChiSchema.optional(),
  Cha: PopulationNguoiThanSchema.optional(),
  Me: PopulationNguoiThanSchema.optional(),
  VoChong: PopulationNguoiThanSchema.optional(),
  NguoiDaiDien: PopulationNguoiThanSchema.optional(),
  ChuHo: PopulationChuHoSchema.optional(),
  SoSoHoKhau: optLeaf,
});
export type PopulationCongDan = z.infer<typeof PopulationCongDanSchema>;

/**
 * CongdanCollection: "" when empty (= not found); one CongDan is an object, several an array
 * (explicitArray: false).
 */
export const PopulationCongdanCollectionSchema = z.union([
  z.literal(''),
  z.object({ CongDan: z.union([PopulationCongDanSchema, z.array(PopulationCongDanSchema)]) }),
]);
export type PopulationCongdanCollection = z.infer<typeof PopulationCongdanCollectionSchema>;

/** The whole parsed `message`: `{Envelope: {Header?, Body: {CongdanCollection}}}`. */
export const PopulationEnvelopeSchema = z.object({
  Envelope: z.object({
    Header: z.unknown().optional(),
    Body: z.object({ CongdanCollection: PopulationCongdanCollectionSchema }),
  }),
});
export type PopulationEnvelope = z.infer<typeof PopulationEnvelopeSchema>;

/** The citizens in a parsed envelope, always as a list (empty = not found). */
export function populationCitizens(envelope: PopulationEnvelope): PopulationCongDan[] {
  const collection = envelope.Envelope.Body.CongdanCollection;
  if (collection === '') return [];
  return Array.isArray(collection.CongDan) ? collection.CongDan : [collection.CongDan];
}
