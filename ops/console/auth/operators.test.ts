import { describe, expect, it } from 'vitest';
import { generatePassword, isOperatorRole, roleAtLeast, USERNAME_PATTERN } from './operators.ts';

describe('operator roles', () => {
  it('should order viewer < operator < admin', () => {
    expect(roleAtLeast('admin', 'operator')).toBe(true);
    expect(roleAtLeast('operator', 'operator')).toBe(true);
    expect(roleAtLeast('operator', 'admin')).toBe(false);
    expect(roleAtLeast('viewer', 'operator')).toBe(false);
  });

  it('should know only the three roles', () => {
    expect(['viewer', 'operator', 'admin'].every(isOperatorRole)).toBe(true);
    expect(isOperatorRole('root')).toBe(false);
  });

  it('should accept lower-case usernames only', () => {
    expect(USERNAME_PATTERN.test('nguyen.an')).toBe(true);
    expect(USERNAME_PATTERN.test('An')).toBe(false);
    expect(USERNAME_PATTERN.test('a')).toBe(false);
    expect(USERNAME_PATTERN.test('an an')).toBe(false);
  });

  it('should generate long, distinct passwords', () => {
    const a = generatePassword();
    expect(a).toMatch(/^[\w-]{24}$/);
    expect(generatePassword()).not.toBe(a);
  });
});
