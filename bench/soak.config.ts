// Soak configuration: the shipped lienthong.config.ts (sandbox simulators, one-stop traffic) with a
// steadier, higher sandbox rate from BENCH_SOAK_PER_MINUTE (default 600 messages a minute).
import shipped from '../lienthong.config.ts';
import { defineConfig } from '../ops/config.ts';

const perMinute = Number(process.env.BENCH_SOAK_PER_MINUTE || 600);

export default defineConfig({
  ...shipped,
  sandbox: { enabled: true, dossiersPerMinute: perMinute },
});
