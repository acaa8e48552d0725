import { isStaffRole } from '../../shared/roles.js';
import type { Executor } from '../db/database.js';
import type { UserRow } from '../users/users.repository.js';
import { readRequireStaffTwoFactor, secondFactorsOf } from './two-factor.repository.js';

/** True for a staff member with no second factor while the admin's setting requires one. */
export async function mustEnrolSecondFactor(db: Executor, user: UserRow): Promise<boolean> {
  if (!isStaffRole(user.role)) return false;
  if (!(await readRequireStaffTwoFactor(db))) return false;
  const factors = await secondFactorsOf(db, user.id);
  return !factors.totp && !factors.passkey;
}
