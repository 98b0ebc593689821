// Synthetic canonical records that parse: starting points for tests of mappings and connectors.
// Every identifier here is made up; the agency e-ID prefix is illustrative, not Hà Nội's real one.
import type { Citizen } from './citizen.ts';
import type { Dossier } from './dossier.ts';
import type { DossierEvent } from './dossier-event.ts';
import type { Organization } from './organization.ts';
import type { Payment } from './payment.ts';
import type { Procedure } from './procedure.ts';

export const exampleCitizen: Citizen = {
  kind: 'citizen',
  fullName: 'Nguyễn Văn An',
  nameParts: { family: 'Nguyễn', middle: 'Văn', given: 'An' },
  personalId: '001090000123',
  birthDate: '1990-05-12',
  sex: 'male',
  phone: '0912345678',
  email: 'an.nguyen@example.vn',
  permanentAddress: {
    province: { code: '01', listVersion: '2025-07', name: 'Thành phố Hà Nội' },
    commune: { code: '00004', listVersion: '2025-07', name: 'Phường Ba Đình' },
    detail: 'Số 1 phố Ví Dụ',
  },
};

export const exampleOrganization: Organization = {
  kind: 'enterprise',
  name: 'Công ty TNHH Ví Dụ',
  enterpriseCode: '0100109106',
  headOffice: {
    province: { code: '01', listVersion: '2025-01' },
    district: { code: '001', listVersion: '2025-01' },
    commune: { code: '00004', listVersion: '2025-01' },
    detail: 'Số 2 phố Ví Dụ',
  },
  businessLines: [{ code: '6201', name: 'Lập trình máy vi tính', main: true }],
};

export const exampleProcedure: Procedure = {
  code: '1.001776',
  name: 'Thủ tục ví dụ',
  localCode: '1.001776.000.00.00.H26',
  sectors: [{ code: 'G03-GD10', name: 'Giáo dục Trung học' }],
  steps: [{ steps: ['Nộp hồ sơ', 'Tiếp nhận', 'Trả kết quả'] }],
  channels: [
    {
      channel: 'online',
      timings: [{ duration: 5, unit: 'Ngày làm việc', fees: [{ amount: 50000, unit: 'Đồng' }] }],
    },
  ],
  components: [{ code: 'GT01', name: 'Tờ khai' }],
  applicantTypes: ['Công dân Việt Nam'],
  results: [{ code: 'KQ01', name: 'Giấy chứng nhận' }],
  legalBasis: [{ number: '01/2018/TT-VPCP', title: 'Thông tư hướng dẫn thi hành' }],
  agencies: [{ code: '000.00.00.H26', eId: '000.00.00.H26', name: 'UBND thành phố' }],
  published: true,
  serviceLevel: 'full',
};

export const exampleDossier: Dossier = {
  code: '000.00.00.H26-250314-0001',
  procedure: { code: '1.001776', name: 'Thủ tục ví dụ' },
  sector: { code: 'G03-GD10', name: 'Giáo dục Trung học' },
  channel: 'online',
  serviceLevel: 'full',
  owner: exampleCitizen,
  summary: 'Đề nghị cấp giấy chứng nhận',
  dates: {
    submittedAt: '2025-03-14T08:05:00+07:00',
    receivedAt: '2025-03-14T09:30:00+07:00',
    dueAt: '2025-03-21T17:00:00+07:00',
  },
  status: 'processing',
  processingAgency: { eId: '000.00.00.H26', name: 'UBND thành phố' },
  receivingUnit: { level: 'city', unit: { code: '01', listVersion: '2025-01' } },
  documents: [
    {
      name: 'Tờ khai',
      componentCode: 'GT01',
      downloadUrl: 'https://files.example.vn/hoso/1/tokhai.pdf',
      digitizationState: 'digitized',
    },
  ],
  fees: [{ name: 'Lệ phí', amount: 50000, paid: true }],
  results: [],
  supplements: [],
  hasDigitizedComponents: true,
  vneidVerified: true,
  paidOnline: true,
};

export const exampleDossierEvent: DossierEvent = {
  dossierCode: exampleDossier.code,
  sequence: 1,
  actor: { name: 'Cán bộ một cửa' },
  at: '2025-03-14T09:30:00+07:00',
  content: 'Tiếp nhận hồ sơ',
  status: 'received',
};

export const examplePayment: Payment = {
  reference: 'PAY-20250314-0001',
  amount: 50000,
  currency: 'VND',
  initiatedAt: '2025-03-14T08:10:00+07:00',
  dossierCode: exampleDossier.code,
  procedureCode: '1.001776',
  fees: [{ name: 'Lệ phí', code: '1', amount: 50000 }],
};
