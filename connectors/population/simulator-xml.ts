// The SOAP XML string CSDL dân cư answers with (Envelope/Body/CongdanCollection/CongDan), built from seed records.
import { escapeXml } from '../kit/index.ts';
import {
  fullNameOf,
  type SeedAddress,
  type SeedCitizen,
  type SeedRelative,
} from './fixtures/citizens.ts';

const SOAP_ENV = 'http://schemas.xmlsoap.org/soap/envelope/';
export const DANCU_NAMESPACE = 'http://www.mic.gov.vn/dancu/1.0';

const el = (name: string, content = ''): string =>
  content === '' ? `<ns1:${name}/>` : `<ns1:${name}>${content}</ns1:${name}>`;
const text = (name: string, value: string): string => el(name, escapeXml(value));

const address = (name: string, a: SeedAddress): string =>
  el(
    name,
    text('MaTinhThanh', a.MaTinhThanh) +
      text('MaQuanHuyen', a.MaQuanHuyen) +
      text('MaPhuongXa', a.MaPhuongXa) +
      text('ChiTiet', a.ChiTiet) +
      text('QuocGia', 'VN'),
  );

const relative = (name: string, r: SeedRelative | undefined): string =>
  r === undefined
    ? el(name)
    : el(
        name,
        text('HoVaTen', r.HoVaTen) +
          text('QuocTich', 'VN') +
          text('SoDinhDanh', r.SoDinhDanh) +
          el('SoCMND'),
      );

function congDan(c: SeedCitizen): string {
  const name = c.nameInTen
    ? el('Ho') + el('ChuDem') + text('Ten', fullNameOf(c))
    : text('Ho', c.Ho) + text('ChuDem', c.ChuDem) + text('Ten', c.Ten);
  const head =
    c.QuanHeChuHo === 'Chủ hộ' ? { HoVaTen: fullNameOf(c), SoDinhDanh: c.SoDinhDanh } : c.Cha;
  return el(
    'CongDan',
    text('SoDinhDanh', c.SoDinhDanh) +
      text('SoCMND', c.SoCMND) +
      text('LoaiTaiKhoan', '1') +
      el('HoVaTen', name) +
      text('GioiTinh', c.sex === 'male' ? '1' : '2') +
      text('DanToc', '01') +
      text('TonGiao', '00') +
      text('TinhTrangHonNhan', c.TinhTrangHonNhan) +
      text('NhomMau', c.NhomMau) +
      el(
        'NgayThangNamSinh',
        text('Nam', c.NgayThangNam.slice(0, 4)) + text('NgayThangNam', c.NgayThangNam),
      ) +
      address('NoiDangKyKhaiSinh', c.NoiDangKyKhaiSinh) +
      text('QuocTich', 'VN') +
      address('QueQuan', c.QueQuan) +
      address('ThuongTru', c.ThuongTru) +
      address('NoiOHienTai', c.ThuongTru) +
      relative('Cha', c.Cha) +
      relative('Me', c.Me) +
      relative('VoChong', c.VoChong) +
      el('NguoiDaiDien') +
      el(
        'ChuHo',
        text('QuanHe', c.QuanHeChuHo) +
          text('SoDinhDanh', head.SoDinhDanh) +
          el('SoCMND') +
          text('HoVaTen', head.HoVaTen),
      ) +
      el('SoSoHoKhau'),
  );
}

/** Places `inner` inside the envelope and collection, as the gateway's `message` carries it. */
export function wrapCollection(inner: string): string {
  return (
    `<soapenv:Envelope xmlns:soapenv="${SOAP_ENV}"><soapenv:Header xmlns:dan="http://dancuquocgia.bca"/>` +
    `<soapenv:Body xmlns:dan="http://dancuquocgia.bca"><ns1:CongdanCollection xmlns:ns1="${DANCU_NAMESPACE}">` +
    `${inner}</ns1:CongdanCollection></soapenv:Body></soapenv:Envelope>`
  );
}

/** The `message` string: one CongDan per record, an empty collection when nothing was found. */
export function congDanMessage(records: readonly SeedCitizen[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${wrapCollection(records.map(congDan).join(''))}`;
}
