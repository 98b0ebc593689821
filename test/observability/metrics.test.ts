// /metrics after real traffic: promtool accepts it, HTTP series use route patterns, and the
// database gauges (backlog, oldest age, SLO, dead letters, freshness) match the exchange log.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/delivery.ts';
import { dossierNumbered, type Harness, startHarness } from './harness.ts';

const INSTALL =
  "promtool is required: install the Debian package 'prometheus' (apt-get install prometheus)";

let h: Harness;
let text = '';

/** The value of one series, e.g. value('x_total{a="b"}'); undefined when absent. */
function value(series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

beforeAll(async () => {
  h = await startHarness({ targets: ['sink', 'held'], sloSeconds: 600 });
  h.sink.failNext = 1;
  h.sink.rejectIf = (body) => body.includes('-9999');
  for (const n of [1, 2, 3]) expect((await h.postDossier(dossierNumbered(n))).status).toBe(202);
  expect((await h.postDossier(dossierNumbered(9999))).status).toBe(202);
  expect((await h.postDossier(dossierNumbered(4), 'lt_wrong')).status).toBe(401);
  expect((await fetch(`${h.baseUrl}/nowhere/001090000123`)).status).toBe(404);
  await h.startEngine();
  await waitFor(async () => {
    const { rows } = await h.db.pool.query(
      "select count(*)::int as n from lienthong.delivery where target = 'sink' and state in ('delivered', 'dead')",
    );
    return rows[0].n === 4;
  });
  // Two of the four deliveries to the target without a worker are an hour old: past the SLO.
  await h.db.pool.query(`
    update lienthong.delivery set created_at = now() - interval '1 hour'
    where id in (select id from lienthong.delivery where target = 'held' order by dossier_code limit 2)`);
  // The counters move just after each batch's transaction commits: wait for the last one.
  await waitFor(async () => {
    const res = await fetch(`${h.baseUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    text = await res.text();
    return value('lienthong_deliveries_total{target="sink",outcome="delivered"}') === 3;
  });
});

afterAll(async () => {
  await h.stop();
});

describe('GET /metrics', () => {
  it('should pass promtool check metrics', () => {
    const found = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
    expect(found.error, INSTALL).toBeUndefined();
    const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`.trim(), 'promtool lint findings').toBe('');
    expect(check.status).toBe(0);
  });

  it('should count requests by route pattern, status and member, never by raw path', () => {
    expect(
      value(
        'lienthong_http_requests_total{method="POST",route="/api/v1/dossiers",status="202",member="one-stop"}',
      ),
    ).toBe(4);
    expect(
      value(
        'lienthong_http_requests_total{method="POST",route="/api/v1/dossiers",status="401",member="anonymous"}',
      ),
    ).toBe(1);
    expect(
      value(
        'lienthong_http_requests_total{method="GET",route="unmatched",status="404",member="anonymous"}',
      ),
    ).toBe(1);
    expect(text).not.toContain('001090000123');
    expect(text).not.toContain('H26-250314');
  });

  it('should count settled deliveries and time attempts by outcome class', () => {
    expect(value('lienthong_deliveries_total{target="sink",outcome="delivered"}')).toBe(3);
    expect(value('lienthong_deliveries_total{target="sink",outcome="dead"}')).toBe(1);
    expect(value('lienthong_deliveries_total{target="sink",outcome="retry"}')).toBe(1);
    expect(
      value(
        'lienthong_delivery_attempt_duration_seconds_count{target="sink",outcome_class="delivered"}',
      ),
    ).toBe(3);
    expect(
      value(
        'lienthong_delivery_attempt_duration_seconds_count{target="sink",outcome_class="transient"}',
      ),
    ).toBe(1);
    expect(
      value(
        'lienthong_delivery_attempt_duration_seconds_count{target="sink",outcome_class="permanent"}',
      ),
    ).toBe(1);
    expect(value('lienthong_circuit_state{target="sink"}')).toBe(0);
  });

  it('should read backlog, oldest age, SLO breaches, dead letters and freshness from the database', () => {
    expect(value('lienthong_metrics_database_up')).toBe(1);
    expect(value('lienthong_delivery_queue_depth{target="held"}')).toBe(4);
    expect(value('lienthong_delivery_queue_depth{target="sink"}')).toBe(0);
    expect(
      value('lienthong_delivery_oldest_pending_age_seconds{target="held"}'),
    ).toBeGreaterThanOrEqual(3600);
    expect(value('lienthong_dossiers_pending_past_slo{target="held"}')).toBe(2);
    expect(value('lienthong_dossiers_pending_past_slo{target="sink"}')).toBe(0);
    expect(value('lienthong_delivery_dead_letters{target="sink"}')).toBe(1);
    expect(value('lienthong_delivery_dead_letters{target="held"}')).toBe(0);
    const freshness = value('lienthong_delivery_last_success_age_seconds{target="sink"}');
    expect(freshness).toBeGreaterThanOrEqual(0);
    expect(freshness).toBeLessThan(3600);
    expect(value('lienthong_delivery_last_success_age_seconds{target="held"}')).toBeUndefined();
  });

  it('should include the Node.js process metrics', () => {
    expect(value('process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(text).toContain('# TYPE nodejs_heap_size_used_bytes gauge');
  });
});
