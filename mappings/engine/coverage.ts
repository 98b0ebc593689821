// Wire-field coverage: proves every field of a wire schema is either mapped or ignored for a reason.
import type { z } from 'zod';

/** Which wire fields a flow mapping reads or writes, and which it ignores and why. */
export type CoverageDeclaration = {
  mapped: readonly string[];
  ignored: Readonly<Record<string, string>>;
};

export type Coverage = CoverageDeclaration & { readonly schema: z.ZodObject };

/** Only the parts of zod 4's internal definition the walk needs. */
type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: readonly z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Recursive (lazy) schemas are walked this deep, no further. */
const MAX_DEPTH = 12;

/**
 * Collects the field paths of a schema in declaration order: nested objects as `a.b`, array
 * items as `a[].b`. Wrappers (optional, nullable, default, catch, readonly, pipe input, lazy)
 * are looked through; union and intersection members add their fields to the same path.
 */
function walk(schema: z.ZodType, path: string, depth: number, out: Set<string>): void {
  if (depth > MAX_DEPTH) return;
  const def = defOf(schema);
  const visit = (next: z.ZodType | undefined, nextPath = path, nextDepth = depth): void => {
    if (next) walk(next, nextPath, nextDepth, out);
  };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'catch':
    case 'readonly':
      visit(def.innerType);
      break;
    case 'pipe':
      visit(def.in);
      break;
    case 'lazy':
      visit(def.getter?.(), path, depth + 1);
      break;
    case 'union':
      for (const option of def.options ?? []) visit(option);
      break;
    case 'intersection':
      visit(def.left);
      visit(def.right);
      break;
    case 'array':
      if (path !== '') out.add(path);
      visit(def.element, `${path}[]`, depth + 1);
      break;
    case 'object':
      // The array item itself (`a[]`) is not a field of its own; its members are.
      if (path !== '' && !path.endsWith('[]')) out.add(path);
      for (const [key, member] of Object.entries(def.shape ?? {})) {
        visit(member, path === '' ? key : `${path}.${key}`, depth + 1);
      }
      break;
    default:
      if (path !== '' && !path.endsWith('[]')) out.add(path);
  }
}

/** Paths with their leaf flag: a leaf has no member paths below it. */
function pathMap(schema: z.ZodObject): Map<string, boolean> {
  const paths = new Set<string>();
  walk(schema, '', 0, paths);
  const all = [...paths];
  const result = new Map<string, boolean>();
  for (const p of all) {
    result.set(p, !all.some((q) => q.startsWith(`${p}.`) || q.startsWith(`${p}[]`)));
  }
  return result;
}

/** All field paths of a wire schema (containers and leaves), e.g. `TaiLieuNop`, `TaiLieuNop[].TenTepDinhKem`. */
export function wireFieldPaths(schema: z.ZodObject): string[] {
  return [...pathMap(schema).keys()];
}

export function declareCoverage(schema: z.ZodObject, declaration: CoverageDeclaration): Coverage {
  return { schema, mapped: declaration.mapped, ignored: declaration.ignored };
}

/** `a[].b.c` → [`a[].b`, `a[]`, `a`]: listing a container covers everything below it. */
function ancestors(path: string): string[] {
  const result: string[] = [];
  let p = path;
  for (;;) {
    const cut = p.endsWith('[]') ? p.length - 2 : p.lastIndexOf('.');
    if (cut <= 0) return result;
    p = p.slice(0, cut);
    result.push(p);
  }
}

/** Leaf fields of the wire schema that are neither mapped nor ignored (nor under such a container). */
export function uncoveredFields(coverage: Coverage): string[] {
  const listed = new Set([...coverage.mapped, ...Object.keys(coverage.ignored)]);
  const result: string[] = [];
  for (const [path, isLeaf] of pathMap(coverage.schema)) {
    if (!isLeaf) continue;
    if (listed.has(path) || ancestors(path).some((a) => listed.has(a))) continue;
    result.push(path);
  }
  return result;
}

/**
 * Declaration mistakes: entries naming no field of the schema, entries both mapped and ignored,
 * and ignored entries without a reason. Each is `"<path>: <problem>"`.
 */
export function invalidCoverageEntries(coverage: Coverage): string[] {
  const known = pathMap(coverage.schema);
  const isKnown = (p: string) => known.has(p) || (p.endsWith('[]') && known.has(p.slice(0, -2)));
  const problems: string[] = [];
  const ignored = Object.entries(coverage.ignored);
  for (const p of coverage.mapped)
    if (!isKnown(p)) problems.push(`${p}: not a field of the wire schema`);
  for (const [p, reason] of ignored) {
    if (!isKnown(p)) problems.push(`${p}: not a field of the wire schema`);
    if (coverage.mapped.includes(p)) problems.push(`${p}: both mapped and ignored`);
    if (reason.trim() === '') problems.push(`${p}: ignored without a reason`);
  }
  return problems;
}
