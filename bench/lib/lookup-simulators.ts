// Runs the population and business simulators in a process of their own on 127.0.0.1 until SIGTERM.
// Usage: node bench/lib/lookup-simulators.ts. Prints one JSON line with both URLs when listening.
import { sandbox as business } from '../../connectors/business/index.ts';
import { sandbox as population } from '../../connectors/population/index.ts';

const running = [await population.startSimulator(), await business.startSimulator()];
console.log(
  JSON.stringify({ ready: true, population: running[0]!.url, business: running[1]!.url }),
);

const stop = () => {
  void Promise.all(running.map((r) => r.close())).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
