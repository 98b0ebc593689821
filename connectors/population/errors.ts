// The population connector's classification table: gateway statuses, envelope error codes, hostile XML, OAuth2.
import { defineClassifier, lgspOAuthCodeRules } from '../kit/index.ts';

export const POPULATION_REASONS = {
  unavailable: 'population.unavailable',
  invalidRequest: 'population.invalid_request',
  notAuthorised: 'population.not_authorised',
  duplicateRequest: 'population.duplicate_request',
  unexpectedResponse: 'population.unexpected_response',
  xmlForbidden: 'population.xml_forbidden',
  xmlTooDeep: 'population.xml_too_deep',
  xmlTooLarge: 'population.xml_too_large',
  xmlMalformed: 'population.xml_malformed',
  mappingInvalid: 'mapping.invalid',
} as const;

const unavailable = { class: 'transient', reason: POPULATION_REASONS.unavailable } as const;

export const populationClassifier = defineClassifier({
  http: {
    '400': { class: 'permanent', reason: POPULATION_REASONS.invalidRequest },
    '429': { class: 'throttled', reason: 'population.throttled', retryAfterMs: 60_000 },
    // WSO2 101503/101504: CSDLQG về dân cư behind the gateway is unreachable. Never a "not found".
    '502': unavailable,
    '503': unavailable,
    '504': unavailable,
  },
  codes: {
    // error_code of the gateway's {error_code, message} envelope [I: code list not published].
    'error_code.1': { class: 'permanent', reason: POPULATION_REASONS.invalidRequest },
    'error_code.2': { class: 'permanent', reason: POPULATION_REASONS.notAuthorised },
    'error_code.3': { class: 'permanent', reason: POPULATION_REASONS.duplicateRequest },
    'error_code.99': unavailable,
    // Token endpoint errors: population.invalid_client (auth), population.token_rejected.
    ...lgspOAuthCodeRules('population'),
  },
});
