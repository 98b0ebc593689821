// Builds the real gateway app with the SOAP exchange service mounted, on a test database, and serves it on a port.

import type { Hono } from 'hono';
import { listen } from '../../gateway/server.ts';
import { mountSoapExchange } from '../../gateway/soap/exchange-service.ts';
import type { XmlLimits } from '../../gateway/soap/xml-guard.ts';
import type { Pool } from '../../ops/db/pool.ts';
import type { Route } from '../../ops/delivery/routing.ts';
import type { MemberService } from '../../ops/members/types.ts';
import type { PgBoss } from '../../ops/queue/boss.ts';
import { buildTestApp } from '../helpers/app.ts';

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

/** Serves the app on a port the kernel picks as it binds (no window for another to take it). */
export async function serveOnPort(app: Hono): Promise<{ origin: string; close(): Promise<void> }> {
  const running = await listen(app, { port: 0, hostname: '127.0.0.1' });
  return {
    origin: `http://127.0.0.1:${running.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        running.server.close(() => resolve());
        // Keep-alive sockets (the soap client's) would hold close() open.
        running.server.closeAllConnections();
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
