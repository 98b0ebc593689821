// Runs the national-portal simulator in a process of its own on 127.0.0.1:<port> until SIGTERM.
// Usage: node bench/lib/portal-simulator.ts <port> [--rate-limit]. Prints one JSON line when listening.
import { startSimulator } from '../../connectors/kit/simulator/index.ts';
import { createPortalSimulator } from '../../connectors/national-portal/index.ts';

const port = Number(process.argv[2] ?? '0');
// The portal's own throttle (100 calls/s per client) would make a benchmark measure the simulator,
// so it is off unless asked for.
const rateLimited = process.argv.includes('--rate-limit');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('usage: node bench/lib/portal-simulator.ts <port> [--rate-limit]');
  process.exit(2);
}

const running = await startSimulator(
  createPortalSimulator({ seed: 1, ...(rateLimited ? {} : { rateLimit: false }) }),
  { port, host: '127.0.0.1' },
);
console.log(JSON.stringify({ ready: true, url: running.url, pid: process.pid }));

const stop = () => {
  void running.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
