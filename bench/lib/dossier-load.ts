// Dossier journeys from the bench process: each dossier then its events one after the other, dossiers
// concurrently, requests round-robin over the gateways; retries keep their member and Idempotency-Key.
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { dossierBody, dossierCode, eventBody } from './workload.ts';

export interface JourneyLoadOptions {
  gatewayUrls: string[];
  apiKeys: string[];
  dossiers: number;
  eventsPerDossier: number;
  /** Dossiers under way at once. */
  concurrency: number;
  /** Attempts per request before its dossier is given up. */
  maxAttempts?: number;
}

export interface JourneyLoadResult {
  /** Date.now() when the first request left. */
  startedAtMs: number;
  seconds: number;
  accepted: number;
  /** 202s that were replays of an earlier accepted attempt (Idempotent-Replayed). */
  replayed: number;
  /** Answers other than 202 (429 included) and network errors, each retried. */
  retries: number;
  throttled: number;
  /** Requests given up after maxAttempts; their dossier's later events were not sent. */
  failed: string[];
  /** For each accepted dossier code, how many of its events were accepted (1…n in order). */
  acceptedEvents: Map<string, number>;
  /** Latencies of accepted requests in ms, sorted. */
  latenciesMs: number[];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

class NotRetryable extends Error {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runJourneys(options: JourneyLoadOptions): Promise<JourneyLoadResult> {
  const maxAttempts = options.maxAttempts ?? 8;
  const agent = new Agent({ connections: options.concurrency, keepAliveTimeout: 60_000 });
  const started = performance.now();
  const result: JourneyLoadResult = {
    startedAtMs: Date.now(),
    seconds: 0,
    accepted: 0,
    replayed: 0,
    retries: 0,
    throttled: 0,
    failed: [],
    acceptedEvents: new Map(),
    latenciesMs: [],
  };
  let turn = 0;

  async function post(path: string, body: unknown, apiKey: string, key: string): Promise<boolean> {
    const payload = JSON.stringify(body);
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const base = options.gatewayUrls[turn++ % options.gatewayUrls.length]!;
      const sent = performance.now();
      let wait = 100 * 2 ** (attempt - 1);
      try {
        const res = await request(`${base}${path}`, {
          method: 'POST',
          dispatcher: agent,
          headers: {
            'content-type': 'application/json',
            'x-api-key': apiKey,
            'idempotency-key': key,
          },
          body: payload,
          headersTimeout: 30_000,
          bodyTimeout: 30_000,
        });
        const text = await res.body.text();
        if (res.statusCode === 202) {
          result.latenciesMs.push(performance.now() - sent);
          result.accepted++;
          if (res.headers['idempotent-replayed'] === 'true') result.replayed++;
          return true;
        }
        if (res.statusCode === 429) {
          result.throttled++;
          wait = Number(res.headers['retry-after'] ?? 1) * 1000;
        } else if (res.statusCode < 500) {
          throw new NotRetryable(`${path}: ${res.statusCode} ${text.slice(0, 500)}`);
        }
      } catch (error) {
        if (error instanceof NotRetryable) throw error;
      }
      result.retries++;
      await sleep(wait);
    }
    return false;
  }

  async function journey(i: number): Promise<void> {
    const code = dossierCode(i);
    // One member per dossier: Idempotency-Keys are scoped to the member that sent them.
    const apiKey = options.apiKeys[i % options.apiKeys.length]!;
    if (!(await post('/api/v1/dossiers', dossierBody(code), apiKey, `bench-${code}`))) {
      result.failed.push(code);
      return;
    }
    result.acceptedEvents.set(code, 0);
    const path = `/api/v1/dossiers/${encodeURIComponent(code)}/events`;
    for (let k = 1; k <= options.eventsPerDossier; k++) {
      if (!(await post(path, eventBody(code, k), apiKey, `bench-${code}-e${k}`))) {
        result.failed.push(`${code} event ${k}`);
        return;
      }
      result.acceptedEvents.set(code, k);
    }
  }

  let next = 0;
  const lane = async () => {
    while (next < options.dossiers) await journey(next++);
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, lane));
  } finally {
    await agent.close();
  }
  result.seconds = (performance.now() - started) / 1000;
  result.latenciesMs.sort((a, b) => a - b);
  return result;
}
