// GiaoDucService's behaviour: WS-Security check, XSD-rule validation, idempotent TiepNhanHoSo, delayed results.
import {
  type EducationHoSo,
  EducationTiepNhanHoSoRequestSchema,
  EducationTraCuuKetQuaRequestSchema,
  type EducationTraCuuKetQuaResponse,
} from '../../contracts/wire/education/index.ts';
import { headerText } from '../kit/index.ts';
import type { Simulator } from '../kit/simulator/index.ts';
import { authFault, educationFault, type SoapFaultThrow } from './simulator-faults.ts';

export interface StoredDossier {
  hoSo: EducationHoSo;
  receivedAt: number;
  receipt: string;
  seq: number;
}

export interface ServiceOptions {
  credentials: { readonly username: string; readonly password: string };
  /** How long after reception TraCuuKetQua reports the result (TrangThaiHoSo 10). */
  resultDelayMs: number;
  now: () => number;
}

type Headers = { Security?: { UsernameToken?: { Username?: unknown; Password?: unknown } } };

const RESULT_NAMES: Readonly<Record<string, string>> = {
  '3.000181': 'Giấy báo trúng tuyển vào lớp 10 trung học phổ thông',
  '3.000182': 'Giấy báo trúng tuyển vào lớp 6 trung học cơ sở',
};

/** `yyyy-MM-ddTHH:mm:ss+07:00`, as the service writes xs:dateTime. */
export function vietnamDateTime(ms: number): string {
  return `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

const isFault = (error: unknown): error is SoapFaultThrow =>
  error !== null && typeof error === 'object' && 'Fault' in error;

/** Field paths only: a real service would echo values, but these may be personal. */
function invalid(paths: string[]): SoapFaultThrow {
  return educationFault('Client', {
    MaLoi: 'DU_LIEU_KHONG_HOP_LE',
    ThongBao: `Dữ liệu hồ sơ không hợp lệ: ${paths.join(', ')}`,
  });
}

export function createEducationService(sim: Simulator, options: ServiceOptions) {
  const dossiers = () => sim.store.collection<StoredDossier>('dossiers');

  const authenticate = (headers: Headers | undefined): void => {
    const token = headers?.Security?.UsernameToken;
    const ok =
      headerText(token?.Username) === options.credentials.username &&
      headerText(token?.Password) === options.credentials.password;
    if (!ok) {
      sim.count('rejected', 'auth');
      throw authFault();
    }
  };

  /** Any non-fault failure becomes LOI_HE_THONG: internal messages never reach the caller. */
  const guarded =
    <A>(op: string, fn: (args: A) => unknown) =>
    (args: A, _cb: unknown, headers: Headers | undefined): unknown => {
      try {
        authenticate(headers);
        sim.count('received', op);
        return fn(args);
      } catch (error) {
        if (isFault(error)) throw error;
        throw educationFault('Server', { MaLoi: 'LOI_HE_THONG', ThongBao: 'Lỗi hệ thống' });
      }
    };

  const tiepNhanHoSo = (args: unknown) => {
    const parsed = EducationTiepNhanHoSoRequestSchema.safeParse(args);
    if (!parsed.success) {
      sim.count('rejected', 'TiepNhanHoSo');
      throw invalid(parsed.error.issues.map((i) => i.path.join('.')));
    }
    const { HoSo } = parsed.data;
    const existing = dossiers().get(HoSo.MaHoSo);
    if (existing) {
      sim.count('duplicate', 'TiepNhanHoSo');
      return {
        KetQua: {
          MaHoSo: HoSo.MaHoSo,
          TrangThai: 'DA_TON_TAI',
          ThongBao: `Hồ sơ đã được tiếp nhận trước đó, số biên nhận ${existing.receipt}`,
        },
      };
    }
    const seq = dossiers().size + 1;
    const receipt = `GD-${String(seq).padStart(6, '0')}`;
    dossiers().set(HoSo.MaHoSo, { hoSo: HoSo, receivedAt: options.now(), receipt, seq });
    sim.recordApplied('TiepNhanHoSo', HoSo.MaHoSo, HoSo);
    return {
      KetQua: {
        MaHoSo: HoSo.MaHoSo,
        TrangThai: 'DA_TIEP_NHAN',
        ThongBao: `Tiếp nhận hồ sơ thành công, số biên nhận ${receipt}`,
      },
    };
  };

  const traCuuKetQua = (args: unknown): EducationTraCuuKetQuaResponse => {
    const parsed = EducationTraCuuKetQuaRequestSchema.safeParse(args);
    if (!parsed.success) throw invalid(['MaHoSo']);
    const stored = dossiers().get(parsed.data.MaHoSo);
    if (!stored) {
      sim.count('not_found', 'TraCuuKetQua');
      throw educationFault('Client', {
        MaLoi: 'HO_SO_KHONG_TON_TAI',
        ThongBao: 'Không tìm thấy hồ sơ',
      });
    }
    const doneAt = stored.receivedAt + options.resultDelayMs;
    if (options.now() < doneAt) return { TrangThaiHoSo: '4' };
    const { MaHoSo, MaTTHC } = stored.hoSo;
    return {
      TrangThaiHoSo: '10',
      NgayTra: vietnamDateTime(doneAt),
      KetQua: [
        {
          TenGiayTo: RESULT_NAMES[MaTTHC] ?? 'Văn bản trả lời kết quả giải quyết hồ sơ',
          SoKyHieu: `${stored.seq}/GBTT-SGDĐT`,
          DuongDan: `https://tuyensinh.hanoi.edu.vn/ket-qua/${encodeURIComponent(MaHoSo)}.pdf`,
        },
      ],
    };
  };

  return {
    services: {
      GiaoDucService: {
        GiaoDucPort: {
          TiepNhanHoSo: guarded('TiepNhanHoSo', tiepNhanHoSo),
          TraCuuKetQua: guarded('TraCuuKetQua', traCuuKetQua),
        },
      },
    },
    dossiers,
  };
}
