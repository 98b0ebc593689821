// What a birth submission gives back after a trip through the health wire, computed from the canonical input.
import type { Address } from '../../contracts/canonical/address.ts';
import { createContext } from '../engine/context.ts';
import { isoToPortal, portalToIso } from '../engine/transforms/dates.ts';
import { nfc } from '../engine/transforms/text.ts';
import type {
  BirthParent,
  BirthRegistration,
  BirthSubmission,
  BirthSubmissionInput,
} from './birth-registration.ts';
import { type HealthSubmissionOptions, requesterDocument } from './birth-to-health.ts';
import { addressToDiaChi, diaChiToAddress } from './health-values.ts';

const clean = (text: string): string => nfc(text).trim();

/** The wire keeps codes and detail only: the list version follows the tiers, names the lists. */
export function healthAddressProjection(address: Address): Address | undefined {
  return diaChiToAddress(addressToDiaChi(address), createContext());
}

function parentProjection(p: BirthParent): BirthParent {
  const residence = p.residence && healthAddressProjection(p.residence);
  return {
    ...p,
    fullName: clean(p.fullName),
    ...(residence !== undefined && { residence }),
  };
}

function birthProjection(b: BirthRegistration): BirthRegistration {
  const { child } = b;
  const birthPlace = healthAddressProjection(child.birthPlace);
  const hometown = child.hometown && healthAddressProjection(child.hometown);
  return {
    ...b,
    registrationOffice: clean(b.registrationOffice),
    child: {
      ...child,
      fullName: clean(child.fullName),
      ...(child.birthDateInWords !== undefined && {
        birthDateInWords: clean(child.birthDateInWords),
      }),
      birthPlace: birthPlace ?? child.birthPlace,
      ...(hometown !== undefined && { hometown }),
    },
    mother: parentProjection(b.mother) as BirthRegistration['mother'],
    ...(b.father !== undefined && { father: parentProjection(b.father) }),
    requesterRelationship: clean(b.requesterRelationship),
  };
}

/**
 * The expected result of health-to-birth(birth-to-health(input)); undefined when the input
 * cannot be sent (an organisation owner, or one without an identity document).
 */
export function birthSubmissionProjectionOf(
  input: BirthSubmissionInput,
  options: HealthSubmissionOptions,
): BirthSubmission | undefined {
  const { dossier } = input;
  const owner = dossier.owner;
  const idDocument = requesterDocument(owner);
  if (owner.kind !== 'citizen' || idDocument === undefined) return undefined;
  const ctx = createContext();
  const receivedAt = portalToIso(isoToPortal(dossier.dates.receivedAt, ctx), ctx);
  if (receivedAt === undefined) return undefined;
  const phone = owner.phone ?? dossier.contact?.phone;
  const email = owner.email ?? dossier.contact?.email;
  return {
    dossier: {
      code: dossier.code,
      procedureCode: dossier.procedure.code,
      receivedAt,
      healthUnit: options.maDonVi,
      ...(owner.techId !== undefined && { techId: owner.techId }),
      requester: {
        fullName: clean(owner.fullName),
        idDocument,
        ...(phone !== undefined && { phone }),
        ...(email !== undefined && { email }),
      },
    },
    birth: birthProjection(input.birth),
    attachments: input.attachments,
  };
}
