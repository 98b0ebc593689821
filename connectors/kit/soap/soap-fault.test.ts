// Tests of reading SOAP 1.1/1.2 faults from `soap` client errors and classifying them by table.
import { describe, expect, it } from 'vitest';
import { defineClassifier } from '../classifier.ts';
import { classifySoapFault, readSoapFault, soapFaultError } from './soap-fault.ts';

const wrap = (fault: unknown) =>
  Object.assign(new Error('x'), { root: { Envelope: { Body: { Fault: fault } } } });

describe('readSoapFault', () => {
  it('should read a SOAP 1.1 fault with a prefixed code and a detail code', () => {
    const error = wrap({
      faultcode: 's:Client',
      faultstring: 'secret',
      detail: { LoiGiaoDuc: { MaLoi: 'DU_LIEU_KHONG_HOP_LE', ThongBao: 'x' } },
    });
    expect(readSoapFault(error)).toEqual({ code: 'Client', detailCode: 'DU_LIEU_KHONG_HOP_LE' });
  });

  it('should read a SOAP 1.2 fault with a subcode and a nested Code', () => {
    const error = wrap({
      Code: { Value: 'soap:Receiver', Subcode: { Value: 'a:InternalServiceFault' } },
      Reason: { Text: 'x' },
      Detail: { Error: { Info: { Code: { $value: 'E42', attributes: {} } } } },
    });
    expect(readSoapFault(error)).toEqual({
      code: 'Receiver',
      subcode: 'InternalServiceFault',
      detailCode: 'E42',
    });
  });

  it('should use a custom detail reader and drop codes that are not short tokens', () => {
    const error = wrap({ faultcode: 'Client', detail: { X: { Y: 'has spaces in it' } } });
    expect(readSoapFault(error, (d) => (d as { X: { Y: string } }).X.Y)).toEqual({
      code: 'Client',
    });
  });

  it('should return undefined for errors that are not faults', () => {
    expect(readSoapFault(new Error('Cannot parse response'))).toBeUndefined();
    expect(
      readSoapFault({ Fault: { faultcode: 500, faultstring: 'Invalid XML' } }),
    ).toBeUndefined();
    expect(readSoapFault(null)).toBeUndefined();
  });
});

describe('classifySoapFault', () => {
  const classifier = defineClassifier({
    codes: {
      E42: { class: 'throttled', reason: 'sys.busy', retryAfterMs: 1_000 },
      'fault.InternalServiceFault': { class: 'transient', reason: 'sys.internal' },
      'fault.Client': { class: 'permanent', reason: 'sys.client' },
    },
  });

  it('should prefer the detail code, then the subcode, then the fault code, then the defaults', () => {
    expect(classifySoapFault(classifier, { code: 'Server', detailCode: 'E42' })).toEqual({
      class: 'throttled',
      reason: 'sys.busy',
      retryAfterMs: 1_000,
    });
    expect(
      classifySoapFault(classifier, { code: 'Receiver', subcode: 'InternalServiceFault' }),
    ).toMatchObject({
      reason: 'sys.internal',
    });
    expect(classifySoapFault(classifier, { code: 'Client', detailCode: 'UNKNOWN' })).toMatchObject({
      reason: 'sys.client',
    });
    expect(classifySoapFault(classifier, { code: 'Receiver' })).toEqual({
      class: 'transient',
      reason: 'soap.server_fault',
    });
    expect(classifySoapFault(classifier, { code: 'MustUnderstand' })).toMatchObject({
      class: 'permanent',
    });
    expect(classifySoapFault(classifier, { code: 'Weird' })).toEqual({
      class: 'permanent',
      reason: 'soap.unknown_fault',
    });
  });

  it('should build an error naming codes only and keeping the exchange out of JSON', () => {
    const error = soapFaultError(
      'sys',
      classifier,
      { code: 'Server', detailCode: 'E42' },
      {
        status: 500,
        request: '<req>001099012345</req>',
        response: { body: '<faultstring>secret</faultstring>' },
      },
    );
    expect(error).toMatchObject({
      errorClass: 'throttled',
      reason: 'sys.busy',
      status: 500,
      retryAfterMs: 1_000,
    });
    expect(error.message).toBe('sys: sys.busy (SOAP fault Server/E42)');
    expect(JSON.stringify(error)).not.toMatch(/secret|001099012345/);
    expect(error.request).toBe('<req>001099012345</req>');
  });
});
