// Serves the gateway app over HTTP and closes it gracefully: stop accepting, drain, then return.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface RunningServer {
  server: Server;
  port: number;
  /** Stops accepting, lets in-flight requests finish, closes idle keep-alive sockets. */
  close(): Promise<void>;
}

export function listen(
  app: Hono,
  options: { port: number; hostname: string },
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.hostname },
      (info: AddressInfo) => {
        resolve({
          server,
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              server.closeIdleConnections();
            }),
        });
      },
    ) as Server;
    server.once('error', reject);
  });
}
