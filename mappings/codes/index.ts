// Code tables between wire codes and canonical enums, and the Hanoi administrative units.
export * from './admin-units/index.ts';
export { loaiDoiTuongCodes } from './applicant-kind.ts';
export { kenhThucHienCodes } from './channel.ts';
export { type DuocTaiSuDung, duocTaiSuDungFor, trangThaiSoHoaCodes } from './digitization.ts';
export {
  type DossierStatusGroup,
  dossierStatusGroups,
  isInStatusGroup,
  type TrangThaiHoSo,
  trangThaiHoSoCodes,
  trangThaiHoSoGroups,
} from './dossier-status.ts';
export { loaiDinhDanhCodes } from './identity-document-kind.ts';
export { mucDoCodes } from './service-level.ts';
