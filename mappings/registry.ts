// Every flow mapping of lienthong by id, built once with deployment options (sandbox defaults for tools).
import { entCertToCanonical } from './business/index.ts';
import {
  dossierToEducation,
  educationResultToCanonical,
  educationToDossier,
} from './education/index.ts';
import type { Mapping } from './engine/define-mapping.ts';
import {
  certificateToCanonical,
  createBirthToHealthMapping,
  type HealthSubmissionOptions,
  healthResultToCanonical,
  healthToBirth,
} from './health/index.ts';
import {
  createDossierToPortalMapping,
  createPortalToDossierMapping,
  createReceivingUnitResolver,
  lookupToCanonical,
  portalToProgress,
  procedureSummaryToCanonical,
  procedureToCanonical,
  progressToPortal,
  type ReceivingUnitEntry,
} from './national-portal/index.ts';
import {
  oneStopDossierToCanonical,
  oneStopDossierToOneStop,
  oneStopEventToCanonical,
  oneStopEventToOneStop,
  oneStopPortalFeedbackToOneStop,
  oneStopProcedureToOneStop,
  oneStopResultPushToCanonical,
  oneStopResultPushToOneStop,
} from './one-stop/index.ts';
import {
  citizenToCanonical,
  createLookupToPopulationMapping,
  type PopulationLookupOptions,
} from './population/index.ts';

export const MAPPING_SYSTEMS = [
  'one-stop',
  'national-portal',
  'education',
  'health',
  'population',
  'business',
] as const;
export type MappingSystem = (typeof MAPPING_SYSTEMS)[number];

export type MappingEntry = {
  readonly id: string;
  readonly version: number;
  readonly system: MappingSystem;
  readonly summary: string;
  readonly mapping: Mapping<unknown, unknown>;
  /** For inputs that arrive as XML text: turns the text into the mapping's input. */
  readonly fromXml?: (xml: string) => unknown;
};

/** What the option-taking mappings need; the gateway passes its config, tools the sandbox values. */
export type MappingRegistryOptions = {
  /** The province part (Mxx) of the agency e-IDs the gateway syncs to the national portal. */
  provinceSuffix: string;
  /** Agency e-ID → receiving unit, for dossiers the portal hands over. */
  receivingUnits: readonly ReceivingUnitEntry[];
  population: PopulationLookupOptions;
  health: HealthSubmissionOptions;
};

/**
 * The sandbox's values: H26 stands in for Hà Nội's unverified Hxx code, "037"/"VPCP" are TH's
 * sample population settings, 1001 the simulator's health unit. Not for production.
 */
export const SANDBOX_REGISTRY_OPTIONS: MappingRegistryOptions = {
  provinceSuffix: 'H26',
  receivingUnits: [
    { agencyEId: '000.00.00.H26', level: 'city', code: '01', listVersion: '2025-07' },
    { agencyEId: '000.00.01.H26', level: 'commune', code: '00004', listVersion: '2025-07' },
  ],
  population: { maTichHop: '037', maDVC: 'VPCP' },
  health: { maDonVi: 1001 },
};

type Spec = [
  mapping: Mapping<unknown, unknown>,
  summary: string,
  fromXml?: (xml: string) => unknown,
];

/** The population answer's `message` is the XML; a bare XML file stands for a successful answer. */
const populationXml = (xml: string) => ({ envelope: { error_code: '0', message: xml } });

function specs(options: MappingRegistryOptions): Spec[] {
  const resolveReceivingUnit = createReceivingUnitResolver(options.receivingUnits);
  return [
    [oneStopDossierToCanonical, 'one-stop HoSo → canonical Dossier'],
    [oneStopDossierToOneStop, 'canonical Dossier → one-stop HoSo'],
    [oneStopEventToCanonical, 'one-stop QuaTrinhXuLy → canonical DossierEvent'],
    [oneStopEventToOneStop, 'canonical DossierEvent → one-stop QuaTrinhXuLy'],
    [oneStopPortalFeedbackToOneStop, 'portal sync outcome → one-stop feedback'],
    [oneStopProcedureToOneStop, 'canonical Procedure → one-stop ThuTuc'],
    [oneStopResultPushToCanonical, 'one-stop result push → canonical result update'],
    [oneStopResultPushToOneStop, 'canonical result update → one-stop result push'],
    [
      createDossierToPortalMapping({ provinceSuffix: options.provinceSuffix }),
      'canonical Dossier → portal DongBoHoSoMC item',
    ],
    [createPortalToDossierMapping({ resolveReceivingUnit }), 'portal dossier → canonical Dossier'],
    [progressToPortal, 'canonical DossierEvent → portal CapNhatTienDoHoSoMC item'],
    [portalToProgress, 'portal progress item → canonical DossierEvent'],
    [lookupToCanonical, 'portal TraCuuHoSo answer → dossier lookup result'],
    [procedureToCanonical, 'portal LayThuTuc record → canonical Procedure'],
    [procedureSummaryToCanonical, 'portal LayDanhSachTTHC item → procedure summary'],
    [dossierToEducation, 'canonical Dossier → education TiepNhanHoSo request'],
    [educationToDossier, 'education TiepNhanHoSo request → education dossier projection'],
    [educationResultToCanonical, 'education TraCuuKetQua answer → status and Results'],
    [
      createBirthToHealthMapping(options.health),
      '{dossier, birth, attachments} → health birth submission envelope',
    ],
    [healthToBirth, 'health birth submission envelope → birth submission'],
    [healthResultToCanonical, 'health result query answer → dossier states and Results'],
    [certificateToCanonical, 'health GiayChungSinh answer → birth certificate or not found'],
    [createLookupToPopulationMapping(options.population), 'citizen lookup → PopulationRequest'],
    [
      citizenToCanonical,
      '{envelope, request?} (or the SOAP XML) → found Citizen, not found, mismatch',
      populationXml,
    ],
    [entCertToCanonical, 'GetEntCert answer → Organization or not found'],
  ];
}

export type MappingRegistry = {
  listMappings(): readonly MappingEntry[];
  getMapping(id: string): MappingEntry | undefined;
};

/** Builds every mapping once; a duplicate id is a programming error and throws at build time. */
export function createMappingRegistry(options: MappingRegistryOptions): MappingRegistry {
  const entries = specs(options).map(([mapping, summary, fromXml]): MappingEntry => {
    const system = MAPPING_SYSTEMS.find((s) => mapping.id.startsWith(`${s}.`));
    if (system === undefined) throw new Error(`mapping ${mapping.id} names no known system`);
    const entry = { id: mapping.id, version: mapping.version, system, summary, mapping };
    return fromXml === undefined ? entry : { ...entry, fromXml };
  });
  const byId = new Map(entries.map((e) => [e.id, e]));
  if (byId.size !== entries.length) throw new Error('two mappings share an id');
  return { listMappings: () => entries, getMapping: (id) => byId.get(id) };
}

let sandbox: MappingRegistry | undefined;
const sandboxRegistry = (): MappingRegistry =>
  (sandbox ??= createMappingRegistry(SANDBOX_REGISTRY_OPTIONS));

/** Every mapping, built with the sandbox options. */
export function listMappings(): readonly MappingEntry[] {
  return sandboxRegistry().listMappings();
}

export function getMapping(id: string): MappingEntry | undefined {
  return sandboxRegistry().getMapping(id);
}
