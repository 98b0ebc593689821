// Catalogue sync against the simulator: pages of at most catalogPageSize, replays on re-run, rejects kept apart.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Procedure } from '../../contracts/canonical/procedure.ts';
import { ONE_STOP_MAX_PAGE_SIZE } from '../../contracts/wire/one-stop/catalogue.ts';
import type { Connector } from '../kit/index.ts';
import { countOf, type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import { type OneStopOperations, oneStopConnector } from './connector.ts';
import { sandboxProcedures } from './generator/catalogue.ts';
import { createOneStopSimulator } from './simulator.ts';
import { simConfig } from './test-fixtures.ts';

/** 1 200 distinct national procedures built from the sandbox ones (codes 1.9xxxxx are synthetic). */
function manyProcedures(count: number): Procedure[] {
  const base = sandboxProcedures();
  return Array.from({ length: count }, (_, i) => {
    const { localCode: _local, ...template } = base[i % base.length] as Procedure;
    return {
      ...template,
      code: `1.9${String(i).padStart(5, '0')}`,
      name: `${template.name} (bản ${i + 1})`,
    };
  });
}

describe('oneStopConnector catalogue sync', () => {
  let sim: RunningSimulator;
  let connector: Connector<OneStopOperations>;
  beforeAll(async () => {
    sim = await startSimulator(createOneStopSimulator({ catalogue: [] }));
  });
  afterEach(async () => {
    await connector.close();
  });
  afterAll(async () => {
    await sim.close();
  });

  const connect = (pageSize: number) => {
    const made = oneStopConnector.instantiate(simConfig(sim.url, { catalogPageSize: pageSize }));
    if (!made.ok) throw new Error('config rejected');
    connector = made.connector;
    return connector;
  };

  it('should push 1 200 procedures in pages of 500 and read them all back', async () => {
    await sim.reset();
    const c = connect(ONE_STOP_MAX_PAGE_SIZE);
    const report = await c.operations.pushProcedures({ procedures: manyProcedures(1_200) });
    expect(report).toMatchObject({
      total: 1_200,
      sent: 1_200,
      pages: 3,
      created: 1_200,
      rejected: [],
    });
    const list = await c.operations.listProcedures();
    expect(list.total).toBe(1_200);
    expect(list.pages).toBe(3);
    expect(new Set(list.items.map((i) => i.MaTTHC)).size).toBe(1_200);
    expect(countOf(sim.stats(), 'applied', 'pushProcedures')).toBe(1_200);
  }, 30_000);

  it('should replay every page of an identical re-run instead of applying it again', async () => {
    await sim.reset();
    const c = connect(100);
    const procedures = manyProcedures(250);
    await c.operations.pushProcedures({ procedures });
    const again = await c.operations.pushProcedures({ procedures });
    expect(again).toMatchObject({ pages: 3, replayedPages: 3, created: 250 });
    expect(countOf(sim.stats(), 'applied', 'pushProcedures')).toBe(250);
    expect(countOf(sim.stats(), 'replayed', 'pushProcedures')).toBe(3);
  });

  it('should report an unmappable procedure by index and still send the others', async () => {
    await sim.reset();
    const c = connect(50);
    const procedures: unknown[] = manyProcedures(3);
    procedures[1] = { ...(procedures[1] as Procedure), sectors: [] };
    const report = await c.operations.pushProcedures({ procedures });
    expect(report).toMatchObject({ total: 3, sent: 2, pages: 1 });
    expect(report.rejected).toEqual([
      { index: 1, code: '1.900001', issues: expect.stringContaining('sectors value.required') },
    ]);
  });

  it('should count an unchanged procedure as unchanged under a fresh key', async () => {
    await sim.reset();
    const c = connect(10);
    const procedures = manyProcedures(4);
    await c.operations.pushProcedures({ procedures, idempotencyKey: 'sync-1' });
    const changed = procedures.map((p, i) => (i === 0 ? { ...p, name: 'Tên mới' } : p));
    const report = await c.operations.pushProcedures({
      procedures: changed,
      idempotencyKey: 'sync-2',
    });
    expect(report).toMatchObject({ updated: 1, unchanged: 3, replayedPages: 0 });
  });

  it('should fetch a single page when asked for one', async () => {
    await sim.reset();
    const c = connect(2);
    await c.operations.pushProcedures({ procedures: manyProcedures(5) });
    const page = await c.operations.listProcedures({ page: 3 });
    expect(page).toMatchObject({ total: 5, pages: 1 });
    expect(page.items.map((i) => i.MaTTHC)).toEqual(['1.900004']);
  });
});
