// The procedures the sandbox one-stop handles: national codes, sectors, components, fees and results.
// Codes 1.001193, 1.000656, 1.000894, 2.000815, 2.000884, 3.000181, 3.000182 are national catalogue codes seen
// in public sources; 1.001776's exact title, the sector codes (except G03-GD10) and all result codes are [I].

export type Applicants = 'newborn' | 'death' | 'marriage' | 'adult' | 'elderly' | 'thpt' | 'thcs';

export interface ProcedureSpec {
  /** National code (MATTHC). */
  code: string;
  /** The one-stop's published variant, when it keeps one. */
  localCode?: string;
  name: string;
  sector: { code: string; name: string };
  /** Where it is received: commune UBND, city department, or district before 2025-07 / commune after. */
  level: 'commune' | 'city' | 'district-then-commune';
  department?: 'education' | 'justice';
  /** MucDo: "2" information only, "3" partly online, "4" fully online. */
  mucDo: '2' | '3' | '4';
  /** Processing time in working days (0: the same day). */
  days: number;
  timeText: string;
  components: readonly { code: string; name: string; paperCode: string }[];
  fee?: { name: string; code: string; perUnit: number; units: readonly [number, number] };
  result: { code: string; name: string; symbol: string };
  applicants: Applicants;
  decision: string;
  interconnected: boolean;
  /** Share of the traffic. */
  weight: number;
}

const HO_TICH = { code: 'G09-TP01', name: 'Hộ tịch' };
const CHUNG_THUC = { code: 'G09-TP02', name: 'Chứng thực' };
const BAO_TRO = { code: 'G12-LD04', name: 'Bảo trợ xã hội' };
const TRUNG_HOC = { code: 'G03-GD10', name: 'Giáo dục Trung học' };

