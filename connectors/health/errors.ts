// The health connector's classification table: LGSP (WSO2) statuses, OAuth2 errors and the link-up's errorCode values.
import { defineClassifier, lgspOAuthCodeRules } from '../kit/index.ts';

/** Reasons this connector produces itself (not from a table lookup). */
export const HEALTH_REASONS = {
  unexpectedResponse: 'health.unexpected_response',
  unsupportedKind: 'health.unsupported_kind',
  invalidInput: 'health.invalid_input',
  resultMismatch: 'health.result_mismatch',
  mappingInvalid: 'mapping.invalid',
} as const;

/** Code for an envelope with status 0 and no errorCode (the result and certificate services). */
export const STATUS_ZERO = 'STATUS_0';

export const healthClassifier = defineClassifier({
  http: {
    // WSO2 API Manager: 900800 "Message throttled out".
    '429': { class: 'throttled', reason: 'health.throttled', retryAfterMs: 60_000 },
  },
  codes: {
    // OAuth2 token endpoint errors: health.invalid_client (auth), health.token_rejected (permanent).
    ...lgspOAuthCodeRules('health'),
    // errorCode of a status "0" submission answer [I: the link-up's codes are not published].
    HS_KHONG_HOP_LE: { class: 'permanent', reason: 'health.invalid_submission' },
    MODULE_KHONG_HO_TRO: { class: 'permanent', reason: 'health.unsupported_module' },
    HE_THONG_QUA_TAI: { class: 'throttled', reason: 'health.busy', retryAfterMs: 30_000 },
    LOI_HE_THONG: { class: 'transient', reason: 'health.system_error' },
    // A result query the service could not read.
    YEU_CAU_KHONG_HOP_LE: { class: 'permanent', reason: 'health.invalid_request' },
    [STATUS_ZERO]: { class: 'transient', reason: 'health.request_failed' },
  },
});
