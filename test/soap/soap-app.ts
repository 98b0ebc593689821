// Builds the real gateway app with the SOAP exchange service mounted, on a test database, and serves it on a port.
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { mountSoapExchange } from '../../gateway/soap/exchange-service.ts';
import type { XmlLimits } from '../../gateway/soap/xml-guard.ts';
import type { Pool } from '../../ops/db/pool.ts';
import type { Route } from '../../ops/delivery/routing.ts';
import type { MemberService } from '../../ops/members/types.ts';
import type { PgBoss } from '../../ops/queue/boss.ts';
import { buildTestApp } from '../helpers/app.ts';
import { freePort } from '../helpers/free-port.ts';

export const SOAP_PATH = '/soap/v1/exchange';

export interface SoapTestApp {
  app: Hono;
  members: MemberService;
}

/** test/helpers/app.ts buildTestApp, plus the SOAP service through createApp's extraRoutes. */
export function buildSoapTestApp(options: {
  pool: Pool;
  boss: PgBoss;
  routes: Route[];
  publicUrl?: string;
  xmlLimits?: Partial<XmlLimits>;
}): Promise<SoapTestApp> {
  return buildTestApp({
    ...options,
    extraRoutes: ({ intake, members, logger }) => [
      mountSoapExchange({
        intake,
        members,
        pool: options.pool,
        logger,
        publicUrl: options.publicUrl,
        xmlLimits: options.xmlLimits,
      }),
    ],
  });
}

/** Serves the app on a free loopback port; `close()` stops it. */
export async function serveOnPort(app: Hono): Promise<{ origin: string; close(): Promise<void> }> {
  const port = await freePort();
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => {
    if (server.listening) resolve();
    else server.once('listening', () => resolve());
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets (the soap client's) would hold close() open.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

/** Counts the exchange rows; hostile requests must leave it unchanged. */
export async function exchangeCount(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    'select count(*)::int as n from lienthong.exchange',
  );
  return rows[0]?.n ?? 0;
}

/** A SOAP 1.1 envelope around `body` (an element in the exchange namespace, prefix e:). */
export function envelope(body: string, header = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:e="urn:lienthong:exchange:v1">' +
    `${header ? `<soap:Header>${header}</soap:Header>` : ''}<soap:Body>${body}</soap:Body></soap:Envelope>`
  );
}

/** A WS-Security header with a PasswordText UsernameToken. */
export function usernameToken(username: string, password: string): string {
  return (
    '<wsse:Security soap:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">' +
    `<wsse:UsernameToken><wsse:Username>${username}</wsse:Username>` +
    '<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">' +
    `${password}</wsse:Password></wsse:UsernameToken></wsse:Security>`
  );
}
