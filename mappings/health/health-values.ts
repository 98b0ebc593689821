// Values of the health/civil-status link-up: sex and ID-document codes, dd/MM/yyyy days, addresses.
import type { Address } from '../../contracts/canonical/address.ts';
import type { HealthDiaChi } from '../../contracts/wire/health/birth.ts';
import { defineCodeTable } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { dmyToIsoDate, portalToIso } from '../engine/transforms/dates.ts';
import type { TransformOptions } from '../engine/transforms/options.ts';
import { nfc } from '../engine/transforms/text.ts';
import { addressFromCodes } from '../population/address-codes.ts';
import type { IdentityDocument } from './birth-registration.ts';

/** nksGioiTinh "1" Nam, "2" Nữ [I]. */
export const healthGioiTinhCodes = defineCodeTable('nksGioiTinh', [
  ['1', 'male'],
  ['2', 'female'],
] as const);

/** *LoaiGiayToTuyThan "1" CCCD, "2" CMND, "3" Hộ chiếu [I]. */
export const healthLoaiGiayToCodes = defineCodeTable('LoaiGiayToTuyThan', [
  ['1', 'personal_id'],
  ['2', 'legacy_id'],
  ['3', 'passport'],
] as const satisfies readonly (readonly [string, IdentityDocument['kind']])[]);

const DIA_CHI_FIELDS = {
  province: 'maTinh',
  district: 'maHuyen',
  commune: 'maXa',
  detail: 'dcChiTiet',
} as const;

/** NFC and trimmed; null, undefined and "" are absent. */
export function wireText(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = nfc(value).trim();
  return text === '' ? undefined : text;
}

/**
 * A canonical Address as the link-up writes it. The wire has no list version and no names: the
 * tiers say it (a district code means a pre-reform list), so a 2020-2024 address comes back as
 * 2025-01 and names come back from the lists.
 */
export function addressToDiaChi(address: Address): HealthDiaChi {
  return {
    maTinh: address.province.code,
    maHuyen: address.district?.code ?? null,
    maXa: address.commune.code,
    dcChiTiet: nfc(address.detail).trim(),
  };
}

/** A wire address → canonical Address (list version from the tiers), or undefined. */
export function diaChiToAddress(
  value: HealthDiaChi | null | undefined,
  ctx: MappingContext,
): Address | undefined {
  if (value === null || value === undefined) return undefined;
  return addressFromCodes(
    {
      province: value.maTinh,
      district: value.maHuyen ?? undefined,
      commune: value.maXa,
      detail: value.dcChiTiet,
    },
    DIA_CHI_FIELDS,
    ctx,
  );
}

/** `dd/MM/yyyy` or `dd/MM/yyyy HH:mm:ss` (Vietnam time) → an instant at +07:00. */
export function dmyTimeToInstant(
  value: string | null | undefined,
  ctx: MappingContext,
  options: TransformOptions = {},
): string | undefined {
  const text = wireText(value);
  if (text === undefined) return undefined;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(text);
  if (!m) {
    return ctx.error('date.invalid_format', 'expected dd/MM/yyyy HH:mm:ss', {
      value: text,
      personal: options.personal,
    });
  }
  const [, d, mo, y, h = '00', mi = '00', s = '00'] = m;
  return portalToIso(`${y}${mo}${d}${h}${mi}${s}`, ctx, options);
}

/** `dd/MM/yyyy` → `yyyy-MM-dd`, absent when empty. */
export function dmyDay(
  value: string | null | undefined,
  ctx: MappingContext,
  options: TransformOptions = {},
): string | undefined {
  return dmyToIsoDate(wireText(value), ctx, options);
}
