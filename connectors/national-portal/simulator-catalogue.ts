// The simulator's seeded national catalogue: a few procedures as LayThuTuc returns them (UPPERCASE keys).
import type { PortalProcedure } from '../../contracts/wire/national-portal/index.ts';

/*
 * Codes have the national shape (1.001776) and names, legal bases and fees are realistic, but the
 * code ↔ name pairs are illustrative: only 1.001193 (khai sinh) is also used by the contracts'
 * examples. Agency e-IDs use the simulator's default province suffix H26 (unverified for Hà Nội).
 */

type Seed = {
  code: string;
  name: string;
  sector: [code: string, name: string];
  steps: string[];
  days: number;
  fee: number;
  papers: [code: string, name: string][];
  applicants: string;
  result: [code: string, name: string];
  legal: [number: string, title: string][];
  agency: [eId: string, name: string];
  published?: boolean;
};

const TEMPLATE_BASE = 'https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=';

function procedure(seed: Seed, index: number): PortalProcedure {
  return {
    MATTHC: seed.code,
    TENTTHC: seed.name,
    MATTHCDP: `${seed.code}.000.00.00.H26`,
    LINHVUCTHUCHIEN: [{ MALINHVUC: seed.sector[0], TENLINHVUC: seed.sector[1] }],
    TRINHTUTHUCHIEN: [
      { TRUONGHOP: null, TRINHTU: seed.steps.map((TENTRINHTU) => ({ TENTRINHTU })) },
    ],
    CACHTHUCTHUCHIEN: ['1', '2'].map((KENH) => ({
      KENH: KENH as '1' | '2',
      THOIGIAN: [
        {
          THOIGIANGIAIQUYET: seed.days,
          DONVITINH: 'Ngày làm việc',
          MOTA: `${seed.days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`,
          PHILEPHI: [
            {
              MAPHILEPHI: `LP${String(index + 1).padStart(2, '0')}`,
              SOTIEN: seed.fee,
              DONVI: 'Đồng',
              MOTA: seed.fee === 0 ? 'Miễn lệ phí' : 'Lệ phí',
            },
          ],
        },
      ],
    })),
    THANHPHANHOSO: [
      {
        GIAYTO: seed.papers.map(([MAGIAYTO, TENGIAYTO], i) => ({
          MAGIAYTO,
          TENGIAYTO,
          TENMAUDON: i === 0 ? `Mẫu ${TENGIAYTO.toLowerCase()}` : null,
          URL: i === 0 ? `${TEMPLATE_BASE}${seed.code.replace('.', '')}${i}` : null,
        })),
      },
    ],
    DOITUONGTHUCHIEN: [{ TENDOITUONG: seed.applicants }],
    YEUCAU: 'Không',
    MOTADOITUONGTHUCHIEN: '',
    KETQUATHUCHIEN: [{ MAKETQUA: seed.result[0], TENKETQUA: seed.result[1] }],
    CANCUPHAPLY: seed.legal.map(([SOVANBAN, TENVANBAN]) => ({ SOVANBAN, TENVANBAN })),
    COQUANTHUCHIEN: [{ MADONVI: seed.agency[0], TENDONVI: seed.agency[1] }],
    TRANGTHAI: seed.published === false ? 0 : 1,
  };
}

const HO_TICH: [string, string] = ['G09-TP01', 'Hộ tịch'];
const UBND_XA: [string, string] = ['000.00.01.H26', 'UBND phường Ba Đình'];
const LUAT_HO_TICH: [string, string] = ['60/2014/QH13', 'Luật Hộ tịch'];
const ND_123: [string, string] = [
  '123/2015/NĐ-CP',
  'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
];

