// The config-as-code file's schema: connectors, routes, member systems and the sandbox.
import { z } from 'zod';
import { DeliveryPolicySchema } from '../delivery/policy.ts';
import { MaintenanceWindowSchema } from '../delivery/resilience/maintenance.ts';

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,62}$/, { message: 'expected a lower-case id such as national-portal' });

export const ConnectorEntrySchema = z.object({
  /** Registered connector definition (national-portal, one-stop, education, health, population, business). */
  type: id,
  enabled: z.boolean().default(true),
  /** Connector-specific settings, validated by the connector's own schema at start. */
  settings: z.record(z.string(), z.unknown()).default({}),
  /** How deliveries to this target are batched, retried, limited and broken. */
  delivery: DeliveryPolicySchema.prefault({}),
  /** Declared maintenance windows: deliveries wait instead of burning retries. */
  maintenance: z.array(MaintenanceWindowSchema).default([]),
});

export const RouteSchema = z.object({
  /** Message kind accepted from a source, e.g. dossier, progress, result. */
  kind: z.enum(['dossier', 'progress', 'result', 'feedback', 'procedure']),
  /** Member system the message comes from; '*' for any. */
  from: z.union([id, z.literal('*')]).default('*'),
  /** Connector ids to deliver to. */
  to: z.array(id).min(1),
  /** Only when the procedure belongs to one of these sectors (MaLinhVuc prefixes), if set. */
  whenSector: z.array(z.string().min(1)).optional(),
  /** Only for procedures integrated with the national portal, if true. */
  whenPortalIntegrated: z.boolean().optional(),
  /**
   * For progress and results: only of dossiers that were themselves routed to the target. A target
   * that never received a dossier must not get its events (the portal refuses unknown dossiers).
   */
  followsDossier: z.boolean().optional(),
});

export const MemberSchema = z.object({
  id,
  name: z.string().min(1),
  /** Operations this member may call (e.g. dossier.submit, lookup.citizen). */
  rights: z.array(z.string().min(1)).default([]),
});

export const FileConfigSchema = z.object({
  connectors: z.record(id, ConnectorEntrySchema).default({}),
  routes: z.array(RouteSchema).default([]),
  members: z.array(MemberSchema).default([]),
  gateway: z
    .object({
      /** Requests per second each member may make to one gateway process, and the burst above it. */
      rateLimit: z
        .object({
          perSecond: z.number().positive().default(200),
          burst: z.number().int().min(1).default(400),
        })
        .prefault({}),
      /** Largest request body accepted, in bytes. */
      maxBodyBytes: z
        .number()
        .int()
        .min(1024)
        .default(2 * 1024 * 1024),
      /**
       * Worker threads that parse and map one-stop submissions off the event loop; 0 does it
       * inline. Absent: one per core beyond the first, at least one, at most four.
       */
      submissionThreads: z.number().int().min(0).max(64).optional(),
    })
    .prefault({}),
  schedule: z
    .object({
      /** Cron (Asia/Ho_Chi_Minh) of the catalogue sync from the national portal. */
      catalogueSync: z.string().min(9).default('0 2 * * *'),
      /** Cron of the reconciliation against the portal (TraCuuHoSo). */
      reconcile: z.string().min(9).default('15 * * * *'),
      /** Dossiers changed within this many hours are reconciled. */
      reconcileHours: z.number().int().min(1).max(720).default(24),
      /** Cron of the retention job. */
      retention: z.string().min(9).default('30 3 * * *'),
      /** Cron of result collection from sector systems that answer by query (education). */
      collectResults: z.string().min(9).default('* * * * *'),
      /** Seconds between connector health probes. */
      probeSeconds: z.number().int().min(5).max(3600).default(30),
    })
    .prefault({}),
  /**
   * Goals of the reform plan shown against actuals in the console's KPI page, as ratios 0–1
   * (onlineShare, onTimeRate, digitizedComponents, resultDigitized, syncedToPortal). Absent: no marks.
   */
  kpiTargets: z
    .object({
      onlineShare: z.number().min(0).max(1).optional(),
      onTimeRate: z.number().min(0).max(1).optional(),
      digitizedComponents: z.number().min(0).max(1).optional(),
      resultDigitized: z.number().min(0).max(1).optional(),
      syncedToPortal: z.number().min(0).max(1).optional(),
    })
    .optional(),
  retention: z
    .object({
      /** Message bodies (personal data) are cleared after this many days. */
      payloadDays: z.number().int().min(1).default(30),
      /** Attempt history is deleted after this many days; exchange and delivery rows stay. */
      metadataDays: z.number().int().min(1).default(365),
    })
    .prefault({}),
  sandbox: z
    .object({
      /** Start every connector's simulator and point the connectors at them. */
      enabled: z.boolean().default(true),
      /** Messages per minute the one-stop simulator submits: new dossiers and their later events together. */
      dossiersPerMinute: z.number().int().min(0).max(6000).default(30),
    })
    .prefault({}),
});
export type FileConfig = z.input<typeof FileConfigSchema>;
export type ResolvedFileConfig = z.infer<typeof FileConfigSchema>;
