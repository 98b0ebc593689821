import { afterEach, describe, expect, it } from 'vitest';
import { portalDossierExample } from '../../contracts/wire/national-portal/examples.ts';
import type { Connector, ConnectorError } from '../kit/index.ts';
import { countOf, type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import type { PortalOperations } from './connector.ts';
import {
  delivery,
  dossierNumbered,
  eventsOf,
  fixtureDossier,
  fixtureEvents,
  fixtureResult,
} from './fixtures/index.ts';
import { definition, sandbox } from './index.ts';
import { applyResultPatch } from './result-update.ts';
import { appliedOf, createPortalSimulator } from './simulator.ts';

let sim: RunningSimulator | undefined;
let connector: Connector<PortalOperations> | undefined;
afterEach(async () => {
  await connector?.close();
  await sim?.close();
});

async function setUp() {
  sim = await startSimulator(createPortalSimulator({ seed: 9 }));
  const result = definition.instantiate(sandbox.settings(sim.url));
  if (!result.ok) throw new Error('config rejected');
  connector = result.connector;
  return { sim, connector };
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as ConnectorError,
  );
const statuses = (s: RunningSimulator, code: string) =>
  appliedOf(s.stats(), code, 'CapNhatTienDoHoSoMC').map(
    (r) => (r.item as { TrangThai: string }).TrangThai,
  );

describe('national-portal deliveries', () => {
  it('should send a batch of ten dossiers’ events in one call', async () => {
    const { sim, connector } = await setUp();
    const codes = Array.from({ length: 10 }, (_, i) => dossierNumbered(i + 1).code);
    for (const [i, code] of codes.entries()) {
      await connector.deliver!(delivery('dossier', dossierNumbered(i + 1), `d${i}`), {});
      expect(code).toMatch(/H26-250703-00\d\d$/);
    }
    const batch = codes.map((code, i) => delivery('progress', eventsOf(code)[0], `p${i}`));
    const receipt = await connector.deliverBatch!(batch, {});
    expect(receipt.items.every((item) => item.ok)).toBe(true);
    expect(countOf(sim.stats(), 'received', 'CapNhatTienDoHoSoMC')).toBe(1);
    for (const code of codes) expect(statuses(sim, code)).toEqual(['2']);
  });

  it('should fail a badly mapped event, hold back later events of its dossier, and send the rest', async () => {
    const { sim, connector } = await setUp();
    const other = dossierNumbered(2);
    await connector.deliver!(delivery('dossier', fixtureDossier, 'a'), {});
    await connector.deliver!(delivery('dossier', other, 'b'), {});
    const [e1, e2] = fixtureEvents;
    const receipt = await connector.deliverBatch!(
      [
        delivery('progress', { ...e1, status: 'nonsense' }, 'bad'),
        delivery('progress', e2, 'later'),
        delivery('progress', eventsOf(other.code)[0], 'other'),
      ],
      {},
    );
    expect(receipt.items.map((i) => (i.ok ? 'ok' : i.error.reason))).toEqual([
      'mapping.invalid',
      'portal.preceding_item_failed',
      'ok',
    ]);
    expect(receipt.items[1]).toMatchObject({ ok: false, error: { class: 'transient' } });
    expect(statuses(sim, fixtureDossier.code)).toEqual([]);
    expect(statuses(sim, other.code)).toEqual(['2']);
  });

  it('should throw when a whole batch fails at the call, and per-item outcomes otherwise', async () => {
    const { sim, connector } = await setUp();
    await connector.deliver!(delivery('dossier', fixtureDossier, 'a'), {});
    await sim.setFaults({ errorRate: 1, errorStatus: 502 });
    const batch = fixtureEvents.slice(0, 2).map((e, i) => delivery('progress', e, `q${i}`));
    const error = await rejection(connector.deliverBatch!(batch, {}));
    expect(error).toMatchObject({ errorClass: 'transient', reason: 'http.bad_gateway' });
  });

  it('should resend a stored create as an update when the portal says "đã tồn tại"', async () => {
    const { sim, connector } = await setUp();
    const first = await connector.deliver!(delivery('dossier', fixtureDossier, 'a'), {});
    expect(first.request).toMatchObject({ service: 'DongBoHoSoMC', isUpdating: 'False' });
    expect(JSON.stringify(first.request)).not.toMatch(/session|password/);

    const replay = { ...delivery('dossier', fixtureDossier, 'a'), resend: first.request };
    const again = await connector.deliver!(replay, {});
    expect(again).toMatchObject({ applied: 'updated', request: { isUpdating: 'True' } });
    const stats = sim.stats();
    expect(countOf(stats, 'received', 'TraCuuHoSo')).toBe(1);
    expect(countOf(stats, 'rejected', 'exists')).toBe(1);
    expect(appliedOf(stats, fixtureDossier.code, 'DongBoHoSoMC')).toHaveLength(1);
  });

  it('should write the result into the held dossier: status 10, NgayTra and the result file', async () => {
    const { connector } = await setUp();
    await connector.deliver!(delivery('dossier', fixtureDossier, 'a'), {});
    const receipt = await connector.deliver!(delivery('result', fixtureResult, 'r'), {});
    const sent = (receipt.request as { data: Record<string, unknown>[] }).data[0];
    expect(sent).toMatchObject({
      MaHoSo: fixtureDossier.code,
      TrangThaiHoSo: '10',
      NgayTra: '20250704082000',
      NgayTiepNhan: '20250703093000',
      DanhSachGiayToKetQua: [
        {
          TenGiayTo: 'Giấy khai sinh (bản chính)',
          DuongDanTepTinKetQua: 'https://motcua.hanoi.gov.vn/files/2025/07/04/giay-khai-sinh.pdf',
          MaGiayToKetQua: 'KQ.G09-TP01.000001',
        },
      ],
    });
    const lookup = await connector.operations.lookupDossier({ code: fixtureDossier.code }, {});
    expect(lookup).toMatchObject({ found: true, status: 'returned' });
  });

  it('should refuse a result for a dossier the portal does not hold, and a result that does not map', async () => {
    const { connector } = await setUp();
    const unknown = await rejection(connector.deliver!(delivery('result', fixtureResult, 'r'), {}));
    expect(unknown).toMatchObject({ errorClass: 'permanent', reason: 'portal.unknown_dossier' });
    const bad = { ...fixtureResult, status: 'done' };
    const unmapped = await rejection(connector.deliver!(delivery('result', bad, 'r2'), {}));
    expect(unmapped).toMatchObject({ errorClass: 'permanent', reason: 'mapping.invalid' });
    expect(unmapped?.message).toContain('status');
  });

  it('should not put personal values into a mapping error', async () => {
    const { connector } = await setUp();
    const owner = { ...fixtureDossier.owner, personalId: '001290012345' };
    const error = await rejection(
      connector.deliver!(delivery('dossier', { ...fixtureDossier, owner }, 'pid'), {}),
    );
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'mapping.invalid' });
    expect(error?.message).toContain('owner');
    expect(error?.message).not.toContain('001290012345');
  });

  it('should map every catalogue procedure, the withdrawn one as not published', async () => {
    const { connector } = await setUp();
    const { procedures } = await connector.operations.listProcedures({}, {});
    const published: boolean[] = [];
    for (const { code } of procedures) {
      const procedure = await connector.operations.getProcedure({ code }, {});
      published.push(procedure?.published ?? false);
    }
    expect(published).toEqual([true, true, true, true, true, true, false]);
    expect(await connector.operations.getProcedure({ code: '9.999999' }, {})).toBeUndefined();
  });

  it('should report not found for a dossier the portal does not hold', async () => {
    const { connector } = await setUp();
    expect(await connector.operations.lookupDossier({ code: fixtureDossier.code }, {})).toEqual({
      found: false,
    });
  });
});

describe('applyResultPatch', () => {
  it('should refuse to build an update from a header-only lookup item', () => {
    const header = { MaHoSo: portalDossierExample.MaHoSo, TrangThaiHoSo: '4' as const };
    expect(applyResultPatch(header, { TrangThaiHoSo: '10' })).toBeUndefined();
    expect(applyResultPatch(portalDossierExample, { TrangThaiHoSo: '10' })).toMatchObject({
      TrangThaiHoSo: '10',
      NgayTiepNhan: portalDossierExample.NgayTiepNhan,
    });
  });
});
