import { isStaffRole } from '../../shared/roles.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Executor } from '../db/database.js';
import { conflict, invalid } from '../http/errors.js';
import { type Actor, isStaff } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { findUserById } from '../users/users.repository.js';

/** Whose ticket a new ticket is, and so which company's. */
export interface TicketRequester {
  requesterId: string;
  companyId: string;
  /** Staff opened it for the requester (a phone call, an email); null when they opened it themselves. */
  openedBy: 'staff' | null;
}

/**
 * A customer opens tickets for themselves only. Staff open one for an active
 * contact of a company that is not archived, named by `requesterId`.
 */
export async function resolveRequester(
  db: Executor,
  actor: Actor,
  requesterId: string | undefined,
): Promise<TicketRequester> {
  if (!isStaff(actor)) {
    authorize(actor, 'ticket.submit', null);
    // A customer naming somebody else asks to open a ticket for them: that is staff's to do.
    if (requesterId !== undefined && requesterId !== actor.userId) {
      authorize(actor, 'ticket.submit-for', { id: actor.companyId! });
    }
    return { requesterId: actor.userId, companyId: actor.companyId!, openedBy: null };
  }
  if (requesterId === undefined) throw invalid('requesterId', 'required');
  const requester = await findUserById(db, requesterId);
  if (!requester?.companyId || isStaffRole(requester.role) || !requester.isActive) {
    throw invalid('requesterId', 'invalid_value');
  }
  authorize(actor, 'ticket.submit-for', { id: requester.companyId });
  const company = await findCompanyById(db, requester.companyId);
  if (!company || company.archivedAt) throw conflict('company_archived', 'The company is archived');
  return { requesterId: requester.id, companyId: requester.companyId, openedBy: 'staff' };
}
