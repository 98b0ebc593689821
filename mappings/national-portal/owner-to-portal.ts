// The dossier owner as DongBoHoSoMC carries it: ChuHoSo, SoGiayToChuHoSo, LoaiDoiTuong, MaDoiTuong, DinhDanhCHS.
import type { Applicant } from '../../contracts/canonical/applicant.ts';
import type { Channel, IdentityDocumentKind } from '../../contracts/canonical/enums.ts';
import type { PortalDinhDanhCHS } from '../../contracts/wire/national-portal/dossier-parts.ts';
import type { PortalLoaiDoiTuong } from '../../contracts/wire/national-portal/primitives.ts';
import { loaiDoiTuongCodes } from '../codes/applicant-kind.ts';
import { kenhThucHienCodes } from '../codes/channel.ts';
import { loaiDinhDanhCodes } from '../codes/identity-document-kind.ts';
import { lookupWireCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import type { Draft } from '../engine/define-mapping.ts';
import { textToPortal } from './wire-values.ts';

export type PortalOwnerFields = {
  ChuHoSo: string;
  SoGiayToChuHoSo: string;
  LoaiDoiTuong: PortalLoaiDoiTuong | undefined;
  MaDoiTuong: string;
  DinhDanhCHS: Draft<PortalDinhDanhCHS>[];
};

function identity(
  kind: IdentityDocumentKind,
  number: string,
  ctx: MappingContext,
): Draft<PortalDinhDanhCHS> {
  return { LoaiDinhDanh: lookupWireCode(loaiDinhDanhCodes, kind, ctx), SoDinhDanh: number };
}

/**
 * The owner's identity items: "1" for the 12-digit personal ID, "2" for a 9-digit CMND; both when
 * the owner has both. Organisations and citizens without either get none: TH's placeholder
 * "000000001"/"2" would claim an ID nobody holds.
 */
function identities(owner: Applicant, ctx: MappingContext): Draft<PortalDinhDanhCHS>[] {
  if (owner.kind !== 'citizen') return [];
  const items: Draft<PortalDinhDanhCHS>[] = [];
  if (owner.personalId !== undefined) {
    items.push(identity('personal_id', owner.personalId, ctx.at('personalId')));
  }
  if (owner.legacyId !== undefined) {
    items.push(identity('legacy_id', owner.legacyId, ctx.at('legacyId')));
  }
  if (items.length === 0) {
    ctx.warn(
      'owner.no_identity_number',
      'the owner has no personal ID or CMND; DinhDanhCHS is sent empty (no placeholder is invented)',
    );
  }
  return items;
}

/** SoGiayToChuHoSo: the personal ID, else the CMND, else the passport; an organisation's code. */
function idNumber(owner: Applicant): string {
  if (owner.kind === 'citizen') {
    return owner.personalId ?? owner.legacyId ?? owner.passportNumber ?? '';
  }
  return owner.enterpriseCode ?? '';
}

/**
 * The owner fields. `ctx` is the owner's context (`owner`). MaDoiTuong (the DVCQG account TechID)
 * goes only with KenhThucHien "2", as TH sends it (DOMAIN §1.2).
 */
export function ownerToPortal(
  owner: Applicant,
  channel: Channel,
  ctx: MappingContext,
): PortalOwnerFields {
  const name = owner.kind === 'citizen' ? owner.fullName : owner.name;
  const online = kenhThucHienCodes.fromCanonical(channel);
  const sendsTechId = online.ok && online.value === '2';
  if (owner.techId !== undefined && !sendsTechId) {
    ctx
      .at('techId')
      .warn('owner.tech_id_not_sent', 'MaDoiTuong is sent only for online dossiers (channel 2)');
  }
  return {
    ChuHoSo: textToPortal(name, ctx.at(owner.kind === 'citizen' ? 'fullName' : 'name'), {
      personal: true,
    }),
    SoGiayToChuHoSo: idNumber(owner),
    LoaiDoiTuong: lookupWireCode(loaiDoiTuongCodes, owner.kind, ctx.at('kind')),
    MaDoiTuong: sendsTechId ? (owner.techId ?? '') : '',
    DinhDanhCHS: identities(owner, ctx),
  };
}
