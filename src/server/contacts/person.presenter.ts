import type { Person } from '../../shared/api/contacts.js';
import type { UserTokenRow } from '../users/user-tokens.repository.js';
import type { UserRow } from '../users/users.repository.js';

function invitationOf(
  user: UserRow,
  token: UserTokenRow | undefined,
  now: Date,
): Person['invitation'] {
  if (user.passwordHash) return { state: token ? 'accepted' : 'none', expiresAt: null };
  if (!token || token.revokedAt || token.usedAt) return { state: 'none', expiresAt: null };
  return {
    state: token.expiresAt > now ? 'pending' : 'expired',
    expiresAt: token.expiresAt.toISOString(),
  };
}

/** A contact or staff member as the people who manage them see them; never their password hash. */
export function presentPersonAccount(
  user: UserRow,
  invitation: UserTokenRow | undefined,
  now = new Date(),
): Person {
  return {
    id: user.id,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    phone: user.phone,
    role: user.role,
    isActive: user.isActive,
    hasPassword: user.passwordHash !== null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    invitation: invitationOf(user, invitation, now),
  };
}
