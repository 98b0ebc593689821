// The education connector's classification table: LoiGiaoDuc/MaLoi fault codes, WS-Security faults, statuses.
import { defineClassifier, type FaultDetailCode, headerText } from '../kit/index.ts';

export const EDUCATION_REASONS = {
  invalidDossier: 'education.invalid_dossier',
  dossierNotFound: 'education.dossier_not_found',
  systemError: 'education.system_error',
  authenticationFailed: 'education.authentication_failed',
  unexpectedResponse: 'education.unexpected_response',
  kindNotSupported: 'education.kind_not_supported',
  mappingInvalid: 'mapping.invalid',
} as const;

const authFailed = { class: 'auth', reason: EDUCATION_REASONS.authenticationFailed } as const;

export const educationClassifier = defineClassifier({
  codes: {
    // LoiGiaoDuc/MaLoi (education.wsdl).
    DU_LIEU_KHONG_HOP_LE: { class: 'permanent', reason: EDUCATION_REASONS.invalidDossier },
    HO_SO_KHONG_TON_TAI: { class: 'permanent', reason: EDUCATION_REASONS.dossierNotFound },
    LOI_HE_THONG: { class: 'transient', reason: EDUCATION_REASONS.systemError },
    // WS-Security 1.0 fault codes (wsse:…) for a rejected UsernameToken.
    'fault.FailedAuthentication': authFailed,
    'fault.InvalidSecurityToken': authFailed,
    'fault.InvalidSecurity': authFailed,
  },
});

/** The system's code sits in detail/LoiGiaoDuc/MaLoi. */
export const educationFaultCode: FaultDetailCode = (detail) => {
  const loi = (detail as { LoiGiaoDuc?: { MaLoi?: unknown } } | null | undefined)?.LoiGiaoDuc;
  return headerText(loi?.MaLoi);
};
