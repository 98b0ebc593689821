// The business connector's classification table: gateway statuses (upstream unavailable ≠ not found) and OAuth2 errors.
import { defineClassifier, lgspOAuthCodeRules } from '../kit/index.ts';

export const BUSINESS_REASONS = {
  invalidCode: 'business.invalid_code',
  unavailable: 'business.unavailable',
  unexpectedResponse: 'business.unexpected_response',
  mappingInvalid: 'mapping.invalid',
} as const;

const unavailable = { class: 'transient', reason: BUSINESS_REASONS.unavailable } as const;

export const businessClassifier = defineClassifier({
  http: {
    // The gateway answers 400 to a code it cannot read.
    '400': { class: 'permanent', reason: BUSINESS_REASONS.invalidCode },
    '429': { class: 'throttled', reason: 'business.throttled', retryAfterMs: 60_000 },
    // WSO2 101503 "Error connecting to the back end" / 101504 "Connection timed out": the national
    // registry behind the gateway is unreachable. Transient, and never a "not found".
    '502': unavailable,
    '503': unavailable,
    '504': unavailable,
  },
  // The token endpoint's errors: business.invalid_client (auth), business.token_rejected (permanent).
  codes: lgspOAuthCodeRules('business'),
});
