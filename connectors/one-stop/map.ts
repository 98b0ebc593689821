// Runs a one-stop mapping and turns its field errors into a permanent 'mapping.invalid' ConnectorError.
import type { z } from 'zod';
import type { Mapping } from '../../mappings/engine/index.ts';
import { ConnectorError } from '../kit/index.ts';
import { ONE_STOP_REASONS } from './errors.ts';
import { oneStopManifest } from './manifest.ts';

const MAX_LISTED = 20;

/** Paths and rule codes only: issue values may be (masked) personal data and stay out of messages. */
export function describeIssues(issues: readonly { path: string; rule: string }[]): string {
  const listed = issues.slice(0, MAX_LISTED).map((i) => `${i.path || '(root)'} ${i.rule}`);
  const more = issues.length > MAX_LISTED ? `; … ${issues.length - MAX_LISTED} more` : '';
  return `${listed.join('; ')}${more}`;
}

export function mapOrThrow<T>(mapping: Mapping<unknown, T>, input: unknown): T {
  const result = mapping.run(input);
  if (result.ok) return result.value;
  throw new ConnectorError({
    connectorId: oneStopManifest.id,
    errorClass: 'permanent',
    reason: ONE_STOP_REASONS.mappingInvalid,
    message: `${oneStopManifest.id}: ${ONE_STOP_REASONS.mappingInvalid} (${mapping.id} v${mapping.version}): ${describeIssues(result.errors)}`,
  });
}

/** A stored wire request (operator replay "as stored") checked against its wire schema. */
export function checkResend<S extends z.ZodType>(schema: S, resend: unknown): z.output<S> {
  const parsed = schema.safeParse(resend);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    rule: i.code,
  }));
  throw new ConnectorError({
    connectorId: oneStopManifest.id,
    errorClass: 'permanent',
    reason: ONE_STOP_REASONS.resendInvalid,
    message: `${oneStopManifest.id}: ${ONE_STOP_REASONS.resendInvalid}: ${describeIssues(issues)}`,
  });
}
