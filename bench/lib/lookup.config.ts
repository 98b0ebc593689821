// bench:lookup's gateway configuration: the population and business connectors pointed at their
// simulators (BENCH_POPULATION_URL, BENCH_BUSINESS_URL), the load member, no per-member limit.
import { sandbox as business } from '../../connectors/business/index.ts';
import { sandbox as population } from '../../connectors/population/index.ts';
import { defineConfig } from '../../ops/config.ts';

export const LOOKUP_MEMBER = {
  id: 'bench-lookup',
  name: 'Benchmark lookup client',
  rights: ['lookup.citizen', 'lookup.enterprise'],
};

/** As many sockets to each simulator as the load keeps requests in flight, as the baseline has. */
const connections = Number(process.env.BENCH_CONCURRENCY || 32);

export default defineConfig({
  connectors: {
    population: {
      type: 'population',
      settings: { ...population.settings(process.env.BENCH_POPULATION_URL ?? ''), connections },
    },
    business: {
      type: 'business',
      settings: { ...business.settings(process.env.BENCH_BUSINESS_URL ?? ''), connections },
    },
  },
  routes: [],
  members: [LOOKUP_MEMBER],
  // One member sends the whole load: the per-member rate limit is not what is measured.
  gateway: { rateLimit: { perSecond: 1_000_000, burst: 1_000_000 } },
  sandbox: { enabled: false, dossiersPerMinute: 0 },
});
