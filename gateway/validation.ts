// Turns zod request-validation failures into problem+json listing every failing field.
import type { Hook, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { Context, Handler } from 'hono';
import type { ZodError, ZodType, z } from 'zod';
import type { FieldProblem } from '../contracts/errors.ts';
import { isJsonMediaType, parsedJson, readJsonBody } from './middleware/json-body.ts';
import { problem } from './problem.ts';

/** Where a value came from, as it appears as the first segment of an error path. */
export type RequestPart = 'body' | 'query' | 'param' | 'header' | 'cookie';

/** The validation targets of hono's validator, as zod-openapi passes them to hooks. */
type HonoTarget = 'json' | 'form' | 'query' | 'param' | 'header' | 'cookie';

type HookResult = { target: HonoTarget } & (
  | { success: true; data: unknown }
  | { success: false; error: ZodError }
);

const PART_OF_TARGET: Record<HonoTarget, RequestPart> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'param',
  header: 'header',
  cookie: 'cookie',
};

/** RFC 6901 pointer segment escaping. */
function pointerSegment(key: PropertyKey): string {
  const text = typeof key === 'symbol' ? (key.description ?? '') : String(key);
  return text.replaceAll('~', '~0').replaceAll('/', '~1');
}

export function jsonPointer(part: RequestPart, path: readonly PropertyKey[]): string {
  return `/${[part, ...path].map(pointerSegment).join('/')}`;
}

function ruleOf(issue: z.core.$ZodIssue): string {
  const custom = (issue as { params?: { code?: unknown } }).params?.code;
  return typeof custom === 'string' && custom.length > 0 ? custom : issue.code;
}

/** One FieldProblem per failing field; unknown keys are reported one by one at their own path. */
export function fieldProblems(
  issues: readonly z.core.$ZodIssue[],
  part: RequestPart,
): FieldProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: jsonPointer(part, [...issue.path, key]),
        rule: issue.code,
        message: 'Unrecognized key',
      }));
    }
    return [{ path: jsonPointer(part, issue.path), rule: ruleOf(issue), message: issue.message }];
  });
}

export function validationProblem(c: Context, errors: FieldProblem[]): Response {
  const detail = `${errors.length} field${errors.length === 1 ? '' : 's'} failed validation`;
  return problem(c, 'request.invalid', { detail, errors });
}

function bodyHasWrongMediaType(c: Context, target: HonoTarget): boolean {
  if (target !== 'json') return false;
  const contentType = c.req.header('content-type');
  return contentType === undefined || !isJsonMediaType(contentType);
}

/**
 * The `defaultHook` for OpenAPIHono: a failing target becomes a 400 'request.invalid' problem.
 * A required JSON body sent without a JSON content type becomes 415 instead.
 * zod-openapi validates query, param, header, cookie, then body, and stops at the first target
 * that fails: use `allFieldsHook(route)` on routes whose callers need every field at once.
 */
export function validationHook(result: HookResult, c: Context): Response | undefined {
  if (result.success) return undefined;
  if (bodyHasWrongMediaType(c, result.target)) {
    return problem(c, 'request.unsupported_media_type', {
      detail: 'send the body as application/json',
    });
  }
  return validationProblem(c, fieldProblems(result.error.issues, PART_OF_TARGET[result.target]));
}

/** The schemas of one request, by part. */
export interface RequestSchemas {
  params?: ZodType;
  query?: ZodType;
  headers?: ZodType;
  body?: ZodType;
  /** As zod-openapi's `request.body.required` (default false): an optional body may be absent. */
  bodyRequired?: boolean;
}

type Parsed<S extends RequestSchemas> = {
  [K in Exclude<keyof S, 'bodyRequired'>]: S[K] extends ZodType ? z.output<S[K]> : never;
};

export type ValidateAllResult<S extends RequestSchemas> =
  | { ok: true; data: Parsed<S> }
  | { ok: false; response: Response };

function queryValues(c: Context): Record<string, string | string[]> {
  const entries = Object.entries(c.req.queries()).map(([key, values]) => [
    key,
    values.length === 1 ? (values[0] as string) : values,
  ]);
  return Object.fromEntries(entries);
}

/** Header names arrive lower-cased; map them back to the schema's spelling as zod-validator does. */
function headerValues(c: Context, schema: ZodType): Record<string, string> {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  const spelled = new Map(Object.keys(shape ?? {}).map((key) => [key.toLowerCase(), key]));
  const entries = Object.entries(c.req.header()).map(([key, value]) => [
    spelled.get(key) ?? key,
    value,
  ]);
  return Object.fromEntries(entries);
}

