// Mapping context: collects errors and warnings under a path prefix while a mapping runs.
import {
  describeValue,
  type FieldIssue,
  joinPath,
  type MappingResult,
  makeIssue,
} from './issues.ts';

/** What an issue may carry about the offending value; `personal` masks it. */
export type IssueOptions = { value?: unknown; personal?: boolean | undefined };

type Sink = { errors: FieldIssue[]; warnings: FieldIssue[] };

/**
 * A view on one shared issue sink at one path. `at()` returns a child view, so a transform
 * only ever sees the context of the field it converts and never has to know its own path.
 */
export class MappingContext {
  readonly path: string;
  readonly #sink: Sink;

  constructor(path = '', sink: Sink = { errors: [], warnings: [] }) {
    this.path = path;
    this.#sink = sink;
  }

  /** A child context: `at('owner').at('idNumber')`, `at('DinhDanhCHS').at(0)` or `at('a.b')`. */
  at(segment: string | number): MappingContext {
    return new MappingContext(joinPath(this.path, segment), this.#sink);
  }

  /** Records an error here and returns undefined, so a transform can `return ctx.error(...)`. */
  error(rule: string, message: string, options: IssueOptions = {}): undefined {
    this.#sink.errors.push(this.#issue(rule, message, options));
    return undefined;
  }

  warn(rule: string, message: string, options: IssueOptions = {}): void {
    this.#sink.warnings.push(this.#issue(rule, message, options));
  }

  /** Takes over a sub-result's issues below this path; returns its value when it succeeded. */
  absorb<T>(result: MappingResult<T>): T | undefined {
    if (!result.ok) {
      for (const e of result.errors) this.#sink.errors.push(this.#rebase(e));
      return undefined;
    }
    for (const w of result.warnings) this.#sink.warnings.push(this.#rebase(w));
    return result.value;
  }

  get hasErrors(): boolean {
    return this.#sink.errors.length > 0;
  }

  /** Every error of the run, whatever child recorded it. */
  get errors(): readonly FieldIssue[] {
    return this.#sink.errors;
  }

  get warnings(): readonly FieldIssue[] {
    return this.#sink.warnings;
  }

  /** The collected issues as a result: failure if any error was recorded. */
  toResult<T>(value: T): MappingResult<T> {
    if (this.hasErrors) return { ok: false, errors: [...this.#sink.errors] };
    return { ok: true, value, warnings: [...this.#sink.warnings] };
  }

  #issue(rule: string, message: string, options: IssueOptions): FieldIssue {
    return makeIssue(this.path, rule, message, describeValue(options.value, options.personal));
  }

  #rebase(issue: FieldIssue): FieldIssue {
    return { ...issue, path: issue.path === '' ? this.path : joinPath(this.path, issue.path) };
  }
}

/** A fresh root context (path ''), for running transforms outside `defineMapping`. */
export function createContext(path = ''): MappingContext {
  return new MappingContext(path);
}