export const PROCEDURES: readonly ProcedureSpec[] = [
  {
    code: '1.001193',
    localCode: '1.001193.000.00.00.H26',
    name: 'Thủ tục đăng ký khai sinh',
    sector: HO_TICH,
    level: 'commune',
    mucDo: '4',
    days: 0,
    timeText: 'Ngay trong ngày tiếp nhận hồ sơ',
    components: [
      { code: 'TP01', name: 'Tờ khai đăng ký khai sinh', paperCode: 'GT-KS-01' },
      { code: 'TP02', name: 'Giấy chứng sinh', paperCode: 'GT-KS-02' },
    ],
    result: { code: 'KQ.G09-TP01.000001', name: 'Giấy khai sinh', symbol: 'KS' },
    applicants: 'newborn',
    decision: '1872/QĐ-BTP',
    interconnected: true,
    weight: 22,
  },
  {
    code: '1.000656',
    name: 'Thủ tục đăng ký khai tử',
    sector: HO_TICH,
    level: 'commune',
    mucDo: '4',
    days: 0,
    timeText: 'Ngay trong ngày tiếp nhận hồ sơ',
    components: [
      { code: 'TP01', name: 'Tờ khai đăng ký khai tử', paperCode: 'GT-KT-01' },
      {
        code: 'TP02',
        name: 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử',
        paperCode: 'GT-KT-02',
      },
    ],
    result: { code: 'KQ.G09-TP01.000003', name: 'Trích lục khai tử', symbol: 'TLKT' },
    applicants: 'death',
    decision: '1872/QĐ-BTP',
    interconnected: true,
    weight: 8,
  },
  {
    code: '1.000894',
    localCode: '1.000894.000.00.00.H26',
    name: 'Thủ tục đăng ký kết hôn',
    sector: HO_TICH,
    level: 'commune',
    mucDo: '3',
    days: 0,
    timeText: 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh không quá 05 ngày làm việc',
    components: [{ code: 'TP01', name: 'Tờ khai đăng ký kết hôn', paperCode: 'GT-KH-01' }],
    result: { code: 'KQ.G09-TP01.000002', name: 'Giấy chứng nhận kết hôn', symbol: 'KH' },
    applicants: 'marriage',
    decision: '1872/QĐ-BTP',
    interconnected: false,
    weight: 10,
  },
  {
    code: '2.000815',
    name: 'Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    sector: CHUNG_THUC,
    level: 'commune',
    mucDo: '3',
    days: 0,
    timeText: 'Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu',
    components: [
      {
        code: 'TP01',
        name: 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao',
        paperCode: 'GT-CT-01',
      },
    ],
    fee: {
      name: 'Phí chứng thực bản sao từ bản chính',
      code: 'PHI-CT-BS',
      perUnit: 2_000,
      units: [1, 6],
    },
    result: { code: 'KQ.G09-TP02.000001', name: 'Bản sao có chứng thực', symbol: 'SCT/BS' },
    applicants: 'adult',
    decision: '1329/QĐ-BTP',
    interconnected: false,
    weight: 20,
  },
  {
    code: '2.000884',
    name: 'Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản',
    sector: CHUNG_THUC,
    level: 'commune',
    mucDo: '2',
    days: 0,
    timeText: 'Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu',
    components: [
      { code: 'TP01', name: 'Giấy tờ, văn bản cần chứng thực chữ ký', paperCode: 'GT-CT-02' },
    ],
    fee: { name: 'Phí chứng thực chữ ký', code: 'PHI-CT-CK', perUnit: 10_000, units: [1, 2] },
    result: {
      code: 'KQ.G09-TP02.000002',
      name: 'Giấy tờ, văn bản đã chứng thực chữ ký',
      symbol: 'SCT/CK',
    },
    applicants: 'adult',
    decision: '1329/QĐ-BTP',
    interconnected: false,
    weight: 10,
  },
  {
    code: '1.001776',
    localCode: '1.001776.000.00.00.H26',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng',
    sector: BAO_TRO,
    level: 'commune',
    mucDo: '3',
    days: 15,
    timeText: '15 ngày làm việc',
    components: [
      { code: 'TP01', name: 'Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a)', paperCode: 'GT-TC-01' },
    ],
    result: {
      code: 'KQ.G12-LD04.000001',
      name: 'Quyết định hưởng trợ cấp xã hội hằng tháng',
      symbol: 'QĐ-UBND',
    },
    applicants: 'elderly',
    decision: '2211/QĐ-LĐTBXH',
    interconnected: false,
    weight: 8,
  },
  {
    code: '3.000181',
    name: 'Tuyển sinh trung học phổ thông',
    sector: TRUNG_HOC,
    level: 'city',
    department: 'education',
    mucDo: '4',
    days: 20,
    timeText: 'Theo kế hoạch tuyển sinh hằng năm',
    components: [
      { code: 'TP01', name: 'Phiếu đăng ký dự tuyển vào lớp 10', paperCode: 'GT-TS10-01' },
      { code: 'TP02', name: 'Bản sao giấy khai sinh hợp lệ', paperCode: 'GT-TS10-02' },
      { code: 'TP03', name: 'Học bạ cấp trung học cơ sở', paperCode: 'GT-TS10-03' },
    ],
    result: {
      code: 'KQ.G03-GD10.000001',
      name: 'Thông báo kết quả trúng tuyển vào lớp 10',
      symbol: 'TB-SGDĐT',
    },
    applicants: 'thpt',
    decision: '2534/QĐ-BGDĐT',
    interconnected: true,
    weight: 12,
  },
  {
    code: '3.000182',
    name: 'Tuyển sinh trung học cơ sở',
    sector: TRUNG_HOC,
    level: 'district-then-commune',
    mucDo: '4',
    days: 15,
    timeText: 'Theo kế hoạch tuyển sinh hằng năm',
    components: [
      { code: 'TP01', name: 'Đơn đăng ký tuyển sinh vào lớp 6', paperCode: 'GT-TS6-01' },
      { code: 'TP02', name: 'Bản sao giấy khai sinh hợp lệ', paperCode: 'GT-TS6-02' },
      { code: 'TP03', name: 'Học bạ cấp tiểu học', paperCode: 'GT-TS6-03' },
    ],
    result: {
      code: 'KQ.G03-GD10.000002',
      name: 'Thông báo kết quả trúng tuyển vào lớp 6',
      symbol: 'TB-UBND',
    },
    applicants: 'thcs',
    decision: '2534/QĐ-BGDĐT',
    interconnected: true,
    weight: 10,
  },
];

/** The code the one-stop writes in MaTTHC: its local variant when it keeps one. */
export const maTTHCOf = (spec: ProcedureSpec): string => spec.localCode ?? spec.code;
