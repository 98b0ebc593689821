// The citizen lookup request to CSDLQG về dân cư through the provincial gateway, and its JSON envelope answer.
import { z } from 'zod';

/**
 * POST JSON body ([V] TH `GetCSDLDanCuQueryHandler.cs`; DOMAIN §5.1). All strings. NgayThangNam is
 * `yyyyMMdd` and Nam the birth year (the CongDan reply uses the same layout); one of SoDinhDanh (12
 * digits) or SoCMND (9 digits) is required, the other may be "". Sample config: MaTichHop "037",
 * MaDVC "VPCP". TH builds MaYeuCau as prefix + current second, which is not unique; send a UUID [I].
 */
export const PopulationRequestSchema = z
  .object({
    HoVaTen: z.string().min(1),
    SoDinhDanh: z.union([z.literal(''), z.string().regex(/^\d{12}$/)]),
    SoCMND: z.union([z.literal(''), z.string().regex(/^\d{9}$/)]),
    NgayThangNam: z.union([
      z.literal(''),
      z.string().regex(/^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/),
    ]),
    Nam: z.string().regex(/^\d{4}$/),
    MaTichHop: z.string().min(1),
    MaDVC: z.string().min(1),
    MaCanBo: z.string().min(1),
    MaYeuCau: z.string().min(1),
  })
  .superRefine((request, ctx) => {
    if (request.SoDinhDanh === '' && request.SoCMND === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['SoDinhDanh'],
        message: 'SoDinhDanh or SoCMND is required',
      });
    }
    if (request.NgayThangNam !== '' && !request.NgayThangNam.startsWith(request.Nam)) {
      ctx.addIssue({
        code: 'custom',
        path: ['Nam'],
        message: 'Nam differs from the year of NgayThangNam',
      });
    }
  });
export type PopulationRequest = z.infer<typeof PopulationRequestSchema>;

/**
 * The gateway's answer `{error_code, message}` ([V] TH `CSDLDanCuResponse`, both strings): `message`
 * is a SOAP XML string `Envelope/Body/CongdanCollection/CongDan`, see PopulationEnvelopeSchema.
 * error_code "0" is success [I]; numbers are accepted too.
 */
export const PopulationResponseSchema = z.object({
  error_code: z.union([z.string(), z.number().int()]),
  message: z.string(),
});
export type PopulationResponse = z.infer<typeof PopulationResponseSchema>;
