// createSimulator: a Hono app for one simulated system with a store, counters, seeded faults and an admin API.
import { type Context, Hono } from 'hono';
import { adminRoutes } from './admin.ts';
import {
  ADMIN_PREFIX,
  type ErrorResponder,
  type Faults,
  type FaultsPatch,
  FaultsSchema,
  faultMiddleware,
  NO_FAULTS,
} from './faults.ts';
import { seededRandom } from './random.ts';
import { createStatsRecorder, type SimulatorStats } from './stats.ts';
import { createMemoryStore, type MemoryStore } from './store.ts';

export interface SimulatorOptions {
  name: string;
  /** Registers the system's routes, error responders and hooks. */
  setup(app: Hono, sim: Simulator): void;
  /** Faults at start, and what reset() returns to. */
  faults?: Partial<Faults>;
  /** Seed for the fault dice (default 1); ignored when `random` is given. */
  seed?: number;
  random?: () => number;
}

export type FaultsListener = (next: Faults, previous: Faults) => void;

export interface Simulator {
  readonly name: string;
  readonly app: Hono;
  readonly store: MemoryStore;
  /** The seeded source simulators should use for any randomness of their own. */
  random(): number;
  /** counters[counter][op] += n, e.g. sim.count('received', 'submitDossier'). */
  count(counter: string, op: string, n?: number): void;
  /** Counts 'applied' for op and appends the item to the key's ordered record. */
  recordApplied(op: string, key: string, item: unknown): void;
  stats(): SimulatorStats;
  faults(): Faults;
  /** Validated merge; throws on invalid values (use the admin API for untrusted input). */
  setFaults(patch: FaultsPatch): Faults;
  onFaultsChange(listener: FaultsListener): () => void;
  /** A named system-specific error, selectable with faults.errorResponder. */
  errorResponder(name: string, responder: ErrorResponder): void;
  /** Called by POST /__admin/expire-credentials: drop sessions/tokens so clients must re-authenticate. */
  onExpireCredentials(hook: () => void): void;
  expireCredentials(): number;
  /** Called by reset(), after the store and counters are cleared. */
  onReset(hook: () => void): void;
  /** Clears store and counters, restores start faults and reseeds. */
  reset(): void;
  /** Releases parked (hung or delayed) requests and timers. */
  close(): void;
}

export function createSimulator(options: SimulatorOptions): Simulator {
  const initialFaults = FaultsSchema.parse({ ...NO_FAULTS, ...options.faults });
  const seed = options.seed ?? 1;
  let random = options.random ?? seededRandom(seed);
  let faults = initialFaults;
  const store = createMemoryStore();
  const recorder = createStatsRecorder();
  const responders = new Map<string, ErrorResponder>();
  const expireHooks: (() => void)[] = [];
  const resetHooks: (() => void)[] = [];
  const listeners = new Set<FaultsListener>();
  const parked = new Set<() => void>();
  let upTimer: NodeJS.Timeout | undefined;

  const park = (c: Context, ms?: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const release = (): void => {
        parked.delete(release);
        if (timer) clearTimeout(timer);
        resolve();
      };
      const timer = ms === undefined ? undefined : setTimeout(release, ms);
      parked.add(release);
      // On a real socket, stop waiting when the client goes away.
      const outgoing = (
        c.env as { outgoing?: { once(e: 'close', f: () => void): void } } | undefined
      )?.outgoing;
      outgoing?.once('close', release);
    });

  const setFaults = (patch: FaultsPatch): Faults => {
    const { downForMs, ...rest } = patch;
    const previous = faults;
    faults = FaultsSchema.parse({ ...faults, ...rest });
    if (upTimer) clearTimeout(upTimer);
    upTimer = undefined;
    if (downForMs !== undefined && faults.down) {
      upTimer = setTimeout(() => setFaults({ down: false }), downForMs);
    }
    for (const listener of listeners) listener(faults, previous);
    return faults;
  };

  const app = new Hono();
  const sim: Simulator = {
    name: options.name,
    app,
    store,
    random: () => random(),
    count: recorder.count,
    recordApplied: recorder.recordApplied,
    stats: () => recorder.snapshot(options.name, faults),
    faults: () => faults,
    setFaults,
    onFaultsChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    errorResponder: (name, responder) => responders.set(name, responder),
    onExpireCredentials: (hook) => expireHooks.push(hook),
    expireCredentials() {
      for (const hook of expireHooks) hook();
      return expireHooks.length;
    },
    onReset: (hook) => resetHooks.push(hook),
    reset() {
      store.clear();
      recorder.clear();
      if (!options.random) random = seededRandom(seed);
      setFaults({ ...initialFaults });
      for (const hook of resetHooks) hook();
    },
    close() {
      if (upTimer) clearTimeout(upTimer);
      for (const release of [...parked]) release();
    },
  };

  app.use(
    '*',
    faultMiddleware({
      faults: () => faults,
      random: () => random(),
      count: recorder.count,
      responder: (name) => responders.get(name),
      park,
    }),
  );
  app.route(
    ADMIN_PREFIX,
    adminRoutes({
      faults: () => faults,
      setFaults,
      hasResponder: (name) => responders.has(name),
      stats: sim.stats,
      reset: sim.reset,
      expireCredentials: sim.expireCredentials,
    }),
  );
  options.setup(app, sim);
  return sim;
}
