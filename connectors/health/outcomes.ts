// Mapping results and bad input as the health connector's classified errors (field paths and rule codes only).
import type { FieldIssue, MappingResult } from '../../mappings/engine/index.ts';
import { ConnectorError, type KitLogger } from '../kit/index.ts';
import { HEALTH_REASONS } from './errors.ts';
import { healthManifest } from './manifest.ts';

const connectorId = healthManifest.id;

/** A permanent failure; `detail` must hold rule codes or field paths, never values. */
export function permanent(reason: string, detail?: string, response?: unknown): ConnectorError {
  return new ConnectorError({
    connectorId,
    errorClass: 'permanent',
    reason,
    ...(detail === undefined ? {} : { message: `${connectorId}: ${reason} (${detail})` }),
    response,
  });
}

const describe = (issues: readonly FieldIssue[]) =>
  issues.map((i) => `${i.path || '(root)'}: ${i.rule}`).join('; ');

/** The mapped value, or permanent 'mapping.invalid' naming the fields; warnings are logged without values. */
export function mappedOrThrow<T>(
  result: MappingResult<T>,
  context: { logger: KitLogger; mapping: string; response?: unknown },
): T {
  if (!result.ok) {
    throw permanent(HEALTH_REASONS.mappingInvalid, describe(result.errors), context.response);
  }
  if (result.warnings.length > 0) {
    context.logger.warn(
      { connectorId, mapping: context.mapping, warnings: describe(result.warnings) },
      'health record mapped with warnings',
    );
  }
  return result.value;
}
