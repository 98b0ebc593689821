// One LienThongExchange call after parsing: authenticate, authorize (audited), map to canonical, hand to intake.
import type { ExchangeAck, ExchangeOperation } from '../../contracts/wire/gateway-soap/index.ts';
import type { FieldIssue, Mapping } from '../../mappings/engine/index.ts';
import type { Pool } from '../../ops/db/pool.ts';
import { insertAudit } from '../../ops/db/queries/operator.ts';
import { type Intake, type IntakeMessage, sha256 } from '../../ops/delivery/intake.ts';
import { hasRight } from '../../ops/members/rights.ts';
import type { MemberService } from '../../ops/members/types.ts';
import type { Logger } from '../../ops/telemetry/logger.ts';
import { activeTraceId } from '../../ops/telemetry/trace-context.ts';
import { certificateAllows } from '../middleware/auth/certificate.ts';
import {
  type SoapResult,
  soapCapNhatKetQuaToCanonical,
  soapCapNhatTrangThaiToCanonical,
} from './exchange-mapping.ts';
import { readIdempotencyKey, readSoapCredentials } from './soap-credentials.ts';
import { type ExchangeFaultInfo, faultInfo } from './soap-fault.ts';

export interface OperationDeps {
  intake: Intake;
  members: Pick<MemberService, 'authenticateKey' | 'verifyToken'>;
  pool: Pick<Pool, 'query'>;
  logger: Pick<Logger, 'warn' | 'error'>;
}

/** What the HTTP layer knows about a call, besides the parsed SOAP message. */
export interface OperationCall {
  operation: ExchangeOperation;
  args: unknown;
  soapHeaders: unknown;
  http: {
    path: string;
    apiKey: string | undefined;
    authorization: string | undefined;
    idempotencyKey: string | undefined;
    /** The adapter's env (@hono/node-server: the socket), for the client-certificate binding. */
    env: unknown;
  };
}

type Refusal = { ok: false; fault: ExchangeFaultInfo };
export type OperationOutcome = { ok: true; ack: ExchangeAck } | Refusal;

/** The same rights as the REST routes for the same messages. */
export const OPERATION_RIGHTS: Record<ExchangeOperation, string> = {
  CapNhatKetQua: 'result.submit',
  CapNhatTrangThai: 'progress.submit',
};

/** At most this many field issues are listed in a fault; the rest are counted. */
const MAX_LISTED_ISSUES = 20;

const clientFault = (code: string, message: string): Refusal => ({
  ok: false,
  fault: faultInfo('Client', code, message),
});

/** One answer for every bad credential, so a caller learns nothing about which part was wrong. */
const INVALID_CREDENTIALS = clientFault(
  'auth.invalid_credentials',
  'The credentials are not valid',
);

async function authenticate(
  deps: OperationDeps,
  call: OperationCall,
): Promise<{ ok: true; id: string; rights: string[] } | Refusal> {
  const refuse = (reason: string, memberId?: string) => {
    deps.logger.warn({ reason, path: call.http.path, memberId }, 'authentication refused');
    return INVALID_CREDENTIALS;
  };
  const presented = readSoapCredentials(call.soapHeaders, call.http);
  if (presented.kind === 'missing')
    return clientFault(
      'auth.missing_credentials',
      'Credentials are required: a WS-Security UsernameToken or X-API-Key',
    );
  if (presented.kind === 'unusable') return refuse('credentials.unusable');
  const result =
    presented.kind === 'api_key'
      ? await deps.members.authenticateKey(presented.value)
      : await deps.members.verifyToken(presented.value);
  if (!result.ok) return refuse(result.code);
  const member = result.member;
  if (
    presented.kind === 'api_key' &&
    presented.username !== undefined &&
    presented.username !== member.id
  )
    return refuse('username.mismatch', member.id);
  if (!certificateAllows(call.http.env, member.certFingerprint))
    return refuse('certificate.mismatch', member.id);
  return { ok: true, id: member.id, rights: member.rights };
}

