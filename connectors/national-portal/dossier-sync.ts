// Dossier writes: TraCuuHoSo → DongBoHoSoMC (isUpdating), "đã tồn tại" → once more as an update; result updates.
import { z } from 'zod';
import {
  type PortalDossier,
  PortalDossierSchema,
  type PortalResponse,
} from '../../contracts/wire/national-portal/index.ts';
import type { Draft } from '../../mappings/index.ts';
import { isConnectorError } from '../kit/index.ts';
import type { PortalClient, PortalWireRequest } from './client.ts';
import { permanentError } from './errors.ts';
import { applyResultPatch, type PortalResultPatch } from './result-update.ts';

export interface DossierSyncOutcome {
  maHoSo: string;
  isUpdating: 'True' | 'False';
  applied: 'created' | 'updated';
  request: PortalWireRequest;
  response: PortalResponse;
}

/** A stored DongBoHoSoMC request (delivery.resend) that can be sent again as it is. */
export const DossierResendSchema = z.object({
  service: z.literal('DongBoHoSoMC'),
  isUpdating: z.enum(['True', 'False']),
  data: z.array(PortalDossierSchema).length(1),
});

/**
 * Sends one dossier. A create the portal refuses because the dossier already exists (a lost
 * answer to an earlier attempt, or a race with another sender) is sent once more as an update.
 */
export async function sendDossier(
  client: PortalClient,
  isUpdating: 'True' | 'False',
  dossier: PortalDossier,
  signal: AbortSignal | undefined,
): Promise<DossierSyncOutcome> {
  const maHoSo = dossier.MaHoSo;
  try {
    const answer = await client.syncDossiers(isUpdating, [dossier], signal);
    const applied = isUpdating === 'True' ? 'updated' : 'created';
    return { maHoSo, isUpdating, applied, request: answer.request, response: answer.body };
  } catch (error) {
    if (isUpdating === 'True' || !isConnectorError(error)) throw error;
    if (error.reason !== 'portal.already_exists') throw error;
    const answer = await client.syncDossiers('True', [dossier], signal);
    return {
      maHoSo,
      isUpdating: 'True',
      applied: 'updated',
      request: answer.request,
      response: answer.body,
    };
  }
}

/** OCPS's sequence: TraCuuHoSo first; found → isUpdating "True", else "False" (DOMAIN §3.1). */
export async function syncDossier(
  client: PortalClient,
  dossier: PortalDossier,
  signal: AbortSignal | undefined,
): Promise<DossierSyncOutcome> {
  const found = await client.lookup(dossier.MaHoSo, signal);
  const isUpdating = (found.body.result ?? []).length > 0 ? 'True' : 'False';
  return sendDossier(client, isUpdating, dossier, signal);
}

/**
 * A result: the dossier as the portal holds it, with the new status, NgayTra and results, sent
 * as an update. A result for a dossier the portal does not hold cannot be applied.
 */
export async function syncResult(
  client: PortalClient,
  patch: Draft<PortalResultPatch> & { MaHoSo: string },
  signal: AbortSignal | undefined,
): Promise<DossierSyncOutcome> {
  const found = await client.lookup(patch.MaHoSo, signal);
  const held = found.body.result?.[0];
  if (held === undefined) {
    throw permanentError('portal.unknown_dossier', 'the portal does not hold this dossier', {
      request: found.request,
      response: found.body,
    });
  }
  const dossier = applyResultPatch(held, patch);
  if (dossier === undefined) {
    throw permanentError(
      'portal.lookup_incomplete',
      'TraCuuHoSo returned too little of the dossier to update it; resend the full dossier',
      { request: found.request, response: found.body },
    );
  }
  return sendDossier(client, 'True', dossier, signal);
}
