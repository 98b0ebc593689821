// Business register (CSDLQG về đăng ký doanh nghiệp) mappings: GetEntCert → canonical Organization.
export {
  businessDay,
  ENT_CERT_TO_CANONICAL_ID,
  type EnterpriseLookupOutcome,
  EnterpriseLookupOutcomeSchema,
  entCertToCanonical,
  entCertToCanonicalCoverage,
  entCertToOrganization,
} from './ent-cert-to-organization.ts';
