// startSimulator: serves a simulator on a real socket; `down` closes the listener and drops every connection.
import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { serve } from '@hono/node-server';
import type { Simulator } from './create-simulator.ts';
import { ADMIN_PREFIX, type Faults, type FaultsPatch } from './faults.ts';
import type { SimulatorStats } from './stats.ts';

export interface StartOptions {
  /** 0 (default) picks a free port; the same port is reused after downtime. */
  port?: number;
  host?: string;
}

export interface RunningSimulator {
  readonly sim: Simulator;
  readonly url: string;
  readonly port: number;
  /** Applies faults and resolves once the socket state matches (down: refusing; up: listening). */
  setFaults(patch: FaultsPatch): Promise<Faults>;
  stats(): SimulatorStats;
  /** sim.reset(), then waits for the socket state to match the restored faults. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export async function startSimulator(
  sim: Simulator,
  options: StartOptions = {},
): Promise<RunningSimulator> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  // Sockets serving an admin request finish that response before being dropped.
  const adminBusy = new Set<Socket>();
  let down = false;

  const server = serve({ fetch: sim.app.fetch, port: options.port ?? 0, hostname: host }) as Server;
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });

  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req, res) => {
    if (!req.url?.startsWith(ADMIN_PREFIX)) return;
    adminBusy.add(req.socket);
    res.once('finish', () => {
      adminBusy.delete(req.socket);
      if (down) req.socket.destroy();
    });
  });

  const goDown = (): Promise<void> =>
    new Promise((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) if (!adminBusy.has(socket)) socket.destroy();
    });

  let transition: Promise<void> = Promise.resolve();
  const sync = (faults: Faults): Promise<void> => {
    transition = transition.then(async () => {
      if (faults.down === down) return;
      down = faults.down;
      if (down) await goDown();
      else await listen(server, port, host);
    });
    return transition;
  };
  const unsubscribe = sim.onFaultsChange((next) => void sync(next));
  await sync(sim.faults());

  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    sim,
    url,
    port,
    async setFaults(patch) {
      const faults = sim.setFaults(patch);
      await transition;
      return faults;
    },
    stats: () => sim.stats(),
    async reset() {
      sim.reset();
      await transition;
    },
    async close() {
      unsubscribe();
      sim.close();
      await transition;
      if (server.listening) await goDown();
      for (const socket of sockets) socket.destroy();
    },
  };
}