async function auditDenial(
  deps: OperationDeps,
  call: OperationCall,
  memberId: string,
  right: string,
) {
  try {
    await deps.pool.query(
      insertAudit([
        {
          actor_kind: 'member',
          actor_id: memberId,
          action: 'access.denied',
          outcome: 'denied',
          detail: { right, path: call.http.path, method: 'POST', operation: call.operation },
        },
      ]),
    );
  } catch (error) {
    // Refused either way; a lost audit row is an operator's problem, not the caller's.
    deps.logger.error({ err: error, memberId, right }, 'audit of a denial failed');
  }
}

/** Field issues as one line each: `KetQua[0].DuongDan [url.not_http]: expected …`; no values echoed. */
export function describeIssues(issues: readonly FieldIssue[]): string {
  const listed = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map(
      (issue) =>
        `${issue.path === '' ? '(message)' : issue.path} [${issue.rule}]: ${issue.message}`,
    );
  const more = issues.length - listed.length;
  return `Invalid fields: ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

type Fields = Omit<IntakeMessage, 'source' | 'idempotencyKey' | 'requestHash' | 'traceId'>;

function toFields(
  operation: ExchangeOperation,
  args: unknown,
  memberId: string,
): { ok: true; fields: Fields } | { ok: false; issues: FieldIssue[] } {
  if (operation === 'CapNhatTrangThai') {
    const event = soapCapNhatTrangThaiToCanonical.run(args);
    if (!event.ok) return { ok: false, issues: event.errors };
    const value = event.value;
    return {
      ok: true,
      fields: {
        kind: 'progress',
        dossierCode: value.dossierCode,
        payload: value,
        statusChange: { status: value.status, finishedAt: null },
      },
    };
  }
  const mapped = (soapCapNhatKetQuaToCanonical as Mapping<unknown, SoapResult>).run(args);
  if (!mapped.ok) return { ok: false, issues: mapped.errors };
  const { payload, procedureCode } = mapped.value;
  return {
    ok: true,
    fields: {
      kind: 'result',
      dossierCode: payload.dossierCode,
      // `source` as the REST result routes add it: the one-stop connector names HeThongNguon from it.
      payload: { ...payload, source: memberId },
      procedureCode,
      statusChange: {
        status: payload.status,
        finishedAt: null,
        returnedAt: payload.returnedAt ?? null,
        resultDigitized:
          payload.results.length > 0 ? payload.results.some((r) => r.fileUrl !== undefined) : null,
      },
    },
  };
}

/** Never throws on bad input; an unexpected error (database down) propagates to the caller's internal fault. */
export async function runOperation(
  deps: OperationDeps,
  call: OperationCall,
): Promise<OperationOutcome> {
  const member = await authenticate(deps, call);
  if (!member.ok) return member;
  const right = OPERATION_RIGHTS[call.operation];
  if (!hasRight(member.rights, right)) {
    await auditDenial(deps, call, member.id, right);
    return clientFault('auth.forbidden', `The member lacks the right ${right}`);
  }
  const key = readIdempotencyKey(call.soapHeaders, call.http.idempotencyKey);
  if (!key.ok) return clientFault('request.invalid', `Invalid fields: ${key.path}: ${key.message}`);
  const mapped = toFields(call.operation, call.args, member.id);
  if (!mapped.ok) return clientFault('request.invalid', describeIssues(mapped.issues));
  const outcome = await deps.intake.submit({
    ...mapped.fields,
    source: member.id,
    idempotencyKey: key.key,
    // The parsed message, not the raw XML: envelopes differ in headers (nonces, timestamps) per send.
    requestHash: sha256(`SOAP ${call.operation}\n${JSON.stringify(call.args ?? null)}`),
    traceId: activeTraceId(),
  });
  if (outcome.status === 'idempotency_conflict')
    return clientFault(
      'idempotency.key_reused',
      `The idempotency key was first used with another request (exchange ${outcome.exchangeId})`,
    );
  return { ok: true, ack: { MaGiaoDich: outcome.exchangeId, TrangThai: outcome.status } };
}