const SEEDS: Seed[] = [
  {
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    sector: HO_TICH,
    steps: ['Nộp hồ sơ', 'Công chức tư pháp – hộ tịch kiểm tra', 'Trả kết quả'],
    days: 1,
    fee: 0,
    papers: [
      ['GT01', 'Tờ khai đăng ký khai sinh'],
      ['GT02', 'Giấy chứng sinh'],
    ],
    applicants: 'Công dân Việt Nam',
    result: ['KQ.G09-TP01.000001', 'Giấy khai sinh'],
    legal: [LUAT_HO_TICH, ND_123],
    agency: UBND_XA,
  },
  {
    code: '1.000894',
    name: 'Thủ tục đăng ký kết hôn',
    sector: HO_TICH,
    steps: ['Nộp hồ sơ', 'Kiểm tra hồ sơ', 'Hai bên nam, nữ ký Giấy chứng nhận kết hôn'],
    days: 1,
    fee: 0,
    papers: [['GT01', 'Tờ khai đăng ký kết hôn']],
    applicants: 'Công dân Việt Nam',
    result: ['KQ.G09-TP01.000002', 'Giấy chứng nhận kết hôn'],
    legal: [LUAT_HO_TICH, ND_123],
    agency: UBND_XA,
  },
  {
    code: '1.000656',
    name: 'Thủ tục đăng ký khai tử',
    sector: HO_TICH,
    steps: ['Nộp hồ sơ', 'Kiểm tra hồ sơ', 'Trả kết quả'],
    days: 1,
    fee: 0,
    papers: [
      ['GT01', 'Tờ khai đăng ký khai tử'],
      ['GT02', 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử'],
    ],
    applicants: 'Công dân Việt Nam',
    result: ['KQ.G09-TP01.000003', 'Trích lục khai tử'],
    legal: [LUAT_HO_TICH, ND_123],
    agency: UBND_XA,
  },
  {
    code: '1.001776',
    name: 'Thủ tục chuyển trường đối với học sinh trung học phổ thông',
    sector: ['G03-GD10', 'Giáo dục Trung học'],
    steps: ['Nộp hồ sơ', 'Hiệu trưởng trường nơi đến tiếp nhận', 'Trả kết quả'],
    days: 3,
    fee: 0,
    papers: [
      ['GT01', 'Đơn xin chuyển trường'],
      ['GT02', 'Học bạ'],
    ],
    applicants: 'Học sinh trung học phổ thông',
    result: ['KQ.G03-GD10.000001', 'Quyết định tiếp nhận học sinh chuyển trường'],
    legal: [['32/2020/TT-BGDĐT', 'Thông tư ban hành Điều lệ trường trung học']],
    agency: ['000.00.00.H26', 'Sở Giáo dục và Đào tạo'],
  },
  {
    code: '2.000488',
    name: 'Thủ tục cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    sector: ['G09-TP05', 'Lý lịch tư pháp'],
    steps: ['Nộp hồ sơ', 'Tra cứu, xác minh thông tin', 'Cấp Phiếu lý lịch tư pháp'],
    days: 10,
    fee: 200_000,
    papers: [['GT01', 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp']],
    applicants: 'Công dân Việt Nam',
    result: ['KQ.G09-TP05.000001', 'Phiếu lý lịch tư pháp'],
    legal: [['28/2009/QH12', 'Luật Lý lịch tư pháp']],
    agency: ['000.00.00.H26', 'Sở Tư pháp'],
  },
  {
    code: '2.000720',
    name: 'Thủ tục đăng ký thành lập hộ kinh doanh',
    sector: ['G03-KH11', 'Thành lập và hoạt động của hộ kinh doanh'],
    steps: ['Nộp hồ sơ', 'Kiểm tra tính hợp lệ của hồ sơ', 'Cấp Giấy chứng nhận'],
    days: 3,
    fee: 100_000,
    papers: [['GT01', 'Giấy đề nghị đăng ký hộ kinh doanh']],
    applicants: 'Cá nhân, thành viên hộ gia đình',
    result: ['KQ.G03-KH11.000001', 'Giấy chứng nhận đăng ký hộ kinh doanh'],
    legal: [['01/2021/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp']],
    agency: ['000.00.01.H26', 'UBND phường Ba Đình'],
  },
  {
    code: '1.003208',
    name: 'Thủ tục xác nhận thông tin hộ tịch (đã bãi bỏ)',
    sector: HO_TICH,
    steps: ['Nộp hồ sơ', 'Trả kết quả'],
    days: 3,
    fee: 0,
    papers: [['GT01', 'Tờ khai xác nhận thông tin hộ tịch']],
    applicants: 'Công dân Việt Nam',
    result: ['KQ.G09-TP01.000009', 'Văn bản xác nhận thông tin hộ tịch'],
    legal: [LUAT_HO_TICH],
    agency: UBND_XA,
    published: false,
  },
];

/** The catalogue by MATTHC, in a stable order; the last entry is not published (TRANGTHAI 0). */
export const SIMULATED_CATALOGUE: ReadonlyMap<string, PortalProcedure> = new Map(
  SEEDS.map((seed, i) => [seed.code, procedure(seed, i)]),
);
