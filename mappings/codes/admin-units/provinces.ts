// Province lists before (63) and after (34) the 01/07/2025 reform, with the old → new link.
import type { AdminListVersion } from '../../../contracts/canonical/enums.ts';
import newProvinces from './data/provinces-34-new.json' with { type: 'json' };
import oldProvinces from './data/provinces-63-old.json' with { type: 'json' };

export type Province = Readonly<{ code: string; name: string; type: string; note?: string }>;

type RawOld = { code: string; name: string; type: string; newProvinceCode: string };
type RawNew = {
  code: string;
  name: string;
  type: string;
  oldProvinceCodes: string[];
  note?: string;
};

const province = (raw: { code: string; name: string; type: string; note?: string }): Province =>
  Object.freeze(
    raw.note === undefined
      ? { code: raw.code, name: raw.name, type: raw.type }
      : { code: raw.code, name: raw.name, type: raw.type, note: raw.note },
  );

const OLD = new Map((oldProvinces as RawOld[]).map((p) => [p.code, p]));
const NEW = new Map((newProvinces as RawNew[]).map((p) => [p.code, p]));

/** The province with this code: the 63-province list before 2025-07, the 34-province list from it. */
export function lookupProvince(code: string, listVersion: AdminListVersion): Province | undefined {
  const raw = listVersion === '2025-07' ? NEW.get(code) : OLD.get(code);
  return raw === undefined ? undefined : province(raw);
}

/** The post-reform province an old province became part of. */
export function newProvinceCodeFor(oldCode: string): string | undefined {
  return OLD.get(oldCode)?.newProvinceCode;
}

/** The old provinces a post-reform province was formed from. */
export function oldProvinceCodesFor(newCode: string): readonly string[] {
  return NEW.get(newCode)?.oldProvinceCodes ?? [];
}
