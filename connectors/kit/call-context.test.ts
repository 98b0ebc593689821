import { describe, expect, it } from 'vitest';
import { operationSignal, withOperation } from './call-context.ts';
import { defineClassifier } from './classifier.ts';
import { ConnectorError } from './errors.ts';

const op = { connectorId: 'test' };

describe('withOperation', () => {
  it('should return the result when nothing fails', async () => {
    expect(await withOperation(op, { timeoutMs: 1_000 }, async () => 7)).toBe(7);
  });

  it('should give fn no signal when the context sets no deadline', async () => {
    expect(await withOperation(op, undefined, async (signal) => signal)).toBeUndefined();
  });

  it('should reject as transient timeout even when fn ignores the signal', async () => {
    const never = new Promise<never>(() => {});
    const error = await withOperation(op, { timeoutMs: 20 }, () => never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({
      errorClass: 'transient',
      reason: 'timeout',
      connectorId: 'test',
    });
  });

  it('should report a caller abort as transient aborted', async () => {
    const controller = new AbortController();
    const pending = withOperation(op, { signal: controller.signal }, () => new Promise(() => {}));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ errorClass: 'transient', reason: 'aborted' });
  });

  it('should pass ConnectorErrors through and classify other throws', async () => {
    const original = new ConnectorError({ connectorId: 'x', errorClass: 'auth', reason: 'r' });
    await expect(withOperation(op, {}, () => Promise.reject(original))).rejects.toBe(original);
    const classifier = defineClassifier({
      network: { ECONNRESET: { class: 'transient', reason: 'custom.reset' } },
    });
    const reset = Object.assign(new Error('reset'), { code: 'ECONNRESET' });
    await expect(
      withOperation({ ...op, classifier }, {}, () => Promise.reject(reset)),
    ).rejects.toMatchObject({ reason: 'custom.reset' });
  });
});

describe('operationSignal', () => {
  it('should combine the caller signal with the timeout', () => {
    const controller = new AbortController();
    const signal = operationSignal({ signal: controller.signal, timeoutMs: 60_000 });
    expect(signal?.aborted).toBe(false);
    controller.abort();
    expect(signal?.aborted).toBe(true);
  });
});
