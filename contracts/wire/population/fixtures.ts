// Loads the sample CSDL dân cư SOAP answers shipped in ./fixtures (found, found with sparse data, not found).
import { readFileSync } from 'node:fs';

export const POPULATION_FIXTURES = ['found-full', 'found-sparse', 'not-found'] as const;
export type PopulationFixture = (typeof POPULATION_FIXTURES)[number];

/** The SOAP XML string of a fixture, as it arrives in the `message` of the JSON envelope. */
export function readPopulationFixture(name: PopulationFixture): string {
  return readFileSync(new URL(`./fixtures/${name}.xml`, import.meta.url), 'utf8');
}
