// Sandbox traffic: the simulated one-stop submits dossiers, then their progress events and results, to the gateway.
import {
  createDossierGenerator,
  type DossierJourney,
  type TrafficMessage,
} from './generator/index.ts';
import { createRng } from './generator/random.ts';

export interface TrafficOptions {
  /** The gateway's base URL, e.g. http://127.0.0.1:8080. */
  gatewayUrl: string;
  /** The one-stop member's gateway API key, sent as X-API-Key. */
  apiKey: string;
  /** Messages per minute: new dossiers and later steps together. */
  perMinute: number;
  /** Same seed (and clock), same dossiers in the same order; default: from the clock. */
  seed?: number;
  onError?: (error: TrafficError) => void;
  /** Clock for generated timestamps; default Date.now. */
  now?: () => number;
  /** Dossiers under way before only later steps are sent (default 40). */
  maxOpenDossiers?: number;
  /** Deadline per request (default 10 000 ms). */
  timeoutMs?: number;
  /** Attempts per message before its dossier is given up (default 5). */
  maxAttempts?: number;
}

/** A failed send; `final` means the dossier's remaining steps are dropped. No personal data inside. */
export interface TrafficError {
  kind: TrafficMessage['kind'];
  dossierCode: string;
  attempt: number;
  final: boolean;
  status?: number;
  /** The problem+json `code`, or the network error's code. */
  code?: string;
}

export interface TrafficStats {
  ticks: number;
  accepted: Record<TrafficMessage['kind'], number>;
  attempts: number;
  retries: number;
  /** Messages given up (their dossier's later steps are not sent). */
  failed: number;
  /** Dossiers with steps still to plan. */
  open: number;
  completed: number;
  abandoned: number;
  /** Sends cut off by stop() while a request was out: the gateway may or may not have accepted them. */
  interrupted: number;
}

export interface RunningTraffic {
  /** Stops planning, aborts what is in flight and resolves when every send has settled. */
  stop(): Promise<void>;
  stats(): TrafficStats;
}

const PATHS: Record<TrafficMessage['kind'], string> = {
  dossier: '/api/v1/one-stop/dossiers',
  event: '/api/v1/one-stop/events',
  result: '/api/v1/one-stop/results',
};

/** Share of ticks that open a new dossier while fewer than maxOpenDossiers are under way. */
const NEW_DOSSIER_SHARE = 0.2;

interface Lane {
  journey: DossierJourney;
  chain: Promise<void>;
  abandoned: boolean;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

function retryable(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

export function startTraffic(options: TrafficOptions): RunningTraffic {
  if (!(options.perMinute > 0)) throw new RangeError('perMinute must be positive');
  const seed = options.seed ?? Date.now() % 2_147_483_647;
  const now = options.now ?? Date.now;
  const generator = createDossierGenerator({ seed });
  const rng = createRng(seed ^ 0x5eed);
  const maxOpen = options.maxOpenDossiers ?? 40;
  const maxAttempts = options.maxAttempts ?? 5;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const base = options.gatewayUrl.replace(/\/+$/, '');
  const controller = new AbortController();
  const lanes: Lane[] = [];
  const pending = new Set<Promise<void>>();
  const stats: TrafficStats = {
    ticks: 0,
    accepted: { dossier: 0, event: 0, result: 0 },
    attempts: 0,
    retries: 0,
    failed: 0,
    open: 0,
    completed: 0,
    abandoned: 0,
    interrupted: 0,
  };

  const report = (error: TrafficError) => {
    try {
      options.onError?.(error);
    } catch {
      // A failing error handler must not stop the traffic.
    }
  };

  async function send(lane: Lane, message: TrafficMessage): Promise<void> {
    const dossierCode = lane.journey.dossierCode;
    for (let attempt = 1; !controller.signal.aborted && !lane.abandoned; attempt += 1) {
      stats.attempts += 1;
      let status: number | undefined;
      let code: string | undefined;
      try {
        const res = await fetch(`${base}${PATHS[message.kind]}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-api-key': options.apiKey,
            'idempotency-key': message.idempotencyKey,
          },
          body: JSON.stringify(message.body),
          signal: AbortSignal.any([controller.signal, AbortSignal.timeout(timeoutMs)]),
        });
        const text = await res.text();
        if (res.status === 202) {
          stats.accepted[message.kind] += 1;
          return;
        }
        status = res.status;
        code = (JSON.parse(text || '{}') as { code?: unknown }).code as string | undefined;
      } catch (error) {
        if (controller.signal.aborted) {
          stats.interrupted += 1;
          return;
        }
        code =
          (error as { cause?: { code?: string }; name?: string }).cause?.code ??
          (error as Error).name;
      }
      const final = (status !== undefined && !retryable(status)) || attempt >= maxAttempts;
      report({
        kind: message.kind,
        dossierCode,
        attempt,
        final,
        ...(status === undefined ? {} : { status }),
        ...(typeof code === 'string' ? { code } : {}),
      });
      if (final) {
        stats.failed += 1;
        lane.abandoned = true;
        stats.abandoned += 1;
        return;
      }
      stats.retries += 1;
      await sleep(Math.min(250 * 2 ** (attempt - 1), 5_000), controller.signal);
    }
  }

  const enqueue = (lane: Lane, message: TrafficMessage) => {
    const run = lane.chain.then(() => (lane.abandoned ? undefined : send(lane, message)));
    lane.chain = run;
    pending.add(run);
    void run.finally(() => pending.delete(run));
  };

  const tick = () => {
    stats.ticks += 1;
    const at = now();
    const open = lanes.filter((l) => !l.journey.done && !l.abandoned);
    const lane =
      open.length === 0 || (open.length < maxOpen && rng.chance(NEW_DOSSIER_SHARE))
        ? (() => {
            const fresh: Lane = {
              journey: generator.newDossier(at),
              chain: Promise.resolve(),
              abandoned: false,
            };
            lanes.push(fresh);
            return fresh;
          })()
        : rng.pick(open);
    const message = lane.journey.next(at);
    if (message) enqueue(lane, message);
    if (lane.journey.done) stats.completed += 1;
    // Forget finished lanes once their sends settled, so a long run does not grow without bound.
    for (let i = lanes.length - 1; i >= 0; i -= 1) {
      const l = lanes[i] as Lane;
      if (l.journey.done || l.abandoned) lanes.splice(i, 1);
    }
    stats.open = lanes.length;
  };

  const timer = setInterval(tick, Math.max(1, 60_000 / options.perMinute));
  timer.unref?.();

  return {
    async stop() {
      clearInterval(timer);
      controller.abort();
      await Promise.allSettled([...pending]);
    },
    stats: () => structuredClone(stats),
  };
}
