// The one-stop submissions as one pure step: body bytes → strict JSON → canonical mapping → the
// fields intake needs, payload serialized and hashed. Plain data in and out, so a worker thread can
// run it off the event loop (gateway/submission-workers.ts) and the inline path runs the same code.
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import type { DossierEvent } from '../../contracts/canonical/dossier-event.ts';
import type { FieldProblem } from '../../contracts/errors.ts';
import type { FieldIssue, Mapping } from '../../mappings/engine/index.ts';
import {
  type DossierResultUpdate,
  oneStopDossierToCanonical,
  oneStopEventToCanonical,
  oneStopResultPushToCanonical,
} from '../../mappings/one-stop/index.ts';
import { sha256 } from '../../ops/delivery/intake.ts';
import { projectDossier } from '../../ops/delivery/projection.ts';
import { type JsonLimits, type JsonRead, parseJsonBytes, requestHash } from '../json-bytes.ts';
import type { SubmitFields } from './submit.ts';

export type OneStopKind = 'dossier' | 'progress' | 'result';

export interface PrepareContext {
  /** The calling member: a result's canonical record names its source. */
  memberId: string;
  /** `POST /api/v1/one-stop/dossiers`: with the body text, the request's idempotency hash. */
  requestLine: string;
  limits: JsonLimits;
}

export interface PreparedSubmission {
  /** `payload` is left out: `payloadJson` and `payloadHash` carry it, serialized once. */
  fields: SubmitFields;
  /** sha256 of the request line and the body as received. */
  requestHash: string;
}

export type Preparation =
  | ({ ok: true } & PreparedSubmission)
  | ({ ok: false; reason: 'body' } & Exclude<JsonRead, { ok: true }>)
  | { ok: false; reason: 'mapping'; errors: FieldProblem[] };

/** `ChuHoSo.SoGiayTo` / `ThanhPhanHoSo[2].Ma` → `/body/ChuHoSo/SoGiayTo` / `/body/ThanhPhanHoSo/2/Ma`. */
export function issuePointer(path: string): string {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '');
  return `/body${parts.map((p) => `/${p.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')}`;
}

type Built = { payload: unknown; fields: Omit<SubmitFields, 'payload'> };

/** A kind: its mapping, and the submission built from the record it maps to. */
interface KindSpec<T> {
  mapping: Mapping<unknown, T>;
  build(value: T, memberId: string): Built;
}

const typed = <T>(spec: KindSpec<T>): KindSpec<unknown> => spec as KindSpec<unknown>;

const KINDS: Record<OneStopKind, KindSpec<unknown>> = {
  dossier: typed<Dossier>({
    mapping: oneStopDossierToCanonical as Mapping<unknown, Dossier>,
    build: (dossier) => ({
      payload: dossier,
      fields: {
        kind: 'dossier',
        dossierCode: dossier.code,
        procedureCode: dossier.procedure.localCode ?? dossier.procedure.code,
        sectorCode: dossier.sector?.code,
        dossier: projectDossier(dossier),
      },
    }),
  }),
  progress: typed<DossierEvent>({
    mapping: oneStopEventToCanonical as Mapping<unknown, DossierEvent>,
    build: (event) => ({
      payload: event,
      fields: {
        kind: 'progress',
        dossierCode: event.dossierCode,
        statusChange: { status: event.status, finishedAt: null },
      },
    }),
  }),
  result: typed<DossierResultUpdate>({
    mapping: oneStopResultPushToCanonical as Mapping<unknown, DossierResultUpdate>,
    build: (update, memberId) => {
      const { dossierCode, status, returnedAt, finishedAt, results, note } = update;
      return {
        payload: {
          dossierCode,
          source: memberId,
          status,
          results,
          ...(returnedAt ? { returnedAt } : {}),
          ...(finishedAt ? { finishedAt } : {}),
          ...(note ? { note } : {}),
        },
        fields: {
          kind: 'result',
          dossierCode,
          statusChange: {
            status,
            finishedAt: finishedAt ?? null,
            returnedAt: returnedAt ?? null,
            resultDigitized:
              results.length > 0 ? results.some((r) => r.fileUrl !== undefined) : null,
          },
        },
      };
    },
  }),
};

/**
 * `bytes` is undefined when the request has no JSON body (another content type, or empty): the
 * mapping then reports the missing message field by field, as for any other invalid body.
 */
export function prepareOneStop(
  kind: OneStopKind,
  bytes: Uint8Array | undefined,
  context: PrepareContext,
): Preparation {
  let body: unknown;
  if (bytes !== undefined && bytes.byteLength > 0) {
    const read = parseJsonBytes(bytes, context.limits);
    if (!read.ok) return { ...read, reason: 'body' };
    body = read.value;
  }
  const { mapping, build } = KINDS[kind];
  const mapped = mapping.run(body);
  if (!mapped.ok) {
    return {
      ok: false,
      reason: 'mapping',
      errors: mapped.errors.map((e: FieldIssue) => ({
        path: issuePointer(e.path),
        rule: e.rule,
        message: e.message,
      })),
    };
  }
  const { payload, fields } = build(mapped.value, context.memberId);
  const payloadJson = utf8(JSON.stringify(payload));
  return {
    ok: true,
    fields: { ...fields, payload: undefined, payloadJson, payloadHash: sha256(payloadJson) },
    requestHash: requestHash(context.requestLine, bytes),
  };
}

/**
 * UTF-8 in an ArrayBuffer of its own, so a worker thread hands it over without a copy. The bytes
 * are what is hashed and what the accept statement sends: a 2 KB Vietnamese text is encoded once.
 */
function utf8(text: string): Uint8Array {
  // Encoded into a scratch buffer, then copied out at its exact size: measuring the text first
  // (Buffer.byteLength) cost as much as encoding it. A UTF-16 unit takes at most 3 bytes.
  // A body larger than the scratch is encoded on its own rather than growing the scratch for good.
  if (scratch.byteLength < text.length * 3) return ENCODER.encode(text);
  const { written } = ENCODER.encodeInto(text, scratch);
  return scratch.slice(0, written);
}

const ENCODER = new TextEncoder();
const scratch = new Uint8Array(256 * 1024);
