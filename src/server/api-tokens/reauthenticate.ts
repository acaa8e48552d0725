import { verifyPassword } from '../auth/password.js';
import { AppError } from '../http/errors.js';
import type { UserRow } from '../users/users.repository.js';

/**
 * Re-authentication before a sensitive change (creating a token): the user's current
 * password. Kept in this one function so that a general re-authentication (a second
 * factor instead of the password) can replace it.
 */
export async function requireRecentProof(user: UserRow, currentPassword: string): Promise<void> {
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError(400, 'wrong_current_password', 'The current password is not right', [
      { field: 'currentPassword', code: 'invalid_value' },
    ]);
  }
}
