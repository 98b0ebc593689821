// The one-stop connector's classification table: HTTP statuses and the one-stop's own MaLoi codes.
import { defineClassifier } from '../kit/index.ts';

/** MaLoi values the one-stop callback API answers with (its error body: ThanhCong false, MaLoi, ThongBao). */
export const ONE_STOP_ERROR_CODES = {
  invalidApiKey: 'API_KEY_KHONG_HOP_LE',
  invalidPayload: 'DU_LIEU_KHONG_HOP_LE',
  invalidDossierCode: 'MA_HO_SO_KHONG_HOP_LE',
  invalidPage: 'TRANG_KHONG_HOP_LE',
  keyReused: 'KHOA_IDEMPOTENCY_DA_DUNG',
  notFound: 'KHONG_TIM_THAY',
  rateLimited: 'VUOT_HAN_MUC',
  maintenance: 'HE_THONG_BAO_TRI',
  internal: 'LOI_HE_THONG',
} as const;

const C = ONE_STOP_ERROR_CODES;

export const oneStopClassifier = defineClassifier({
  http: {
    '401': { class: 'auth', reason: 'one-stop.invalid_api_key' },
    '409': { class: 'permanent', reason: 'one-stop.conflict' },
    '422': { class: 'permanent', reason: 'one-stop.unprocessable' },
  },
  codes: {
    [C.invalidApiKey]: { class: 'auth', reason: 'one-stop.invalid_api_key' },
    [C.invalidPayload]: { class: 'permanent', reason: 'one-stop.invalid_payload' },
    [C.invalidDossierCode]: { class: 'permanent', reason: 'one-stop.invalid_dossier_code' },
    [C.invalidPage]: { class: 'permanent', reason: 'one-stop.invalid_page' },
    [C.keyReused]: { class: 'permanent', reason: 'one-stop.idempotency_key_reused' },
    [C.notFound]: { class: 'permanent', reason: 'one-stop.not_found' },
    [C.rateLimited]: { class: 'throttled', reason: 'one-stop.rate_limited', retryAfterMs: 5_000 },
    [C.maintenance]: { class: 'transient', reason: 'one-stop.maintenance' },
    [C.internal]: { class: 'transient', reason: 'one-stop.internal_error' },
  },
});

/** Reasons the connector raises itself (not from the one-stop's answers). */
export const ONE_STOP_REASONS = {
  mappingInvalid: 'mapping.invalid',
  unexpectedResponse: 'one-stop.unexpected_response',
  resendInvalid: 'one-stop.resend_invalid',
  payloadInvalid: 'one-stop.payload_invalid',
} as const;
