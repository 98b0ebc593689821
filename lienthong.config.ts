// lienthong's configuration as code: connectors, routes and member systems. Secrets come from the
// environment only. Validate with `npm run lienthong -- config check`.
//
// With the sandbox on (the default for `npm start`), every connector is pointed at its simulator and
// the settings below are not used; in production (LIENTHONG_SANDBOX=off) they come from the
// environment, and a missing one stops the start naming its key.
import { defineConfig } from './ops/config.ts';

// Empty variables count as unset (compose passes unset ones through as '').
const env = Object.fromEntries(
  Object.entries(process.env).filter(([, value]) => value !== ''),
) as NodeJS.ProcessEnv;

export default defineConfig({
  connectors: {
    'national-portal': {
      type: 'national-portal',
      settings: {
        baseUrl: env.PORTAL_BASE_URL,
        username: env.PORTAL_USERNAME,
        password: env.PORTAL_PASSWORD,
        dstcode: env.PORTAL_DSTCODE,
        madonvi: env.PORTAL_MADONVI,
        // Hà Nội's agency e-ID suffix is not verified here (DOMAIN.md §6): set it explicitly.
        provinceSuffix: env.PORTAL_PROVINCE_SUFFIX ?? 'H26',
      },
      delivery: {
        batchSize: 50,
        concurrency: 2,
        maxAttempts: 12,
        maxAgeHours: 72,
        rateLimit: { perSecond: 50, burst: 100 },
      },
    },
    'one-stop': {
      type: 'one-stop',
      settings: { baseUrl: env.ONE_STOP_BASE_URL, apiKey: env.ONE_STOP_API_KEY },
    },
    // The education sector system (SOAP): dossiers of education procedures.
    education: {
      type: 'education',
      settings: {
        endpoint: env.EDUCATION_ENDPOINT,
        username: env.EDUCATION_USERNAME,
        password: env.EDUCATION_PASSWORD,
      },
    },
    // Lookups only: citizens in the national population database, through the provincial gateway.
    population: {
      type: 'population',
      settings: {
        baseUrl: env.POPULATION_BASE_URL,
        clientId: env.LGSP_CLIENT_ID,
        clientSecret: env.LGSP_CLIENT_SECRET,
        maTichHop: env.POPULATION_MA_TICH_HOP,
        maDVC: env.POPULATION_MA_DVC,
      },
    },
    // Lookups only: enterprise by code, through the provincial LGSP.
    business: {
      type: 'business',
      settings: {
        baseUrl: env.BUSINESS_BASE_URL,
        clientId: env.LGSP_CLIENT_ID,
        clientSecret: env.LGSP_CLIENT_SECRET,
      },
    },
    // Birth-registration link-up; lookups of birth certificates.
    health: {
      type: 'health',
      settings: {
        baseUrl: env.HEALTH_BASE_URL,
        clientId: env.LGSP_CLIENT_ID,
        clientSecret: env.LGSP_CLIENT_SECRET,
        maDonVi: env.HEALTH_MA_DON_VI === undefined ? undefined : Number(env.HEALTH_MA_DON_VI),
      },
    },
  },
  routes: [
    // Dossiers of procedures integrated with the national portal are synced to it, with their progress.
    { kind: 'dossier', from: 'one-stop', to: ['national-portal'], whenPortalIntegrated: true },
    {
      kind: 'progress',
      from: 'one-stop',
      to: ['national-portal'],
      whenPortalIntegrated: true,
      followsDossier: true,
    },
    {
      kind: 'result',
      from: '*',
      to: ['national-portal'],
      whenPortalIntegrated: true,
      followsDossier: true,
    },
    // Dossiers of education procedures (sector G03-…) go to the education system.
    { kind: 'dossier', from: 'one-stop', to: ['education'], whenSector: ['G03-'] },
    // Results from sector systems go back to the one-stop desk (never echoed to their source).
    { kind: 'result', from: '*', to: ['one-stop'] },
    // Dossiers submitted online at the portal are forwarded to the one-stop system.
    { kind: 'dossier', from: 'national-portal', to: ['one-stop'] },
  ],
  members: [
    {
      id: 'one-stop',
      name: 'Hệ thống thông tin giải quyết TTHC (một cửa điện tử) Hà Nội',
      rights: [
        'dossier.submit',
        'progress.submit',
        'result.submit',
        'exchange.read',
        'lookup.citizen',
        'lookup.enterprise',
      ],
    },
  ],
  sandbox: { enabled: true, dossiersPerMinute: 30 },
});
