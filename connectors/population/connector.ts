// The population connector: verify a citizen (ID + full name + birth date) against CSDLQG về dân cư, audited.
import { randomUUID } from 'node:crypto';
import type { Citizen } from '../../contracts/canonical/citizen.ts';
import type { FieldIssue } from '../../mappings/engine/index.ts';
import {
  createLookupToPopulationMapping,
  parseCitizenResponse,
} from '../../mappings/population/index.ts';
import {
  type CallContext,
  ConnectorError,
  defineConnector,
  inspectXml,
  isConnectorError,
  measureCheck,
  withOperation,
} from '../kit/index.ts';
import { createPopulationClient } from './client.ts';
import { POPULATION_SECRETS, PopulationConfigSchema } from './config.ts';
import { POPULATION_REASONS, populationClassifier } from './errors.ts';
import { populationManifest } from './manifest.ts';

const connectorId = populationManifest.id;
const op = { connectorId, classifier: populationClassifier };

export interface VerifyCitizenInput {
  /** 12-digit personal ID, or a legacy 9-digit CMND. */
  idNumber: string;
  fullName: string;
  /** yyyy-MM-dd */
  birthDate: string;
  /** Why the record is consulted (audit log; the wire has no field for it). */
  purpose: string;
  /** The dossier the check belongs to (audit log). */
  dossierCode?: string;
  /** MaCanBo: the officer who asks; config.defaultOfficer when absent. */
  officer?: string;
}

/** requestId is the MaYeuCau sent (a UUID, unique per call): the key of the audit trail. */
export type CitizenVerification = { requestId: string } & (
  | { outcome: 'found'; citizen: Citizen }
  | { outcome: 'not_found' }
  | { outcome: 'mismatch'; fields: string[] }
);

/** Mapping/parse rule → reason; the payload itself never enters the error. */
const RULE_REASONS: Readonly<Record<string, string>> = {
  'xml.too_large': POPULATION_REASONS.xmlTooLarge,
  'xml.doctype_forbidden': POPULATION_REASONS.xmlForbidden,
  'xml.too_deep': POPULATION_REASONS.xmlTooDeep,
  'xml.malformed': POPULATION_REASONS.xmlMalformed,
  'population.multiple_records': POPULATION_REASONS.unexpectedResponse,
};

function permanent(
  reason: string,
  errors: readonly FieldIssue[] = [],
  response?: unknown,
): ConnectorError {
  const fields = errors.map((e) => `${e.path || '(root)'}: ${e.rule}`).join('; ');
  return new ConnectorError({
    connectorId,
    errorClass: 'permanent',
    reason,
    message: fields === '' ? `${connectorId}: ${reason}` : `${connectorId}: ${reason} (${fields})`,
    response,
  });
}

function reasonFor(errors: readonly FieldIssue[]): string {
  const rule = errors[0]?.rule ?? '';
  if (rule.startsWith('schema.')) return POPULATION_REASONS.unexpectedResponse;
  return RULE_REASONS[rule] ?? POPULATION_REASONS.mappingInvalid;
}

export const populationConnector = defineConnector({
  manifest: populationManifest,
  config: PopulationConfigSchema,
  secrets: POPULATION_SECRETS,
  create(config, deps) {
    const client = createPopulationClient(config, deps);
    const toWire = createLookupToPopulationMapping({
      maTichHop: config.maTichHop,
      maDVC: config.maDVC,
      ...(config.defaultOfficer === undefined ? {} : { defaultOfficer: config.defaultOfficer }),
    });

    const verify = async (input: VerifyCitizenInput, requestId: string, signal?: AbortSignal) => {
      const lookup = {
        idNumber: input.idNumber,
        fullName: input.fullName,
        birthDate: input.birthDate,
        requestId,
        purpose: input.purpose,
        ...(input.officer === undefined ? {} : { officer: input.officer }),
      };
      const request = toWire.run(lookup);
      if (!request.ok) throw permanent(POPULATION_REASONS.mappingInvalid, request.errors);
      const envelope = await client.lookup(request.value, signal);
      // Refused before any parser: DTDs (billion laughs, XXE) and absurd nesting.
      const issue = inspectXml(envelope.message, { maxDepth: config.maxXmlDepth });
      if (issue !== undefined)
        throw permanent(RULE_REASONS[issue] ?? POPULATION_REASONS.xmlMalformed, [], envelope);
      const outcome = parseCitizenResponse(envelope, lookup, { maxXmlBytes: config.maxXmlBytes });
      if (outcome.outcome === 'error')
        throw permanent(reasonFor(outcome.errors), outcome.errors, envelope);
      if (outcome.outcome === 'found') {
        if (outcome.warnings.length > 0) {
          deps.logger.warn(
            {
              connectorId,
              requestId,
              warnings: outcome.warnings.map((w) => `${w.path}: ${w.rule}`),
            },
            'citizen record mapped with warnings',
          );
        }
        return { requestId, outcome: 'found' as const, citizen: outcome.citizen };
      }
      return { requestId, ...outcome };
    };

    const verifyCitizen = (input: VerifyCitizenInput, ctx?: CallContext) =>
      withOperation(op, ctx, async (signal): Promise<CitizenVerification> => {
        const requestId = randomUUID();
        // Who asked, when, why and for which dossier: never whom they asked about. The audit of
        // record is the gateway's audit row; the log says more only when a lookup fails.
        const audit = {
          connectorId,
          requestId,
          purpose: input.purpose,
          officer: input.officer ?? config.defaultOfficer,
          dossierCode: input.dossierCode,
        };
        try {
          const result = await verify(input, requestId, signal);
          deps.logger.debug({ ...audit, outcome: result.outcome }, 'citizen lookup');
          return result;
        } catch (error) {
          const reason = isConnectorError(error) ? error.reason : 'connector.unexpected_error';
          deps.logger.warn({ ...audit, outcome: 'error', reason }, 'citizen lookup failed');
          throw error;
        }
      });

    return {
      manifest: populationManifest,
      operations: { verifyCitizen },
      check: (ctx) =>
        measureCheck(() => withOperation(op, ctx, (signal) => client.ping(signal)), deps.now),
      close: () => client.close(),
    };
  },
});
