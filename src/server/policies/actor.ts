import type { Role } from '../../shared/roles.js';
import { isStaffRole } from '../../shared/roles.js';

/** Whoever makes a request, as the authorization module needs to know them. */
export interface Actor {
  userId: string;
  role: Role;
  /** Set for customers, null for staff. */
  companyId: string | null;
  /**
   * Their first and last name, when whoever built the actor had the user's row (a
   * session does): emails then name the author without reading the user again.
   */
  name?: { firstName: string; lastName: string };
}

export const isStaff = (actor: Actor): boolean => isStaffRole(actor.role);
export const isCustomerOf = (actor: Actor, companyId: string): boolean =>
  !isStaff(actor) && actor.companyId === companyId;

/** The actor a user's row makes, named (so emails need not read the user again). */
export const actorOfUser = (user: {
  id: string;
  role: Role;
  companyId: string | null;
  firstName: string;
  lastName: string;
}): Actor => ({
  userId: user.id,
  role: user.role,
  companyId: user.companyId,
  name: { firstName: user.firstName, lastName: user.lastName },
});
