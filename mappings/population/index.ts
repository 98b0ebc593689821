// Population (CSDLQG về dân cư) mappings: the lookup request out, the SOAP-string answer back as a Citizen outcome.
export {
  type AddressCodes,
  type AddressFieldNames,
  addressFromCodes,
  inferListVersion,
} from './address-codes.ts';
export {
  CITIZEN_TO_CANONICAL_ID,
  type CitizenLookupOutcome,
  type CitizenResponseInput,
  CitizenResponseInputSchema,
  citizenResponseCoverage,
  citizenToCanonical,
  congDanToCitizenCoverage,
  type ParseCitizenOptions,
  parseCitizenResponse,
} from './citizen-response.ts';
export { congDanToCitizen, populationGioiTinhCodes } from './congdan-to-citizen.ts';
export {
  type CitizenLookupRequest,
  CitizenLookupRequestSchema,
  createLookupToPopulationMapping,
  LOOKUP_TO_POPULATION_ID,
  lookupToPopulationCoverage,
  type PopulationLookupOptions,
} from './lookup-request.ts';
export { comparableName, mismatchedFields } from './match.ts';
export {
  DEFAULT_MAX_XML_BYTES,
  POPULATION_PARSER_OPTIONS,
  parsePopulationXml,
  stripPrefix,
  type XmlParseResult,
} from './safe-xml.ts';
