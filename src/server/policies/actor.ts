import type { Role } from '../../shared/roles.js';
import { isStaffRole } from '../../shared/roles.js';

/** Whoever makes a request, as the authorization module needs to know them. */
export interface Actor {
  userId: string;
  role: Role;
  /** Set for customers, null for staff. */
  companyId: string | null;
}

export const isStaff = (actor: Actor): boolean => isStaffRole(actor.role);
export const isCustomerOf = (actor: Actor, companyId: string): boolean =>
  !isStaff(actor) && actor.companyId === companyId;
