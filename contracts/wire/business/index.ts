// CSDLQG về đăng ký doanh nghiệp wire contracts: the GetEntCert lookup.
export * from './ent-cert.ts';
