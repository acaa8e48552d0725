import { isStaffRole } from '../../shared/roles.js';
import type { UserRow } from '../users/users.repository.js';

/** What the session's own statement reads about second factors (findLiveSession). */
export interface SecondFactorFacts {
  /** The admin requires a second factor of staff. */
  staffTwoFactorRequired: boolean;
  /** The user has a confirmed authenticator app or a passkey. */
  hasSecondFactor: boolean;
}

/** True for a staff member with no second factor while the admin's setting requires one. */
export function mustEnrolSecondFactor(
  user: Pick<UserRow, 'role'>,
  facts: SecondFactorFacts,
): boolean {
  return isStaffRole(user.role) && facts.staffTwoFactorRequired && !facts.hasSecondFactor;
}
