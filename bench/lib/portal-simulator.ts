// Runs the national-portal simulator in a process of its own on 127.0.0.1:<port> until SIGTERM.
// Usage: node bench/lib/portal-simulator.ts <port> [--rate-limit] [--applied-times]. Prints one JSON
// line when listening.
import { performance } from 'node:perf_hooks';
import { startSimulator } from '../../connectors/kit/simulator/index.ts';
import { createPortalSimulator } from '../../connectors/national-portal/index.ts';

const port = Number(process.argv[2] ?? '0');
// The portal's own throttle (100 calls/s per client) would make a benchmark measure the simulator,
// so it is off unless asked for.
const rateLimited = process.argv.includes('--rate-limit');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    'usage: node bench/lib/portal-simulator.ts <port> [--rate-limit] [--applied-times]',
  );
  process.exit(2);
}

const sim = createPortalSimulator({ seed: 1, ...(rateLimited ? {} : { rateLimit: false }) });
if (process.argv.includes('--applied-times')) {
  // bench:latency: when each dossier was first applied, on the clock every process shares
  // (performance.timeOrigin + performance.now(), ms since the epoch), served as JSON.
  const appliedAt = new Map<string, number>();
  const record = sim.recordApplied;
  sim.recordApplied = (op, key, item) => {
    if (op === 'DongBoHoSoMC' && !appliedAt.has(key))
      appliedAt.set(key, performance.timeOrigin + performance.now());
    record(op, key, item);
  };
  sim.app.get('/__bench/applied-count', (c) => c.json({ count: appliedAt.size }));
  sim.app.get('/__bench/applied-times', (c) => c.json(Object.fromEntries(appliedAt)));
}
const running = await startSimulator(sim, { port, host: '127.0.0.1' });
console.log(JSON.stringify({ ready: true, url: running.url, pid: process.pid }));

const stop = () => {
  void running.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
