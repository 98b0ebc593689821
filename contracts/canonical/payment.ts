// A payment request to the DVCQG Payment Platform (INIT message with its ThongTinBienLai receipt data).
import { z } from 'zod';
import { DossierCodeSchema } from '../validators/dossier-code.ts';
import { IdentityNumberSchema } from '../validators/identity-number.ts';
import { FeeSchema } from './fee.ts';
import {
  CodeSchema,
  InstantSchema,
  NationalProcedureCodeSchema,
  TextSchema,
  VndSchema,
} from './scalars.ts';

export const PaymentBeneficiarySchema = z.strictObject({
  /** TKThuHuong: beneficiary account number. */
  accountNumber: CodeSchema,
  /** MaNHThuHuong: beneficiary bank code. */
  bankCode: CodeSchema,
  /** TenTKThuHuong: beneficiary account name. */
  accountName: TextSchema,
  /** KhoBac: State Treasury branch, when fees go to the treasury. */
  treasury: TextSchema.optional(),
});
export type PaymentBeneficiary = z.infer<typeof PaymentBeneficiarySchema>;

export const PaymentSchema = z.strictObject({
  /** MaThamChieu: the partner's unique reference for this transaction. */
  reference: CodeSchema,
  /** MaDoiTac: partner code assigned by the platform. */
  partnerCode: CodeSchema.optional(),
  /** SoTien: total amount in VND. */
  amount: VndSchema,
  /** MaTienTe: always VND. */
  currency: z.literal('VND'),
  /** MaKenhThanhToan: payment-channel code. */
  paymentChannelCode: CodeSchema.optional(),
  /** ThoiGianGD: when the transaction was initiated. */
  initiatedAt: InstantSchema,
  /** ThongTinBienLai.MaHoSo: the dossier paid for. */
  dossierCode: DossierCodeSchema,
  /** ThongTinBienLai.MaTTHC: national procedure code. */
  procedureCode: NationalProcedureCodeSchema,
  /** ThongTinBienLai.TenTTHC: procedure name. */
  procedureName: TextSchema.optional(),
  /** ThongTinBienLai.MaDVC: public-service code. */
  publicServiceCode: CodeSchema.optional(),
  /** ThongTinBienLai.MaDonVi: collecting agency code. */
  agencyCode: CodeSchema.optional(),
  /** TKThuHuong, MaNHThuHuong, TenTKThuHuong, KhoBac: where the money goes. */
  beneficiary: PaymentBeneficiarySchema.optional(),
  /** NoiDungThanhToan: payment description. */
  description: TextSchema.optional(),
  /** HoTenNguoiNop: payer's full name. */
  payerName: TextSchema.optional(),
  /** SoCMNDNguoiNop: payer's identity number (12-digit ID or legacy 9-digit). */
  payerIdNumber: IdentityNumberSchema.optional(),
  /** PhiLePhi: the fees this payment covers. */
  fees: z.array(FeeSchema),
});
export type Payment = z.infer<typeof PaymentSchema>;
