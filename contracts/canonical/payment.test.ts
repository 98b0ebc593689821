import { describe, expect, it } from 'vitest';
import { zodIssueCode } from '../validators/validation-result.ts';
import { examplePayment } from './examples.ts';
import { PaymentSchema } from './payment.ts';

describe('PaymentSchema', () => {
  it('should accept the example payment', () => {
    expect(PaymentSchema.parse(examplePayment)).toEqual(examplePayment);
  });

  it('should accept only VND', () => {
    expect(PaymentSchema.safeParse({ ...examplePayment, currency: 'USD' }).success).toBe(false);
  });

  it('should check the payer identity number', () => {
    expect(PaymentSchema.safeParse({ ...examplePayment, payerIdNumber: '012345678' }).success).toBe(
      true,
    );
    const result = PaymentSchema.safeParse({ ...examplePayment, payerIdNumber: '12345' });
    expect(result.error?.issues.map(zodIssueCode)).toEqual(['identity_number.wrong_length']);
  });

  it('should refuse a fractional amount', () => {
    expect(PaymentSchema.safeParse({ ...examplePayment, amount: 50000.5 }).success).toBe(false);
  });
});
