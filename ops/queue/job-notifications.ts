// Listens to pg-boss's job NOTIFY channel on a connection of its own and reports the queue named
// in each: our delivery lanes fetch by hand (not through boss.work), so pg-boss cannot wake them.
import pg from 'pg';
import { notifyChannelSql } from 'pg-boss/dist/plans.js';
import type { Pool } from '../db/pool.ts';
import type { Logger } from '../telemetry/logger.ts';
import { QUEUE_SCHEMA } from './boss.ts';

/** After a lost connection: the lanes still poll meanwhile, so nothing waits longer than that. */
const RECONNECT_MS = 2_000;

export interface JobNotifications {
  /** Resolves once the first LISTEN is in place (never rejects: the lanes poll until then). */
  listening: Promise<void>;
  stop(): Promise<void>;
}

export function listenForJobs(options: {
  /** Its connection settings are used for a client outside the pool: LISTEN holds it for good. */
  pool: Pool;
  logger: Logger;
  onQueue: (queue: string) => void;
}): JobNotifications {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;
  let listened: () => void = () => undefined;
  const listening = new Promise<void>((resolve) => {
    listened = resolve;
  });

  const connect = async (): Promise<void> => {
    try {
      const next = new pg.Client(options.pool.options);
      client = next;
      // A restart of PostgreSQL ends the connection, with or without an error first.
      next.on('error', () => reconnect(next));
      next.on('end', () => reconnect(next));
      await next.connect();
      next.on('notification', (message) => {
        if (message.payload) options.onQueue(message.payload);
      });
      const { rows } = await next.query<{ channel: string }>(
        `select ${notifyChannelSql(QUEUE_SCHEMA)} as channel`,
      );
      // The channel name is pg-boss's: a hex digest, safe as an identifier.
      await next.query(`listen ${rows[0]!.channel}`);
      failures = 0;
      listened();
      if (stopped) await release();
    } catch (error) {
      // Once per outage, not every retry; the message only (pg errors carry the connection).
      if (++failures === 1 && !stopped) {
        const { message, code } = error as { message?: string; code?: string };
        options.logger.warn({ err: { message, code } }, 'job notifications lost; lanes poll');
      }
      if (client) reconnect(client);
    }
  };

  const reconnect = (broken: pg.Client): void => {
    if (client !== broken) return;
    client = undefined;
    void broken.end().catch(() => undefined);
    if (!stopped) retry = setTimeout(() => void connect(), RECONNECT_MS);
  };

  const release = async (): Promise<void> => {
    const current = client;
    client = undefined;
    if (!current) return;
    await current.end().catch(() => undefined);
  };

  void connect();
  return {
    listening,
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await release();
    },
  };
}
