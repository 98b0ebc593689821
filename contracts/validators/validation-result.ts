// The result shape every validator returns, and the bridge that turns a validator into a zod schema.
import { z } from 'zod';

/** One broken rule: a stable code and an English message that never echoes the input. */
export type ValidationIssue<C extends string = string> = { code: C; message: string };

export type Invalid<C extends string = string> = { ok: false; issues: Array<ValidationIssue<C>> };

/** A passed check: `value` is the input in its normalised form, plus what the validator decoded. */
export type Valid<T extends object = Record<never, never>> = { ok: true; value: string } & T;

export type ValidationResult<T extends object = Record<never, never>, C extends string = string> =
  | Valid<T>
  | Invalid<C>;

/** Builds an Invalid from codes of a validator's message table (the table is the single source). */
export function invalid<C extends string>(
  table: Readonly<Record<C, string>>,
  codes: C[],
): Invalid<C> {
  return { ok: false, issues: codes.map((code) => ({ code, message: table[code] })) };
}

type IssueSink = Pick<z.core.$RefinementCtx, 'addIssue'>;

/** Reports validator issues as zod custom issues carrying `params.code`, optionally under a path. */
export function addValidationIssues(
  ctx: IssueSink,
  issues: ReadonlyArray<ValidationIssue>,
  path: PropertyKey[] = [],
): void {
  for (const issue of issues) {
    ctx.addIssue({
      code: 'custom',
      message: issue.message,
      params: { code: issue.code },
      path,
    });
  }
}

/**
 * A string schema that accepts only what `validate` accepts *in its normalised form*: schemas
 * guard canonical data, while the validator functions are what mappings call to normalise.
 */
export function validatedString(
  validate: (input: string) => ValidationResult<object>,
  notNormalized: ValidationIssue,
) {
  return z.string().superRefine((input, ctx) => {
    const result = validate(input);
    if (!result.ok) {
      addValidationIssues(ctx, result.issues);
    } else if (result.value !== input) {
      addValidationIssues(ctx, [notNormalized]);
    }
  });
}

/** The stable rule code of a zod issue: our `params.code` when present, else zod's own code. */
export function zodIssueCode(issue: z.core.$ZodIssue): string {
  const params = (issue as { params?: { code?: unknown } }).params;
  return typeof params?.code === 'string' ? params.code : issue.code;
}
