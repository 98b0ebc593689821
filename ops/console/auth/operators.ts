// Operator accounts: roles viewer < operator < admin, generated passwords stored as scrypt hashes.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from '../../db/pool.ts';
import { disableOperator as disableQuery, insertOperator } from '../../db/queries/console.ts';
import { hashSecret } from '../../members/secrets.ts';

export const OPERATOR_ROLES = ['viewer', 'operator', 'admin'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;

export function isOperatorRole(value: unknown): value is OperatorRole {
  return typeof value === 'string' && (OPERATOR_ROLES as readonly string[]).includes(value);
}

/** Whether `role` may do what `needed` may do. */
export function roleAtLeast(role: OperatorRole, needed: OperatorRole): boolean {
  return OPERATOR_ROLES.indexOf(role) >= OPERATOR_ROLES.indexOf(needed);
}

/** 144 random bits in 24 URL-safe characters: typed once, then kept in a password manager. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

export type CreateOperatorOutcome =
  | { ok: true; id: string; username: string; role: OperatorRole; password: string }
  | {
      ok: false;
      code: 'operator.invalid_username' | 'operator.invalid_role' | 'operator.exists';
      detail: string;
    };

export async function createOperator(
  pool: Pool,
  input: { username: string; role: string; password?: string },
): Promise<CreateOperatorOutcome> {
  if (!USERNAME_PATTERN.test(input.username))
    return {
      ok: false,
      code: 'operator.invalid_username',
      detail:
        'use 2–63 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
    };
  if (!isOperatorRole(input.role))
    return {
      ok: false,
      code: 'operator.invalid_role',
      detail: `expected one of ${OPERATOR_ROLES.join(', ')}`,
    };
  const password = input.password ?? generatePassword();
  const id = randomUUID();
  const { rowCount } = await pool.query(
    insertOperator({
      id,
      username: input.username,
      password_hash: await hashSecret(password),
      role: input.role,
    }),
  );
  if (rowCount === 0)
    return { ok: false, code: 'operator.exists', detail: `${input.username} already exists` };
  return { ok: true, id, username: input.username, role: input.role, password };
}

/** Disables the account and ends its sessions at once. */
export async function disableOperator(pool: Pool, username: string): Promise<void> {
  await pool.query(disableQuery(username));
}
