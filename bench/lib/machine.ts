// Describes the machine a benchmark ran on, and appends results to bench/RESULTS.md.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

export const RESULTS_FILE = fileURLToPath(new URL('../RESULTS.md', import.meta.url));

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

/** Appends one entry; BENCH_RECORD=0 (exploratory runs) appends nothing. */
export function appendResult(title: string, command: string, lines: string[]): void {
  if (process.env.BENCH_RECORD === '0') return;
  if (!existsSync(RESULTS_FILE)) {
    writeFileSync(
      RESULTS_FILE,
      '# Benchmark results\n\nAppended by the `npm run bench:*` scripts: each entry names the date, machine and command, and its baseline was measured in the same run.\n',
    );
  }
  const entry = [
    `\n## ${title} — ${new Date().toISOString()}`,
    '',
    `- machine: ${machine()}`,
    `- command: \`${command}\``,
    ...lines.map((l) => `- ${l}`),
    '',
  ];
  appendFileSync(RESULTS_FILE, entry.join('\n'));
}
