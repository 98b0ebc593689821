// Every integration call the national portal adapter accepts, told apart by `service`.
import { z } from 'zod';
import { PortalLayDanhSachTTHCCallSchema, PortalLayThuTucCallSchema } from './catalogue.ts';
import { PortalDongBoHoSoMCCallSchema } from './dossier.ts';
import { PortalTraCuuHoSoCallSchema } from './lookup.ts';
import { PortalCapNhatTienDoHoSoMCCallSchema } from './progress.ts';

/** The operations this gateway uses (DOMAIN §3.1); Q&A and TraCuuTechID are out of scope. */
export const PORTAL_SERVICES = [
  'DongBoHoSoMC',
  'CapNhatTienDoHoSoMC',
  'TraCuuHoSo',
  'LayThuTuc',
  'LayDanhSachTTHC',
] as const;
export type PortalService = (typeof PORTAL_SERVICES)[number];

/** Any supported integration call, discriminated by `service` (what a portal simulator parses). */
export const PortalCallSchema = z.discriminatedUnion('service', [
  PortalDongBoHoSoMCCallSchema,
  PortalCapNhatTienDoHoSoMCCallSchema,
  PortalTraCuuHoSoCallSchema,
  PortalLayThuTucCallSchema,
  PortalLayDanhSachTTHCCallSchema,
]);
export type PortalCall = z.infer<typeof PortalCallSchema>;
