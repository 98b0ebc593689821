// GiaoDucService at wire level: TiepNhanHoSo and TraCuuKetQua over the kit's SOAP client, answers validated.
import type { z } from 'zod';
import {
  EDUCATION_WSDL_PATH,
  type EducationTiepNhanHoSoRequest,
  EducationTiepNhanHoSoResponseSchema,
  EducationTraCuuKetQuaResponseSchema,
} from '../../contracts/wire/education/index.ts';
import {
  ConnectorError,
  createSoapClient,
  type ResolvedDeps,
  type SoapCallResult,
  soapClientOptions,
  wsSecurityUsernameToken,
} from '../kit/index.ts';
import type { EducationConfig } from './config.ts';
import { EDUCATION_REASONS, educationClassifier, educationFaultCode } from './errors.ts';
import { educationManifest } from './manifest.ts';

const connectorId = educationManifest.id;

/** The parsed output element in its wire shape, or a permanent error carrying the raw answer. */
function read<S extends z.ZodType>(res: SoapCallResult<unknown>, schema: S): z.output<S> {
  const parsed = schema.safeParse(res.result);
  if (parsed.success) return parsed.data;
  throw new ConnectorError({
    connectorId,
    errorClass: 'permanent',
    reason: EDUCATION_REASONS.unexpectedResponse,
    status: res.status,
    request: res.request,
    response: { status: res.status, body: res.response },
  });
}

export type EducationClient = ReturnType<typeof createEducationClient>;

export function createEducationClient(config: EducationConfig, deps: ResolvedDeps) {
  const soap = createSoapClient(
    soapClientOptions(educationManifest, config, {
      wsdlPath: EDUCATION_WSDL_PATH,
      classifier: educationClassifier,
      faultDetailCode: educationFaultCode,
      headers: { soap: [wsSecurityUsernameToken(config.username, config.password)] },
      http: deps.fetch,
    }),
  );

  return {
    /** TiepNhanHoSo: DA_TIEP_NHAN for a new MaHoSo, DA_TON_TAI for one received before. */
    async receive(request: EducationTiepNhanHoSoRequest, signal?: AbortSignal) {
      const res = await soap.call('TiepNhanHoSo', request, { signal });
      return read(res, EducationTiepNhanHoSoResponseSchema);
    },
    /** TraCuuKetQua; an unknown MaHoSo is a fault (education.dossier_not_found). */
    async query(maHoSo: string, signal?: AbortSignal) {
      const res = await soap.call('TraCuuKetQua', { MaHoSo: maHoSo }, { signal });
      return read(res, EducationTraCuuKetQuaResponseSchema);
    },
    close: () => soap.close(),
  };
}
