// Runs the national-portal simulator in a process of its own on 127.0.0.1:<port> until SIGTERM.
// Usage: node test/chaos/portal-simulator.ts <port> [seed]. Prints one JSON line when listening.
import { startSimulator } from '../../connectors/kit/simulator/index.ts';
import { createPortalSimulator } from '../../connectors/national-portal/index.ts';

const port = Number(process.argv[2] ?? '0');
const seed = Number(process.argv[3] ?? '1');
if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isInteger(seed)) {
  console.error('usage: node test/chaos/portal-simulator.ts <port> [seed]');
  process.exit(2);
}

const running = await startSimulator(createPortalSimulator({ seed }), { port, host: '127.0.0.1' });
console.log(JSON.stringify({ ready: true, url: running.url, pid: process.pid }));

const stop = () => {
  void running.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
