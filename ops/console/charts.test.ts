import { describe, expect, it } from 'vitest';
import { attemptChart, hourBuckets } from './charts.ts';

const at = (iso: string) => new Date(iso);

describe('hourBuckets', () => {
  it('should give one bucket per hour ending with the current one, zero where nothing happened', () => {
    const buckets = hourBuckets(
      [
        { hour: at('2026-03-10T09:00:00Z'), delivered: 4, failed: 1 },
        { hour: at('2026-03-09T09:00:00Z'), delivered: 9, failed: 9 },
      ],
      at('2026-03-10T09:41:00Z'),
      24,
    );
    expect(buckets).toHaveLength(24);
    expect(buckets[0]!.hour.toISOString()).toBe('2026-03-09T10:00:00.000Z');
    expect(buckets[23]).toEqual({ hour: at('2026-03-10T09:00:00Z'), delivered: 4, failed: 1 });
    expect(buckets.slice(0, 23).every((b) => b.delivered === 0 && b.failed === 0)).toBe(true);
  });
});

describe('attemptChart', () => {
  it('should stack failed over delivered bars scaled to the busiest hour', async () => {
    const svg = String(
      await attemptChart(
        [
          { hour: at('2026-03-10T08:00:00Z'), delivered: 2, failed: 0 },
          { hour: at('2026-03-10T09:00:00Z'), delivered: 3, failed: 1 },
        ],
        { width: 100, height: 42, label: 'chart', barTitle: (b) => `${b.delivered}/${b.failed}` },
      ),
    );
    const heights = [...svg.matchAll(/class="bar-(ok|fail)"[^>]*height="([\d.]+)"/g)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(heights).toEqual([
      ['ok', 20],
      ['ok', 30],
      ['fail', 10],
    ]);
    expect(svg).toContain('<title>3/1</title>');
    expect(svg).toContain('role="img"');
  });

  it('should escape labels', async () => {
    const svg = String(
      await attemptChart([], { label: '<script>"x"</script>', barTitle: () => '' }),
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&quot;x&quot;');
  });
});
