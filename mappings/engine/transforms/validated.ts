// A contracts validator applied in a mapping: its normalised value, or each of its issues recorded.
import type { ValidationResult } from '../../../contracts/validators/validation-result.ts';
import type { MappingContext } from '../context.ts';

/**
 * Runs `validate` on `value`: the normalised value when it passes, else undefined after recording
 * every issue at ctx under the validator's own code (the value masked when `personal`).
 */
export function validated(
  value: string,
  validate: (input: string) => ValidationResult<object>,
  ctx: MappingContext,
  options: { personal?: boolean } = {},
): string | undefined {
  const result = validate(value);
  if (result.ok) return result.value;
  for (const issue of result.issues)
    ctx.error(issue.code, issue.message, { value, personal: options.personal });
  return undefined;
}
