// createMetrics: recorders land in the process's own registry; database gauges follow the scrape.
import { describe, expect, it } from 'vitest';
import type { Pool } from '../db/pool.ts';
import type { DeliveryHealthRow } from '../db/queries/metrics.ts';
import { createMetrics, noopMetrics } from './metrics.ts';

/** A pool whose one client answers the health query with `rows` (or fails, or never connects). */
function fakePool(behaviour: { rows?: DeliveryHealthRow[]; fail?: boolean; hang?: boolean }) {
  const statements: string[] = [];
  let released = 0;
  const client = {
    async query(q: string | { text: string }) {
      const text = typeof q === 'string' ? q : q.text;
      statements.push(text.trim().split(/\s+/).slice(0, 2).join(' '));
      if (text.includes('lienthong.delivery')) {
        if (behaviour.fail) throw new Error('canceling statement due to statement timeout');
        return { rows: behaviour.rows ?? [] };
      }
      return { rows: [] };
    },
    release() {
      released++;
    },
  };
  const pool = {
    connect: () => (behaviour.hang ? new Promise(() => undefined) : Promise.resolve(client)),
  } as unknown as Pool;
  return { pool, statements, released: () => released };
}

const row = (target: string, over: Partial<DeliveryHealthRow> = {}): DeliveryHealthRow => ({
  target,
  depth: 0,
  oldest_pending_seconds: 0,
  past_slo: 0,
  dead: 0,
  last_success_seconds: null,
  ...over,
});

describe('createMetrics', () => {
  it('should record requests, deliveries, attempts, circuit state and lookups with their labels', async () => {
    const metrics = createMetrics({ processMetrics: false });
    metrics.httpRequest({
      method: 'POST',
      route: '/api/v1/dossiers',
      status: 202,
      member: 'one-stop',
      seconds: 0.012,
    });
    metrics.deliveriesSettled('national-portal', {
      delivered: 3,
      retried: 1,
      dead: 0,
      deferred: 2,
    });
    metrics.deliveryAttempt('national-portal', 'transient', 0.3);
    metrics.circuitState('national-portal', 'open');
    metrics.lookup('citizen', 'found', 0.2);
    const text = await metrics.scrape(undefined);
    expect(text).toContain(
      'lienthong_http_requests_total{method="POST",route="/api/v1/dossiers",status="202",member="one-stop"} 1',
    );
    expect(text).toContain(
      'lienthong_deliveries_total{target="national-portal",outcome="delivered"} 3',
    );
    expect(text).toContain(
      'lienthong_deliveries_total{target="national-portal",outcome="retry"} 1',
    );
    expect(text).toContain(
      'lienthong_deliveries_total{target="national-portal",outcome="deferred"} 2',
    );
    expect(text).not.toContain('outcome="dead"');
    expect(text).toContain(
      'lienthong_delivery_attempt_duration_seconds_count{target="national-portal",outcome_class="transient"} 1',
    );
    expect(text).toContain('lienthong_circuit_state{target="national-portal"} 2');
    expect(text).toContain(
      'lienthong_lookup_duration_seconds_count{kind="citizen",outcome="found"} 1',
    );
  });

  it('should keep each process object separate and start configured circuits closed', async () => {
    const a = createMetrics({ processMetrics: false, targets: ['health'] });
    const b = createMetrics({ processMetrics: false });
    a.circuitState('education', 'half_open');
    const textA = await a.scrape(undefined);
    const textB = await b.scrape(undefined);
    expect(textA).toContain('lienthong_circuit_state{target="health"} 0');
    expect(textA).toContain('lienthong_circuit_state{target="education"} 1');
    expect(textB).not.toContain('target="education"');
  });

  it('should include Node.js process metrics by default', async () => {
    const text = await createMetrics().scrape(undefined);
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).toContain('nodejs_active_handles{');
    // Gauges named *_total fail promtool's lint; their by-type twins above stay.
    expect(text).not.toContain('nodejs_active_handles_total');
  });

  it('should set the database gauges from one read-only, time-bounded query per scrape', async () => {
    const metrics = createMetrics({ processMetrics: false, sloSeconds: 60 });
    const db = fakePool({
      rows: [
        row('health', {
          depth: 4,
          oldest_pending_seconds: 75.5,
          past_slo: 2,
          dead: 1,
          last_success_seconds: 3,
        }),
        row('education'),
      ],
    });
    const text = await metrics.scrape(db.pool);
    expect(text).toContain('lienthong_delivery_queue_depth{target="health"} 4');
    expect(text).toContain('lienthong_delivery_oldest_pending_age_seconds{target="health"} 75.5');
    expect(text).toContain('lienthong_dossiers_pending_past_slo{target="health"} 2');
    expect(text).toContain('lienthong_delivery_dead_letters{target="health"} 1');
    expect(text).toContain('lienthong_delivery_last_success_age_seconds{target="health"} 3');
    expect(text).toContain('lienthong_delivery_queue_depth{target="education"} 0');
    expect(text).not.toContain('lienthong_delivery_last_success_age_seconds{target="education"}');
    expect(text).toContain('lienthong_metrics_database_up 1');
    expect(db.statements).toEqual([
      'begin read',
      "select set_config('statement_timeout',",
      'with recursive',
      'commit',
    ]);
    expect(db.released()).toBe(1);
  });

  it('should drop a vanished target and report the database down without failing the scrape', async () => {
    const metrics = createMetrics({ processMetrics: false });
    await metrics.scrape(fakePool({ rows: [row('health', { depth: 9 })] }).pool);
    const failing = fakePool({ fail: true });
    const text = await metrics.scrape(failing.pool);
    expect(text).not.toContain('lienthong_delivery_queue_depth{target="health"}');
    expect(text).toContain('lienthong_metrics_database_up 0');
    expect(failing.statements).toContain('rollback');
    expect(failing.released()).toBe(1);
  });

  it('should give up on a pool that never hands out a connection', async () => {
    const metrics = createMetrics({ processMetrics: false, databaseTimeoutMs: 20 });
    const text = await metrics.scrape(fakePool({ hang: true }).pool);
    expect(text).toContain('lienthong_metrics_database_up 0');
  });
});

describe('noopMetrics', () => {
  it('should accept every recording and keep nothing', () => {
    expect(
      noopMetrics.httpRequest({ method: 'GET', route: '/x', status: 200, member: 'm', seconds: 1 }),
    ).toBeUndefined();
    expect(noopMetrics.circuitState('t', 'open')).toBeUndefined();
  });
});
