#!/usr/bin/env node
// The lienthong command: checks for Node 24 (TypeScript runs by type stripping), then runs the CLI.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `lienthong needs Node.js 24 or newer (this is ${process.version}). ` +
      'Run it through npm (npm start, npm run lienthong -- …), which uses the Node 24 pinned in devDependencies.',
  );
  process.exit(1);
}
// Tracing must start before the app's modules load, so that http, undici and pg are instrumented.
if (process.argv[2] === 'start') await import('../ops/telemetry/register.ts');
const { main } = await import('../ops/cli.ts');
process.exitCode = await main(process.argv.slice(2));
