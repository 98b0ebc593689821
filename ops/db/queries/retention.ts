// SQL for retention: drop message bodies after N days, delete old metadata after M days, in slices.
import type { Query } from './accept.ts';

/**
 * The payload of a dossier's latest full record stays: the dossier projection points at it (for
 * reconciliation and re-syncs), and it is the one copy of that record.
 */
const NOT_A_CURRENT_RECORD = `not exists (select 1 from lienthong.dossier d
  where d.code = lienthong.exchange.dossier_code and d.record_exchange_id = lienthong.exchange.id)`;

/**
 * Clears bodies (personal data lives there) of exchanges older than the cut-off, a slice at a
 * time, except each dossier's current record.
 */
export function clearOldPayloads(olderThanDays: number, limit: number): Query {
  return {
    text: `
      with old as (
        select id from lienthong.exchange
        where received_at < now() - $1 * interval '1 day' and payload is not null and ${NOT_A_CURRENT_RECORD}
        limit $2
      ), cleared as (
        update lienthong.exchange e set payload = null from old where e.id = old.id returning e.id
      )
      update lienthong.delivery d set last_request = null, last_response = null
      from cleared where d.exchange_id = cleared.id and (d.last_request is not null or d.last_response is not null)
      returning d.id`,
    values: [olderThanDays, limit],
  };
}

export function countClearedPayloadCandidates(olderThanDays: number): Query {
  return {
    text: `select count(*)::int as n from lienthong.exchange
           where received_at < now() - $1 * interval '1 day' and payload is not null and ${NOT_A_CURRENT_RECORD}`,
    values: [olderThanDays],
  };
}

/** Deletes attempts older than the cut-off (the delivery row keeps the outcome). */
export function deleteOldAttempts(olderThanDays: number, limit: number): Query {
  return {
    text: `
      delete from lienthong.delivery_attempt where id in (
        select id from lienthong.delivery_attempt where started_at < now() - $1 * interval '1 day' limit $2)`,
    values: [olderThanDays, limit],
  };
}
