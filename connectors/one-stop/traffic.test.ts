// Sandbox traffic against a fake gateway over a real socket: headers, bodies, per-dossier order, retries, give-ups.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { messageProblems } from './generator/check.ts';
import type { TrafficMessage } from './generator/index.ts';
import { type RunningTraffic, startTraffic, type TrafficError } from './traffic.ts';

interface Received {
  path: string;
  apiKey: string | undefined;
  key: string | undefined;
  body: Record<string, unknown>;
}

const KIND: Record<string, TrafficMessage['kind']> = {
  '/api/v1/one-stop/dossiers': 'dossier',
  '/api/v1/one-stop/events': 'event',
  '/api/v1/one-stop/results': 'result',
};

/** A gateway that records every request; `answer` picks the status (default 202). */
async function fakeGateway(answer: (r: Received, n: number) => number = () => 202) {
  const received: Received[] = [];
  const app = new Hono();
  app.post('/api/v1/one-stop/:resource', async (c) => {
    const r: Received = {
      path: c.req.path,
      apiKey: c.req.header('x-api-key'),
      key: c.req.header('idempotency-key'),
      body: await c.req.json(),
    };
    received.push(r);
    const status = answer(r, received.length);
    if (status === 202) return c.json({ exchangeId: `ex-${received.length}` }, 202);
    return c.body(
      JSON.stringify({ status, code: status === 400 ? 'validation.failed' : 'unavailable' }),
      status as 400,
      {
        'content-type': 'application/problem+json',
      },
    );
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 500 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 10));
};

describe('startTraffic', () => {
  let traffic: RunningTraffic | undefined;
  let closeGateway: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await traffic?.stop();
    await closeGateway?.();
  });

  it('should submit valid dossiers, then their events and results, in order per dossier', async () => {
    const gateway = await fakeGateway();
    closeGateway = gateway.close;
    traffic = startTraffic({
      gatewayUrl: gateway.url,
      apiKey: 'member-key',
      perMinute: 30_000,
      seed: 9,
    });
    await until(() => gateway.received.length >= 150);
    await traffic.stop();
    const received = [...gateway.received];
    expect(received.every((r) => r.apiKey === 'member-key' && typeof r.key === 'string')).toBe(
      true,
    );
    const messages = received.map(
      (r) => ({ kind: KIND[r.path], idempotencyKey: r.key, body: r.body }) as TrafficMessage,
    );
    expect(messages.flatMap(messageProblems)).toEqual([]);
    const lastAt = new Map<string, string>();
    for (const m of messages) {
      const at =
        m.kind === 'dossier'
          ? m.body.NgayTiepNhan
          : m.kind === 'event'
            ? m.body.ThoiDiemXuLy
            : m.body.NgayKetThucXuLy;
      const previous = lastAt.get(m.body.MaHoSo);
      if (m.kind === 'dossier') expect(previous).toBeUndefined();
      else expect(Date.parse(at ?? '')).toBeGreaterThan(Date.parse(previous ?? 'x'));
      lastAt.set(m.body.MaHoSo, at ?? '');
    }
    expect(new Set(messages.map((m) => m.kind))).toEqual(new Set(['dossier', 'event', 'result']));
    // stop() cuts off sends in flight: the gateway may have taken one whose 202 never came back.
    const stats = traffic.stats();
    const accepted = stats.accepted.dossier + stats.accepted.event + stats.accepted.result;
    expect(accepted).toBeLessThanOrEqual(received.length);
    expect(received.length).toBeLessThanOrEqual(accepted + stats.interrupted);
  });

  it('should retry a 503 with the same Idempotency-Key and give up a dossier on a 400', async () => {
    const errors: TrafficError[] = [];
    const gateway = await fakeGateway((r, n) => {
      if (n === 1) return 503;
      return r.path.endsWith('/results') ? 400 : 202;
    });
    closeGateway = gateway.close;
    traffic = startTraffic({
      gatewayUrl: gateway.url,
      apiKey: 'k',
      perMinute: 6_000,
      seed: 4,
      onError: (e) => errors.push(e),
    });
    const first = () => gateway.received[0];
    const retried = () => gateway.received.filter((r) => r.key === first()?.key).length >= 2;
    await until(() => errors.some((e) => e.final) && retried());
    await traffic.stop();
    expect(gateway.received.filter((r) => r.key === first()?.key)).toHaveLength(2);
    expect(errors[0]).toMatchObject({ kind: 'dossier', status: 503, attempt: 1, final: false });
    const given = errors.find((e) => e.final);
    expect(given).toMatchObject({ kind: 'result', status: 400, code: 'validation.failed' });
    const after = gateway.received.filter(
      (r) => r.body.MaHoSo === given?.dossierCode && !r.path.endsWith('/results'),
    );
    expect(after.every((r) => r.body.TrangThai !== '10')).toBe(true);
    const stats = traffic.stats();
    expect(stats.abandoned).toBeGreaterThanOrEqual(1);
    expect(stats.failed).toBe(stats.abandoned);
  });

  it('should send the same bodies for the same seed and clock', async () => {
    const run = async (seed: number, count: number) => {
      const gateway = await fakeGateway();
      let t = Date.parse('2025-11-18T02:00:00Z');
      const running = startTraffic({
        gatewayUrl: gateway.url,
        apiKey: 'k',
        perMinute: 6_000,
        seed,
        now: () => (t += 1_000),
      });
      await until(() => gateway.received.length >= count);
      await running.stop();
      await gateway.close();
      return gateway.received.map((r) => JSON.stringify(r.body));
    };
    // The shorter run's messages are a subset of the longer run's: planning depends on seed and clock only.
    const short = await run(77, 30);
    const long = new Set(await run(77, 90));
    const other = new Set(await run(78, 90));
    expect(short.length).toBeGreaterThanOrEqual(30);
    expect(short.filter((body) => !long.has(body))).toEqual([]);
    expect(short.filter((body) => other.has(body))).toEqual([]);
  });

  it('should refuse a non-positive rate', () => {
    expect(() =>
      startTraffic({ gatewayUrl: 'http://127.0.0.1:1', apiKey: 'k', perMinute: 0 }),
    ).toThrow(RangeError);
  });
});