type BodyRead = { ok: true; value: unknown } | { ok: false; response: Response } | { ok: 'absent' };

async function bodyValue(c: Context, required: boolean): Promise<BodyRead> {
  const cached = parsedJson(c);
  if (cached !== undefined) return { ok: true, value: cached };
  const contentType = c.req.header('content-type');
  if (contentType === undefined && !required) return { ok: 'absent' };
  if (contentType === undefined || !isJsonMediaType(contentType)) {
    return {
      ok: false,
      response: problem(c, 'request.unsupported_media_type', {
        detail: 'send the body as application/json',
      }),
    };
  }
  const read = await readJsonBody(c);
  if (read.ok) return { ok: true, value: read.value };
  return { ok: false, response: problem(c, read.code, { detail: read.detail }) };
}

/**
 * Validates params, query, headers and body together and reports every failing field of every
 * part in one 400 problem. Use it when a handler validates by hand (routes registered with
 * `app.openAPIRegistry.registerPath(route)` plus a plain `app.on(...)`), or through
 * `allFieldsHook`. The body comes from `parsedJson(c)` when the jsonDepth middleware ran.
 */
export async function validateAll<S extends RequestSchemas>(
  c: Context,
  schemas: S,
): Promise<ValidateAllResult<S>> {
  const errors: FieldProblem[] = [];
  const data: Record<string, unknown> = {};
  const check = (key: keyof RequestSchemas, part: RequestPart, schema: ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    if (result.success) data[key] = result.data;
    else errors.push(...fieldProblems(result.error.issues, part));
  };
  if (schemas.params) check('params', 'param', schemas.params, c.req.param());
  if (schemas.query) check('query', 'query', schemas.query, queryValues(c));
  if (schemas.headers)
    check('headers', 'header', schemas.headers, headerValues(c, schemas.headers));
  if (schemas.body) {
    const body = await bodyValue(c, schemas.bodyRequired ?? false);
    if (body.ok === false) return body;
    if (body.ok === true) check('body', 'body', schemas.body, body.value);
  }
  if (errors.length > 0) return { ok: false, response: validationProblem(c, errors) };
  return { ok: true, data: data as Parsed<S> };
}

/** The part of a createRoute config that allFieldsHook reads. */
export interface RouteRequestConfig {
  request?:
    | {
        params?: ZodType | undefined;
        query?: ZodType | undefined;
        headers?: ZodType | ZodType[] | undefined;
        body?: { content: Record<string, unknown>; required?: boolean | undefined } | undefined;
      }
    | undefined;
}

export function schemasOf(route: RouteRequestConfig): RequestSchemas {
  const request = route.request ?? {};
  const jsonContent = Object.entries(request.body?.content ?? {}).find(([type]) =>
    isJsonMediaType(type),
  )?.[1];
  const candidate = (jsonContent as { schema?: Partial<ZodType> } | undefined)?.schema;
  // A content entry may hold a plain OpenAPI schema object, which zod cannot run.
  const body = typeof candidate?.safeParse === 'function' ? (candidate as ZodType) : undefined;
  const headers = Array.isArray(request.headers) ? undefined : request.headers;
  return {
    ...(request.params ? { params: request.params } : {}),
    ...(request.query ? { query: request.query } : {}),
    ...(headers ? { headers } : {}),
    ...(body ? { body, bodyRequired: request.body?.required === true } : {}),
  };
}

/** The validated-input type zod-openapi computes for a route. */
type InputOf<R extends RouteConfig> =
  RouteHandler<R> extends Handler<infer _E, infer _P, infer I> ? I : never;

/**
 * A per-route hook (`app.openapi(route, handler, allFieldsHook(route))`): when any target fails,
 * it validates every part of the request and lists all failing fields, not only the first
 * target's. Valid requests cost nothing extra.
 */
// biome-ignore lint/suspicious/noExplicitAny: hooks may answer with any Response, as defaultHook does.
export function allFieldsHook<R extends RouteConfig>(route: R): Hook<InputOf<R>, any, any, any> {
  const schemas = schemasOf(route);
  return (result: HookResult, c: Context): Promise<Response> | undefined => {
    if (result.success) return undefined;
    if (bodyHasWrongMediaType(c, result.target)) return Promise.resolve(validationHook(result, c)!);
    return validateAll(c, schemas).then((all) =>
      all.ok
        ? validationProblem(c, fieldProblems(result.error.issues, PART_OF_TARGET[result.target]))
        : all.response,
    );
  };
}
