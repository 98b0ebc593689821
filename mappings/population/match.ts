// Does a CSDL dân cư record answer the lookup that was asked? ID, full name and birth date compared.
import type { Citizen } from '../../contracts/canonical/citizen.ts';
import type { CitizenLookupRequest } from './lookup-request.ts';

/**
 * Names compare NFC, case-insensitively (the register writes them in capitals) and with
 * whitespace collapsed: "Nguyễn  thị Thu Hương" (NFD) equals "NGUYỄN THỊ THU HƯƠNG".
 */
export function comparableName(name: string): string {
  // Vietnamese has no locale-specific case rules; toLocaleLowerCase('vi') would cost ICU time per call.
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The request fields the record contradicts. A record that knows only the birth year matches
 * on the year; one with no birth data cannot confirm the birth date, so that is a mismatch too.
 */
export function mismatchedFields(request: CitizenLookupRequest, citizen: Citizen): string[] {
  const fields: string[] = [];
  const id = request.idNumber.trim();
  if (citizen.personalId !== id && citizen.legacyId !== id) fields.push('idNumber');
  if (comparableName(request.fullName) !== comparableName(citizen.fullName)) {
    fields.push('fullName');
  }
  const sameBirth =
    citizen.birthDate !== undefined
      ? citizen.birthDate === request.birthDate
      : citizen.birthYear !== undefined &&
        String(citizen.birthYear) === request.birthDate.slice(0, 4);
  if (!sameBirth) fields.push('birthDate');
  return fields;
}
