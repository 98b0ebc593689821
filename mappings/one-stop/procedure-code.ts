// One-stop MaTTHC (national 1.001776 or local variant 1.001776.000.00.00.H26) ⇄ canonical procedure codes.
import type { DossierProcedureRef } from '../../contracts/canonical/dossier.ts';
import { OneStopMaTTHCSchema } from '../../contracts/wire/one-stop/primitives.ts';
import type { MappingContext } from '../engine/context.ts';
import { present, requiredText } from './fields.ts';

const NATIONAL_CODE_LENGTH = '1.001776'.length;

/**
 * The national code of a one-stop MaTTHC. A local variant is its national code plus the
 * `.000.00.00.Hxx` publication suffix (the wire schema allows nothing else), so the national code
 * is its prefix; a TH-style lookup table is only needed for codes outside that shape.
 */
export function nationalCodeOf(maTTHC: string): string {
  return maTTHC.slice(0, NATIONAL_CODE_LENGTH);
}

/** MaTTHC + TenTTHC → the dossier's procedure reference. `ctx` is the record root. */
export function procedureRefToCanonical(
  maTTHC: string,
  tenTTHC: string,
  ctx: MappingContext,
): Partial<DossierProcedureRef> {
  const code = nationalCodeOf(maTTHC);
  return present({
    code,
    localCode: maTTHC === code ? undefined : maTTHC,
    name: requiredText(tenTTHC, ctx.at('TenTTHC')),
  });
}

/**
 * The MaTTHC to send: the local variant when known, else the national code. A local code the
 * one-stop cannot take, or one published for another national code, is an error at `localCode`.
 */
export function procedureCodeToWire(
  procedure: { code: string; localCode?: string | undefined },
  ctx: MappingContext,
): string | undefined {
  const { code, localCode } = procedure;
  if (localCode === undefined) return code;
  if (!OneStopMaTTHCSchema.safeParse(localCode).success) {
    return ctx
      .at('localCode')
      .error(
        'procedure.local_code_invalid',
        'expected a local variant like 1.001776.000.00.00.H26',
        { value: localCode },
      );
  }
  if (nationalCodeOf(localCode) !== code) {
    return ctx
      .at('localCode')
      .error('procedure.local_code_mismatch', `the local variant is not a variant of ${code}`, {
        value: localCode,
      });
  }
  return localCode;
}
