// defineMapping: wraps a flow's map function with input/output validation and issue collection.
import type { z } from 'zod';
import { createContext, type MappingContext } from './context.ts';
import { type FieldIssue, fail, joinPath, type MappingResult, makeIssue } from './issues.ts';

/** A runnable mapping: identity for logs and exchange records, and `run`, which never throws. */
export type Mapping<In, Out> = {
  readonly id: string;
  readonly version: number;
  run(input: In): MappingResult<Out>;
};

/**
 * What `map` may return when `to` validates the result: any field may still be undefined,
 * because a failed transform returns undefined and the run fails on its error before `to`.
 */
export type Draft<T> = T extends readonly (infer E)[]
  ? Draft<E>[] | undefined
  : T extends object
    ? { [K in keyof T]?: Draft<T[K]> | undefined }
    : T | undefined;

type Base = {
  id: string;
  version: number;
  /**
   * false: `to` types the result but run() does not re-validate it. Only for a hot-path mapping
   * whose property tests check every output against `to` (one-stop dossiers: re-validating the
   * canonical record cost a tenth of the gateway's CPU per request in bench:ingest). Default true.
   */
  verifyOutput?: boolean;
};
type MapFn<In, Out> = (input: In, ctx: MappingContext) => Out;

export function defineMapping<From extends z.ZodType, To extends z.ZodType>(
  spec: Base & { from: From; to: To; map: MapFn<z.output<From>, Draft<z.input<To>>> },
): Mapping<unknown, z.output<To>>;
export function defineMapping<From extends z.ZodType, Out>(
  spec: Base & { from: From; to?: undefined; map: MapFn<z.output<From>, Out> },
): Mapping<unknown, Out>;
export function defineMapping<In, To extends z.ZodType>(
  spec: Base & { from?: undefined; to: To; map: MapFn<In, Draft<z.input<To>>> },
): Mapping<In, z.output<To>>;
export function defineMapping<In, Out>(
  spec: Base & { from?: undefined; to?: undefined; map: MapFn<In, Out> },
): Mapping<In, Out>;
export function defineMapping(
  spec: Base & {
    from?: z.ZodType | undefined;
    to?: z.ZodType | undefined;
    map: MapFn<unknown, unknown>;
  },
): Mapping<unknown, unknown> {
  const { id, version, from, map } = spec;
  const to = spec.verifyOutput === false ? undefined : spec.to;
  return {
    id,
    version,
    run(input: unknown): MappingResult<unknown> {
      try {
        let source = input;
        if (from) {
          const parsed = from.safeParse(input);
          if (!parsed.success) return fail(zodIssuesToFieldIssues(parsed.error, 'schema'));
          source = parsed.data;
        }
        const ctx = createContext();
        const draft = map(source, ctx);
        if (ctx.hasErrors) return fail([...ctx.errors]);
        if (!to) return ctx.toResult(draft);
        const checked = to.safeParse(draft);
        if (!checked.success) return fail(zodIssuesToFieldIssues(checked.error, 'output'));
        return ctx.toResult(checked.data);
      } catch (err) {
        // Only the error's class: its message may quote input (JSON.parse does) or personal data.
        const kind = err instanceof Error ? err.name : typeof err;
        return fail([
          makeIssue('', 'mapping.exception', `mapping ${id} v${version} threw ${kind}`),
        ]);
      }
    },
  };
}

/**
 * zod issues as field issues with rule `<prefix>.<zod code>`. No value is echoed: the schema
 * does not tell which fields are personal, so none are quoted.
 */
export function zodIssuesToFieldIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.reduce<string>(
      (acc, seg) => joinPath(acc, typeof seg === 'number' ? seg : String(seg)),
      '',
    );
    // A validator's own stable code (e.g. personal_id.year_mismatch) beats zod's generic 'custom'.
    const own = (issue as { params?: { code?: unknown } }).params?.code;
    const rule = typeof own === 'string' ? own : `${prefix}.${issue.code}`;
    return makeIssue(path, rule, issue.message);
  });
}
