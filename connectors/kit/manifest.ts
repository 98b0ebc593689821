// Validates a connector manifest when it is defined: a malformed manifest is a programming error.
import { z } from 'zod';
import { type ConnectorManifest, DELIVERY_KINDS } from './types.ts';

export const ConnectorManifestSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/),
    version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/),
    kind: z.enum(['rest', 'soap']),
    operations: z.array(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/)),
    accepts: z.array(z.enum(DELIVERY_KINDS)),
    allowedHosts: z.array(z.string().min(1)),
    batch: z.partialRecord(z.enum(DELIVERY_KINDS), z.number().int().min(1)).optional(),
  })
  .superRefine((m, ctx) => {
    for (const [field, list] of [
      ['operations', m.operations],
      ['accepts', m.accepts],
    ] as const) {
      if (new Set<string>(list).size !== list.length) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} must be unique` });
      }
    }
    for (const kind of Object.keys(m.batch ?? {})) {
      if (!m.accepts.includes(kind as (typeof DELIVERY_KINDS)[number])) {
        ctx.addIssue({ code: 'custom', path: ['batch', kind], message: 'batch kind not accepted' });
      }
    }
  });

export class ManifestError extends Error {
  readonly code = 'kit.manifest_invalid';
  readonly issues: readonly { path: string; message: string }[];
  constructor(id: string, issues: readonly { path: string; message: string }[]) {
    super(
      `Invalid connector manifest '${id}': ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    );
    this.name = 'ManifestError';
    this.issues = issues;
  }
}

export function validateManifest(manifest: ConnectorManifest): void {
  const parsed = ConnectorManifestSchema.safeParse(manifest);
  if (parsed.success) return;
  throw new ManifestError(
    String(manifest.id),
    parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  );
}
