// The business connector: validate the enterprise code, look it up through the gateway, map GetEntCert → Organization.

import { validateEnterpriseCode } from '../../contracts/validators/enterprise-code.ts';
import type { ValidationIssue } from '../../contracts/validators/validation-result.ts';
import { type EnterpriseLookupOutcome, entCertToCanonical } from '../../mappings/business/index.ts';
import type { FieldIssue } from '../../mappings/engine/index.ts';
import {
  type CallContext,
  ConnectorError,
  defineConnector,
  measureCheck,
  withOperation,
} from '../kit/index.ts';
import { createBusinessClient } from './client.ts';
import { BUSINESS_SECRETS, BusinessConfigSchema } from './config.ts';
import { BUSINESS_REASONS, businessClassifier } from './errors.ts';
import { businessManifest } from './manifest.ts';

const connectorId = businessManifest.id;
const op = { connectorId, classifier: businessClassifier };

export interface LookupEnterpriseInput {
  /** Mã số doanh nghiệp: 10 digits, or 13 for a dependent unit (`NNNNNNNNNN-NNN`, hyphen optional). */
  code: string;
}

/** Found with the canonical Organization, or not found; an unreachable registry is an error instead. */
export type EnterpriseLookup = EnterpriseLookupOutcome;

/** Rule codes only: the code itself stays out of messages and logs. */
function invalidCode(issues: readonly ValidationIssue[]): ConnectorError {
  return new ConnectorError({
    connectorId,
    errorClass: 'permanent',
    reason: BUSINESS_REASONS.invalidCode,
    message: `${connectorId}: ${BUSINESS_REASONS.invalidCode} (${issues.map((i) => i.code).join(', ')})`,
  });
}

function mappingInvalid(errors: readonly FieldIssue[], response: unknown): ConnectorError {
  const fields = errors.map((e) => `${e.path || '(root)'}: ${e.rule}`).join('; ');
  return new ConnectorError({
    connectorId,
    errorClass: 'permanent',
    reason: BUSINESS_REASONS.mappingInvalid,
    message: `${connectorId}: ${BUSINESS_REASONS.mappingInvalid} (${fields})`,
    response,
  });
}

export const businessConnector = defineConnector({
  manifest: businessManifest,
  config: BusinessConfigSchema,
  secrets: BUSINESS_SECRETS,
  create(config, deps) {
    const client = createBusinessClient(config, deps);

    const lookupEnterprise = (
      input: LookupEnterpriseInput,
      ctx?: CallContext,
    ): Promise<EnterpriseLookup> =>
      withOperation(op, ctx, async (signal) => {
        const code = typeof input?.code === 'string' ? input.code : '';
        const checked = validateEnterpriseCode(code);
        if (!checked.ok) throw invalidCode(checked.issues);
        const response = await client.lookup(checked.value, signal);
        const mapped = entCertToCanonical.run(response);
        if (!mapped.ok) throw mappingInvalid(mapped.errors, response);
        if (mapped.warnings.length > 0) {
          deps.logger.warn(
            { connectorId, warnings: mapped.warnings.map((w) => `${w.path}: ${w.rule}`) },
            'enterprise record mapped with warnings',
          );
        }
        return mapped.value;
      });

    return {
      manifest: businessManifest,
      operations: { lookupEnterprise },
      check: (ctx) =>
        measureCheck(() => withOperation(op, ctx, (signal) => client.ping(signal)), deps.now),
      close: () => client.close(),
    };
  },
});
