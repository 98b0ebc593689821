// Delivery payloads → mapping inputs: exchange id from the key, source system and sync verdict defaults.
import { describe, expect, it } from 'vitest';
import { exchangeIdOf, toPortalSyncOutcome, toResultUpdate } from './delivery-payloads.ts';

const at = '2025-11-18T09:41:12+07:00';
const dossierCode = '000.07.91.H26-251118-2707';

describe('exchangeIdOf', () => {
  it('should take the exchange id before the first colon of a delivery key', () => {
    expect(exchangeIdOf('0197d2a4:one-stop')).toBe('0197d2a4');
    expect(exchangeIdOf('no-colon')).toBe('no-colon');
    expect(exchangeIdOf(':x')).toBe(':x');
  });
});

describe('toResultUpdate', () => {
  it('should fill exchangeId from the key and the source from source, else the default', () => {
    const base = { dossierCode, status: 'resolved', results: [], extra: 1 };
    expect(toResultUpdate({ ...base, source: 'health' }, 'ex-1:one-stop', 'lienthong')).toEqual({
      dossierCode,
      exchangeId: 'ex-1',
      sourceSystem: 'health',
      status: 'resolved',
      results: [],
    });
    expect(toResultUpdate(base, 'ex-1:one-stop', 'lienthong')).toMatchObject({
      sourceSystem: 'lienthong',
    });
    expect(toResultUpdate('nonsense', 'k', 'd')).toBe('nonsense');
  });
});

describe('toPortalSyncOutcome', () => {
  it('should read an absent or success status as synced and anything else as the error code', () => {
    const base = { dossierCode, source: 'national-portal', message: 'm', at };
    expect(toPortalSyncOutcome(base, 'ex:one-stop')).toMatchObject({
      synced: true,
      service: 'dossier',
    });
    expect(toPortalSyncOutcome({ ...base, status: '0' }, 'ex:t')).toMatchObject({
      synced: true,
      errorCode: '0',
    });
    expect(toPortalSyncOutcome({ ...base, status: '-1' }, 'ex:t')).toMatchObject({
      synced: false,
      errorCode: '-1',
    });
  });

  it('should keep an explicit PortalSyncOutcome as it is', () => {
    const outcome = {
      dossierCode,
      exchangeId: 'e9',
      service: 'progress',
      synced: false,
      errorCode: '3',
      at,
    };
    expect(toPortalSyncOutcome(outcome, 'other:t')).toEqual(outcome);
  });
});
