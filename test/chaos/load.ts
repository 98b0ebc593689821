// The load: HTTP submissions, sequential within a dossier and concurrent across dossiers, paced,
// retried on connection errors, timeouts and 5xx. A 2xx is an acknowledgement: it goes in the ledger.
import type { Submission, Workload } from './workload.ts';

export interface Ack {
  submission: Submission;
  exchangeId: string;
  /** 'duplicate' on a first ack: an earlier try was committed but its answer was lost. */
  status: 'accepted' | 'duplicate';
  deliveries: string[];
  tries: number;
}

export interface Resend {
  submission: Submission;
  late: boolean;
  expected: string;
  got: { status: string; exchangeId: string } | undefined;
}

export interface LoadResult {
  acks: Ack[];
  resends: Resend[];
  unacknowledged: Submission[];
  refused: Array<{ submission: Submission; status: number; body: string }>;
  client: { requests: number; connectionErrors: number; serverErrors: number };
}

export interface LoadOptions {
  url: string;
  apiKey: string;
  workload: Workload;
  lanes: number;
  perSecond: number;
  random: () => number;
  /** Share of acknowledged submissions sent again at once (same body, same key or none). */
  duplicateShare: number;
  /** Share of dossiers that, at their end, resend one of their earlier submissions. */
  lateDuplicateShare: number;
  giveUpMs: number;
}

export interface LoadRun {
  /** Acknowledged share of all first submissions, 0–1. */
  progress(): number;
  /** Ends the load early: nothing new is sent, retries give up (their submissions stay unacknowledged). */
  stop(): void;
  done: Promise<LoadResult>;
}

type Outcome =
  | { kind: 'ack'; status: string; exchangeId: string; deliveries: string[]; tries: number }
  | { kind: 'refused'; status: number; body: string }
  | { kind: 'gave_up' };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function startLoad(options: LoadOptions): LoadRun {
  const result: LoadResult = {
    acks: [],
    resends: [],
    unacknowledged: [],
    refused: [],
    client: { requests: 0, connectionErrors: 0, serverErrors: 0 },
  };
  const total = options.workload.dossiers.reduce((n, d) => n + d.length, 0);
  let stopped = false;
  let nextSlot = Date.now();
  const pace = async () => {
    const now = Date.now();
    nextSlot = Math.max(now, nextSlot + 1000 / options.perSecond);
    if (nextSlot > now) await sleep(nextSlot - now);
  };

  async function post(s: Submission): Promise<Outcome> {
    const started = Date.now();
    for (let tries = 1; ; tries++) {
      result.client.requests++;
      try {
        const res = await fetch(`${options.url}${s.path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-api-key': options.apiKey,
            ...(s.key ? { 'idempotency-key': s.key } : {}),
          },
          body: JSON.stringify(s.body),
          signal: AbortSignal.timeout(15_000),
        });
        const text = await res.text();
        if (res.status === 202) {
          const body = JSON.parse(text) as {
            exchangeId: string;
            status: string;
            deliveries: Array<{ target: string }>;
          };
          const deliveries = body.deliveries.map((d) => d.target);
          return {
            kind: 'ack',
            status: body.status,
            exchangeId: body.exchangeId,
            deliveries,
            tries,
          };
        }
        if (res.status < 500 && res.status !== 429) {
          return { kind: 'refused', status: res.status, body: text.slice(0, 500) };
        }
        result.client.serverErrors++;
      } catch {
        result.client.connectionErrors++;
      }
      if (stopped || Date.now() - started > options.giveUpMs) return { kind: 'gave_up' };
      const backoff = Math.min(2_000, 100 * 2 ** Math.min(tries, 5));
      await sleep(backoff / 2 + options.random() * (backoff / 2));
    }
  }

  async function resend(s: Submission, expected: string, late: boolean): Promise<void> {
    await pace();
    const outcome = await post(s);
    result.resends.push({
      submission: s,
      late,
      expected,
      got:
        outcome.kind === 'ack'
          ? { status: outcome.status, exchangeId: outcome.exchangeId }
          : undefined,
    });
  }

  async function runDossier(list: Submission[]): Promise<void> {
    const acked: Ack[] = [];
    for (const s of list) {
      await pace();
      const outcome = await post(s);
      if (outcome.kind === 'refused') {
        result.refused.push({ submission: s, status: outcome.status, body: outcome.body });
        return; // later events would follow a gap: stop this dossier
      }
      if (outcome.kind === 'gave_up') {
        result.unacknowledged.push(s);
        return;
      }
      const ack: Ack = {
        submission: s,
        exchangeId: outcome.exchangeId,
        status: outcome.status === 'duplicate' ? 'duplicate' : 'accepted',
        deliveries: outcome.deliveries,
        tries: outcome.tries,
      };
      acked.push(ack);
      result.acks.push(ack);
      if (options.random() < options.duplicateShare) await resend(s, ack.exchangeId, false);
    }
    if (acked.length > 1 && options.random() < options.lateDuplicateShare) {
      const earlier = acked[Math.floor(options.random() * (acked.length - 1))]!;
      await resend(earlier.submission, earlier.exchangeId, true);
    }
  }

  // Dossiers in a shuffled order, so codes and event times arrive out of order across dossiers.
  const order = options.workload.dossiers.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(options.random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let next = 0;
  const lane = async () => {
    while (!stopped && next < order.length) {
      await runDossier(options.workload.dossiers[order[next++]!]!);
    }
  };
  const done = Promise.all(Array.from({ length: options.lanes }, lane)).then(() => {
    for (const i of order.slice(next)) result.unacknowledged.push(...options.workload.dossiers[i]!);
    return result;
  });
  return {
    progress: () => result.acks.length / total,
    stop: () => {
      stopped = true;
    },
    done,
  };
}
