// Rules the simulated portal enforces: all-string values, plausible status changes, a per-client token bucket.
import type {
  PortalProgressItem,
  PortalTrangThaiHoSo,
} from '../../contracts/wire/national-portal/index.ts';

/** The path of the first value that is not a string (numbers, booleans and null are refused). */
export function firstNonString(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = firstNonString(item, `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = firstNonString(item, path === '' ? key : `${path}.${key}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return path === '' ? '(body)' : path;
}

/** 3 Không được tiếp nhận, 7 rút hồ sơ, 10 Đã trả kết quả: nothing follows them but themselves. */
const FINAL: ReadonlySet<PortalTrangThaiHoSo> = new Set(['3', '7', '10']);

/**
 * A plausible status change: repeating a status is fine; nothing goes back to 1 (Mới đăng ký)
 * and nothing leaves a final status. Others are allowed, since statuses 4/5/6/8/9 alternate in
 * practice (TH even flattens 5, 6 and 8 to 9 in the header, DOMAIN §2).
 */
export function transitionAllowed(from: PortalTrangThaiHoSo, to: PortalTrangThaiHoSo): boolean {
  if (from === to) return true;
  if (to === '1') return false;
  return !FINAL.has(from);
}

/**
 * The natural key of a progress event. The portal publishes no event id, so a redelivered event
 * is recognised by what it says: dossier, time, status and content.
 */
export function progressEventKey(item: PortalProgressItem): string {
  return [item.MaHoSo, item.ThoiDiemXuLy, item.TrangThai, item.NoiDungXuLy ?? ''].join('|');
}

export interface RateLimit {
  /** Requests a client may send at once. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

/** Token buckets per client; `take` answers the seconds to wait when the bucket is empty. */
export function createTokenBuckets(limit: RateLimit, now: () => number) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(client: string): { ok: true } | { ok: false; retryAfterS: number } {
      const t = now();
      const bucket = buckets.get(client) ?? { tokens: limit.capacity, at: t };
      const refilled = (Math.max(0, t - bucket.at) / 1000) * limit.refillPerSecond;
      bucket.tokens = Math.min(limit.capacity, bucket.tokens + refilled);
      bucket.at = t;
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return {
        ok: false,
        retryAfterS: Math.max(1, Math.ceil((1 - bucket.tokens) / limit.refillPerSecond)),
      };
    },
    clear: () => buckets.clear(),
  };
}
