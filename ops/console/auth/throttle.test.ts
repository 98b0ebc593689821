import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './throttle.ts';

function clocked(options: { maxFailures?: number; windowMs?: number; lockMs?: number } = {}) {
  let now = 0;
  const throttle = new LoginThrottle({ ...options, now: () => now });
  return { throttle, advance: (ms: number) => (now += ms) };
}

describe('LoginThrottle', () => {
  it('should lock a name after the allowed failures and unlock it after the lock time', () => {
    const { throttle, advance } = clocked({ maxFailures: 3, lockMs: 1000 });
    for (let i = 0; i < 2; i++) throttle.failed('an');
    expect(throttle.blocked('an')).toBe(false);
    throttle.failed('an');
    expect(throttle.blocked('an')).toBe(true);
    expect(throttle.blocked('binh')).toBe(false);
    advance(1001);
    expect(throttle.blocked('an')).toBe(false);
  });

  it('should forget failures older than the window and after a success', () => {
    const { throttle, advance } = clocked({ maxFailures: 2, windowMs: 100 });
    throttle.failed('an');
    advance(101);
    throttle.failed('an');
    expect(throttle.blocked('an')).toBe(false);
    throttle.succeeded('an');
    throttle.failed('an');
    expect(throttle.blocked('an')).toBe(false);
  });
});
