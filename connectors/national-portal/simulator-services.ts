// The simulated portal's services: dossier sync with isUpdating, progress history, TraCuuHoSo and the catalogue.
import { isDeepStrictEqual } from 'node:util';
import type {
  PortalCall,
  PortalCapNhatTienDoHoSoMCCall,
  PortalDongBoHoSoMCCall,
  PortalDossier,
  PortalTrangThaiHoSo,
} from '../../contracts/wire/national-portal/index.ts';
import { belongsToProvince } from '../../mappings/national-portal/index.ts';
import type { Simulator } from '../kit/simulator/index.ts';
import { PORTAL_CODES } from './errors.ts';
import { SIMULATED_CATALOGUE } from './simulator-catalogue.ts';
import { progressEventKey, transitionAllowed } from './simulator-rules.ts';

export type PortalAnswerBody = { error_code: number; message: string; result?: unknown[] };

type History = { keys: Set<string>; last: PortalTrangThaiHoSo };

/** Counts the refusal under its name (stats.counters.rejected.<name>) and builds the answer. */
export function refuse(
  sim: Simulator,
  name: keyof typeof PORTAL_CODES,
  message: string,
): PortalAnswerBody {
  sim.count('rejected', name);
  return { error_code: PORTAL_CODES[name], message };
}

export function createPortalServices(sim: Simulator, options: { provinceSuffix: string }) {
  const dossiers = () => sim.store.collection<PortalDossier>('dossiers');
  const histories = () => sim.store.collection<History>('progress');
  const ok = (message: string, result?: unknown[]): PortalAnswerBody =>
    result === undefined ? { error_code: 0, message } : { error_code: 0, message, result };

  /** DongBoHoSoMC: all dossiers of the call are checked before any is stored. */
  function syncDossiers(call: PortalDongBoHoSoMCCall): PortalAnswerBody {
    const codes = call.data.map((d) => d.MaHoSo);
    if (new Set(codes).size !== codes.length) {
      return refuse(sim, 'invalidData', 'Dữ liệu không hợp lệ: MaHoSo trùng lặp trong data');
    }
    for (const d of call.data) {
      if (!belongsToProvince(d.MaHoSo, options.provinceSuffix)) {
        return refuse(
          sim,
          'foreignDossierCode',
          `Mã hồ sơ ${d.MaHoSo} không thuộc đơn vị ${options.provinceSuffix}`,
        );
      }
      const held = dossiers().get(d.MaHoSo);
      if (call.isUpdating === 'False' && held) {
        return refuse(sim, 'exists', `Hồ sơ ${d.MaHoSo} đã tồn tại trên hệ thống`);
      }
      if (call.isUpdating === 'True' && !held) {
        return refuse(sim, 'unknownDossier', `Không tìm thấy hồ sơ ${d.MaHoSo}`);
      }
      if (held && !transitionAllowed(held.TrangThaiHoSo, d.TrangThaiHoSo)) {
        const change = `${held.TrangThaiHoSo} sang ${d.TrangThaiHoSo}`;
        return refuse(sim, 'invalidTransition', `Không thể chuyển hồ sơ ${d.MaHoSo} từ ${change}`);
      }
    }
    for (const d of call.data) {
      const held = dossiers().get(d.MaHoSo);
      dossiers().set(d.MaHoSo, d);
      // An update that changes nothing has no effect to record (exactly-once is about effects).
      if (held && isDeepStrictEqual(held, d)) sim.count('unchanged', 'DongBoHoSoMC');
      else {
        const { MaHoSo, TrangThaiHoSo } = d;
        sim.recordApplied('DongBoHoSoMC', MaHoSo, { isUpdating: call.isUpdating, TrangThaiHoSo });
      }
    }
    return ok('Đồng bộ hồ sơ thành công');
  }

  /** CapNhatTienDoHoSoMC: all or nothing; an event already held is acknowledged, not applied again. */
  function updateProgress(call: PortalCapNhatTienDoHoSoMCCall): PortalAnswerBody {
    const lastInCall = new Map<string, PortalTrangThaiHoSo>();
    const keysInCall = new Set<string>();
    const plan: typeof call.data = [];
    for (const item of call.data) {
      if (!dossiers().has(item.MaHoSo)) {
        return refuse(sim, 'unknownDossier', `Không tìm thấy hồ sơ ${item.MaHoSo}`);
      }
      const key = progressEventKey(item);
      const history = histories().get(item.MaHoSo);
      if (history?.keys.has(key) || keysInCall.has(key)) continue;
      const last = lastInCall.get(item.MaHoSo) ?? history?.last;
      if (last !== undefined && !transitionAllowed(last, item.TrangThai)) {
        const change = `${last} sang ${item.TrangThai}`;
        return refuse(
          sim,
          'invalidTransition',
          `Không thể chuyển hồ sơ ${item.MaHoSo} từ ${change}`,
        );
      }
      lastInCall.set(item.MaHoSo, item.TrangThai);
      keysInCall.add(key);
      plan.push(item);
    }
    sim.count('duplicate', 'CapNhatTienDoHoSoMC', call.data.length - plan.length);
    for (const item of plan) {
      const history = histories().get(item.MaHoSo) ?? {
        keys: new Set<string>(),
        last: item.TrangThai,
      };
      history.keys.add(progressEventKey(item));
      history.last = item.TrangThai;
      histories().set(item.MaHoSo, history);
      const { MaHoSo, ThoiDiemXuLy, TrangThai, NoiDungXuLy } = item;
      sim.recordApplied('CapNhatTienDoHoSoMC', MaHoSo, { ThoiDiemXuLy, TrangThai, NoiDungXuLy });
    }
    return ok('Cập nhật tiến độ hồ sơ thành công');
  }

  return {
    handle(call: PortalCall): PortalAnswerBody {
      switch (call.service) {
        case 'DongBoHoSoMC':
          return syncDossiers(call);
        case 'CapNhatTienDoHoSoMC':
          return updateProgress(call);
        case 'TraCuuHoSo': {
          const held = dossiers().get(call.MaHoSo);
          return ok('Thành công', held ? [held] : []);
        }
        case 'LayThuTuc': {
          const found = SIMULATED_CATALOGUE.get(call.maTTHC.trim());
          return ok('Thành công', found ? [found] : []);
        }
        case 'LayDanhSachTTHC':
          return ok(
            'Thành công',
            [...SIMULATED_CATALOGUE.values()].map(({ MATTHC, TENTTHC }) => ({ MATTHC, TENTTHC })),
          );
      }
    },
  };
}
