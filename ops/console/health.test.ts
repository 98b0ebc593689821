import { describe, expect, it } from 'vitest';
import { errorRate, targetStatus } from './health.ts';

const facts = { paused: false, circuitOpen: false, attempts: 100, failures: 0 };

describe('targetStatus', () => {
  it('should put the pause switch before the circuit and the circuit before the rates', () => {
    expect(targetStatus({ ...facts, paused: true, circuitOpen: true, failures: 100 })).toBe(
      'paused',
    );
    expect(targetStatus({ ...facts, circuitOpen: true })).toBe('circuit_open');
  });

  it('should grade by the error rate of the window', () => {
    expect(targetStatus({ ...facts, failures: 0 })).toBe('ok');
    expect(targetStatus({ ...facts, failures: 4 })).toBe('ok');
    expect(targetStatus({ ...facts, failures: 5 })).toBe('degraded');
    expect(targetStatus({ ...facts, failures: 50 })).toBe('failing');
  });

  it('should call a target without attempts idle and give it no error rate', () => {
    expect(targetStatus({ ...facts, attempts: 0 })).toBe('idle');
    expect(errorRate({ attempts: 0, failures: 0 })).toBeNull();
    expect(errorRate({ attempts: 8, failures: 2 })).toBe(0.25);
  });
});
