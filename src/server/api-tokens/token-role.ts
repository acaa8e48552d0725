import type { Role } from '../../shared/roles.js';
import { isStaffRole } from '../../shared/roles.js';

// Within each family, the higher role can do everything the lower one can.
const RANK: Record<Role, number> = { admin: 2, agent: 1, company_admin: 2, member: 1 };

/**
 * The role a token acts with: the user's own, or the token's cap when it is lower.
 * Null when they are of different families (a staff cap on a customer), which never works.
 */
export function effectiveRole(userRole: Role, tokenRole: Role | null): Role | null {
  if (!tokenRole) return userRole;
  if (isStaffRole(userRole) !== isStaffRole(tokenRole)) return null;
  return RANK[tokenRole] <= RANK[userRole] ? tokenRole : userRole;
}
